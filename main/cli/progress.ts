import { type Lang, type Text, tr } from './i18n';
import type { Output } from './output';

/**
 * Progress of long work (import, report, package, backup) on stderr: a line
 * redrawn in place on a terminal; silent when the output goes to a pipe or a
 * file, unless --progress asks for it (then one line per 10 % step).
 */
export class Progress {
  private lastLabel = '';
  private lastShown = -1;
  private drawn = false;

  constructor(
    private readonly out: Output,
    private readonly mode: 'off' | 'terminal' | 'lines',
    private readonly lang: Lang,
  ) {}

  static choose(out: Output, options: { forced: boolean; json: boolean; stdoutIsTTY: boolean; stderrIsTTY: boolean; lang: Lang }): Progress {
    if (options.stderrIsTTY && options.stdoutIsTTY && !options.json) return new Progress(out, 'terminal', options.lang);
    if (options.forced) return new Progress(out, options.stderrIsTTY ? 'terminal' : 'lines', options.lang);
    return new Progress(out, 'off', options.lang);
  }

  get enabled(): boolean {
    return this.mode !== 'off';
  }

  /** `fraction` in 0..1, or undefined when the length of the work is unknown. */
  report(label: Text, fraction?: number): void {
    if (this.mode === 'off') return;
    const text = tr(this.lang, label);
    const percent = fraction === undefined ? -1 : Math.max(0, Math.min(100, Math.floor(fraction * 100)));
    if (this.mode === 'lines') {
      const step = percent < 0 ? -1 : Math.floor(percent / 10);
      if (text === this.lastLabel && step === this.lastShown) return;
      this.lastLabel = text;
      this.lastShown = step;
      this.out.line(percent < 0 ? `… ${text}` : `… ${text} ${percent}%`);
      return;
    }
    if (text === this.lastLabel && percent === this.lastShown) return;
    this.lastLabel = text;
    this.lastShown = percent;
    this.drawn = true;
    this.out.write(`\r\x1b[2K${text}${percent < 0 ? ' …' : ` ${String(percent).padStart(3)}%`}`);
  }

  /** Clears the terminal line so that the answer starts on a clean line. */
  done(): void {
    if (this.mode === 'terminal' && this.drawn) this.out.write('\r\x1b[2K');
    this.drawn = false;
    this.lastLabel = '';
    this.lastShown = -1;
  }
}
