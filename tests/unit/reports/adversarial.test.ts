import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInspectionReport, renderReport } from '../../../main/reports/index';
import { fixture } from './fixture';

/**
 * Whatever an inspector (or a pasted e-mail) puts in a text field, the report
 * files stay valid: every XML part of the docx parses, and the PDF passes
 * pdfinfo. The texts below are the usual suspects.
 */
const HOSTILE = {
  long: `${'Zeer lange motivering zonder einde. '.repeat(2500)}${'x'.repeat(5000)}`,
  emoji: 'Leerlingen 👩‍🏫👨‍👩‍👧‍👦 voelen zich 😀 veilig 🇧🇪 — 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𝟙𝟚𝟛',
  rtl: 'مدرسة آمنة ‏שלום‏ \u202Eevil\u202C mixed עברית and Nederlands',
  control: 'bel\u0007 tab\t vt\u000B ff\u000C nul\u0000 esc\u001B del\u007F c1\u0085\u009F end',
  markup: '<script>alert(1)</script><w:t>injected</w:t>]]><![CDATA[x]]> {{mustache}} ${template} **md** <b>vet</b>',
  xml: '& &amp; < > " \' &#0; &lt; <?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]>&e;',
  surrogates: `lone high \uD800 lone low \uDC00 reversed \uDC00\uD800 ok 😀 noncharacters \uFFFE\uFFFF`,
  whitespace: '   \n\n\r\n\u2028\u2029\u00A0\u200B\u200D\uFEFF   ',
};
const ALL = Object.values(HOSTILE).join(' | ');

function hostileFixture() {
  const data = fixture();
  data.school = { ...data.school, name: `${HOSTILE.markup} ${HOSTILE.rtl}`, municipality: HOSTILE.xml, street: HOSTILE.control, board: HOSTILE.surrogates };
  data.inspection = { ...data.inspection, team: [HOSTILE.emoji, HOSTILE.control, HOSTILE.surrogates].map((name) => ({ name, role: 'inspecteur' })), frameworkTitle: HOSTILE.xml };
  data.domains = data.domains.map((domain, d) => ({
    ...domain,
    title: d === 0 ? HOSTILE.markup : HOSTILE.rtl,
    indicators: domain.indicators.map((indicator, i) => ({
      ...indicator,
      title: i === 0 ? HOSTILE.emoji : HOSTILE.xml,
      motivation: d === 0 && i === 0 ? HOSTILE.long : ALL,
    })),
  }));
  return data;
}

const work = mkdtempSync(join(tmpdir(), 'doorlicht-adversarial-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function parseXml(xml: string, part: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (error) => {
    failure ??= error;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${part}: ${failure.message}`);
}

describe('reports with adversarial text', () => {
  it('the docx unzips and every XML part parses', async () => {
    const buffer = await renderReport(buildInspectionReport(hostileFixture()), 'docx');
    const zip = await JSZip.loadAsync(buffer);
    const parts = Object.keys(zip.files).filter((name) => name.endsWith('.xml') || name.endsWith('.rels'));
    expect(parts).toContain('word/document.xml');
    for (const part of parts) parseXml(await zip.file(part)!.async('string'), part);
    const document = await zip.file('word/document.xml')!.async('string');
    // Markup arrives as text, not as structure.
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('<w:t>injected</w:t>');
    expect(document).toContain('veilig');
  }, 120_000);

  it('the pdf passes pdfinfo', async () => {
    const buffer = await renderReport(buildInspectionReport(hostileFixture()), 'pdf');
    expect(buffer.subarray(0, 5).toString()).toBe('%PDF-');
    const file = join(work, 'hostile.pdf');
    writeFileSync(file, buffer);
    const info = spawnSync('pdfinfo', [file], { encoding: 'utf8' });
    if (info.error && (info.error as NodeJS.ErrnoException).code === 'ENOENT') return void console.warn('pdfinfo not installed: skipped');
    expect(info.status, info.stderr).toBe(0);
    expect(info.stderr).not.toMatch(/error/i);
    expect(Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(3);
  }, 120_000);
});

describe('safeText', () => {
  it('keeps real text, replaces lone surrogates and drops XML-forbidden characters', async () => {
    const { safeText, withSafeText } = await import('../../../main/reports/safe-text');
    expect(safeText('café 😀 שלום <b>&</b>\t\n')).toBe('café 😀 שלום <b>&</b>\t\n');
    expect(safeText('a\u0000b\u0007c\u001Bd\uFFFEe')).toBe('abcde');
    expect(safeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz');
    expect(withSafeText({ a: ['\u0000ok'], n: 3, nested: { t: '\uD800' } })).toEqual({ a: ['ok'], n: 3, nested: { t: '\uFFFD' } });
  });
});
