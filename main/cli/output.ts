import { escapeForTerminal } from '../domain/control-characters';

/**
 * Writing to stdout/stderr so that nothing is lost: every write is awaited
 * before the process is allowed to end (a pipe takes 64 KiB at a time, and
 * `process.exit` would drop the rest), and a reader that stops early
 * (`| head`) ends the command quietly instead of with an EPIPE stack trace.
 */
export class Output {
  private pending: Promise<void> = Promise.resolve();
  /** Set once the reader has gone away; later writes are dropped. */
  closed = false;

  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else throw error;
    });
  }

  write(text: string): void {
    if (this.closed || text === '') return;
    this.pending = new Promise((resolve) => {
      // The callback comes once the chunk is handed to the OS, or with the error that closed the stream.
      this.stream.write(text, (error) => {
        if (error) this.closed = true;
        resolve();
      });
    });
  }

  /**
   * One line; control characters a record may hold are escaped so that no
   * stored text can drive the terminal (in JSON this is the same string).
   */
  line(text = ''): void {
    this.write(`${escapeForTerminal(text)}\n`);
  }

  /** Resolves when everything written so far has left the process (writes complete in order). */
  flush(): Promise<void> {
    return this.pending;
  }
}

export const stdout = new Output(process.stdout);
export const stderr = new Output(process.stderr);
