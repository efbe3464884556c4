/** Structured logs: one JSON object a line on stdout, for journald or any log collector. */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  (level: LogLevel, event: string, fields?: Record<string, unknown>): void;
}

export function jsonLogger(write: (line: string) => void = (line) => process.stdout.write(line)): Logger {
  return (level, event, fields = {}) => write(`${JSON.stringify({ at: new Date().toISOString(), level, event, ...fields })}\n`);
}

/** For tests and tools that want the lines. */
export function memoryLogger(): Logger & { lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = ((level: LogLevel, event: string, fields: Record<string, unknown> = {}) => {
    lines.push({ level, event, ...fields });
  }) as Logger & { lines: Array<Record<string, unknown>> };
  log.lines = lines;
  return log;
}
