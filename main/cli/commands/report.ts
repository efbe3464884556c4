import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { OperationResult } from '../../api/types';
import { call } from '../command-kit';
import { table } from '../format';
import { tr } from '../i18n';
import { formatOption, inspectionOption, outOption } from '../options';
import { reportFileShape } from '../shapes';
import { defineCommand, type RunEnv, type TextOut } from '../spec';

type Preview = OperationResult<'previewReport'>;
type Block = Preview['blocks'][number];
const runsText = (runs: Array<{ text: string }>) => runs.map((r) => r.text).join('');

/** The report as plain text, block by block, in reading order. */
export function previewLines(blocks: readonly Block[]): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading':
        lines.push('', block.text, (block.level === 1 ? '=' : '-').repeat(block.text.length));
        break;
      case 'paragraph':
        lines.push(runsText(block.runs), '');
        break;
      case 'note':
        lines.push(`  ${runsText(block.runs)}`, '');
        break;
      case 'bulletList':
        for (const item of block.items) lines.push(`  • ${runsText(item)}`);
        lines.push('');
        break;
      case 'table':
        if (block.caption) lines.push(block.caption);
        lines.push(table(block.header, block.rows), '');
        break;
      case 'facts':
        for (const f of block.items) lines.push(`${f.label}: ${f.value}`);
        lines.push('');
        break;
      case 'figure':
        lines.push(`[${block.caption}] ${block.alt}`, '');
        break;
      case 'toc':
      case 'pageBreak':
        break;
    }
  }
  return lines;
}

/** Writes an exported document (base64 over the contract, as in the UI) to --out. */
export function writeExport(out: string, exported: { base64: string; sha256: string; version: number }, format: 'docx' | 'pdf') {
  const file = resolve(out);
  const bytes = Buffer.from(exported.base64, 'base64');
  writeFileSync(file, bytes);
  return { file, bytes: bytes.length, sha256: exported.sha256, version: exported.version, format };
}

export function printWritten(r: z.infer<typeof reportFileShape>, out: TextOut) {
  out.line(tr(out.lang, { nl: `${r.file} geschreven (versie ${r.version}, ${r.bytes} bytes, SHA-256 ${r.sha256}).`, en: `${r.file} written (version ${r.version}, ${r.bytes} bytes, SHA-256 ${r.sha256}).` }));
}

/** Exports a document through the contract, with progress, and writes it to --out. */
export async function exportToFile(env: RunEnv, label: { nl: string; en: string }, exporting: Promise<{ base64: string; sha256: string; version: number }>, o: { out: string; format: 'docx' | 'pdf' }) {
  return writeExport(o.out, await withProgress(env, label, exporting), o.format);
}

/** Runs one long operation with an indeterminate progress line. */
export async function withProgress<T>(env: RunEnv, label: { nl: string; en: string }, work: Promise<T>): Promise<T> {
  env.progress.report(label);
  const timer = setInterval(() => env.progress.report(label), 500);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    env.progress.done();
  }
}

/** The inspection report: read it as text, or write it as Word or PDF. */
export const reportCommands = [
  defineCommand({
    name: 'report-preview',
    group: 'report',
    summary: { nl: 'het inspectieverslag als tekst, zoals het in Word en PDF komt', en: 'the inspection report as text, as it will be in Word and PDF' },
    example: 'report-preview --inspection ID',
    options: { inspection: inspectionOption },
    output: z.object({
      meta: z.object({ title: z.string() }),
      blocks: z.array(z.object({ kind: z.enum(['heading', 'paragraph', 'bulletList', 'table', 'facts', 'figure', 'toc', 'pageBreak', 'note']) })),
      text: z.string(),
    }),
    async run({ ctx }, o) {
      const preview = await call(ctx, 'previewReport', { inspectionId: o.inspection });
      // The drawn charts (SVG) stay out: a script reads the alt text and the figures' tables.
      const blocks = preview.blocks.map((b) => (b.kind === 'figure' ? { kind: b.kind, caption: b.caption, alt: b.alt } : b));
      return { meta: preview.meta, blocks, text: [preview.meta.title, preview.meta.subject, '', ...previewLines(preview.blocks)].join('\n') };
    },
    text(r, out) {
      out.line(r.text);
    },
  }),
  defineCommand({
    name: 'report',
    group: 'report',
    summary: { nl: 'schrijft het inspectieverslag naar Word of PDF', en: 'writes the inspection report to Word or PDF' },
    example: 'report --inspection ID --format pdf --out verslag.pdf',
    options: { inspection: inspectionOption, format: formatOption, out: outOption },
    output: reportFileShape,
    run: (env, o) => exportToFile(env, { nl: 'verslag maken', en: 'making the report' }, call(env.ctx, 'exportReport', { inspectionId: o.inspection, format: o.format }), o),
    text: printWritten,
  }),
];
