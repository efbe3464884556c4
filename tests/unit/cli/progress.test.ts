import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../../main/cli/output';
import { Progress } from '../../../main/cli/progress';

function capture() {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (b: Buffer) => (text += b.toString()));
  return { out: new Output(stream), text: () => text };
}

const label = { nl: 'verslag maken', en: 'making the report' };
const steps = (p: Progress) => {
  for (let i = 0; i <= 100; i++) p.report(label, i / 100);
  p.done();
};

describe('progress of long work', () => {
  it('is silent when output is piped, unless asked for', async () => {
    const piped = capture();
    steps(Progress.choose(piped.out, { forced: false, json: false, stdoutIsTTY: false, stderrIsTTY: false, lang: 'nl' }));
    await piped.out.flush();
    expect(piped.text()).toBe('');
  });

  it('asked for on a pipe, writes one line per tenth', async () => {
    const forced = capture();
    steps(Progress.choose(forced.out, { forced: true, json: true, stdoutIsTTY: false, stderrIsTTY: false, lang: 'en' }));
    await forced.out.flush();
    expect(forced.text().split('\n').filter(Boolean)).toEqual([...Array.from({ length: 10 }, (_, i) => `… making the report ${i * 10}%`), '… making the report 100%']);
  });

  it('on a terminal, redraws one line and clears it when done', async () => {
    const tty = capture();
    steps(Progress.choose(tty.out, { forced: false, json: false, stdoutIsTTY: true, stderrIsTTY: true, lang: 'nl' }));
    await tty.out.flush();
    expect(tty.text()).not.toContain('\n');
    expect(tty.text()).toContain('\r\x1b[2Kverslag maken 100%');
    expect(tty.text().endsWith('\r\x1b[2K')).toBe(true);
  });
});

describe('output', () => {
  it('drops writes quietly once the reader has gone, and still flushes', async () => {
    const stream = new PassThrough();
    const out = new Output(stream);
    stream.destroy();
    out.line('nobody reads this');
    await out.flush();
    expect(out.closed).toBe(true);
  });
});
