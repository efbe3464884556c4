import type { ReactNode } from 'react';
import type { ApiResult } from '../../api/client';

type Preview = ApiResult<'previewReport'>;
type Block = Preview['blocks'][number];
type Run = { text: string; bold?: boolean; italic?: boolean };

function Runs({ runs }: { runs: readonly Run[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node: ReactNode = r.text;
        if (r.italic) node = <em>{node}</em>;
        if (r.bold) node = <strong>{node}</strong>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

/** One block of the report model, drawn as the reader will see it (headings one level down: the page has its own h1). */
function BlockView({ block, headings }: { block: Block; headings: string[] }) {
  switch (block.kind) {
    case 'heading': {
      const Tag = (['h2', 'h3', 'h4'] as const)[block.level - 1];
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return <p><Runs runs={block.runs} /></p>;
    case 'note':
      return <p className="muted report-note"><Runs runs={block.runs} /></p>;
    case 'bulletList':
      return <ul>{block.items.map((item, i) => <li key={i}><Runs runs={item} /></li>)}</ul>;
    case 'facts':
      return (
        <dl className="facts vertical">
          {block.items.map((f) => <div key={f.label}><dt>{f.label}</dt><dd>{f.value}</dd></div>)}
        </dl>
      );
    case 'table':
      return (
        <table className="data compact">
          {block.caption && <caption>{block.caption}</caption>}
          <thead><tr>{block.header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr></thead>
          <tbody>
            {block.rows.map((row, r) => (
              <tr key={r}>{row.map((cell, c) => <td key={c} className={block.align?.[c] === 'right' ? 'num' : undefined}>{cell}</td>)}</tr>
            ))}
          </tbody>
        </table>
      );
    case 'figure':
      return (
        <figure className="chart">
          <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent((block as { svg: string }).svg)}`} alt={block.alt} />
          <figcaption>{block.caption}</figcaption>
        </figure>
      );
    case 'toc':
      return (
        <nav aria-label={block.title}>
          <h2>{block.title}</h2>
          <ul className="report-toc">{headings.map((h, i) => <li key={i}>{h}</li>)}</ul>
        </nav>
      );
    case 'pageBreak':
      return <hr className="page-break" />;
  }
}

/** The whole report, as it will be exported, inside the page; a draft says so at the top. */
export function ReportPreview({ preview, draftLabel }: { preview: Preview; draftLabel: string }) {
  const headings = preview.blocks.flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
  return (
    // Scrollable, so it takes keyboard focus: arrow keys then scroll the report.
    <article className="report-preview" aria-label={preview.meta.title} tabIndex={0}>
      {preview.meta.draft && <p className="draft-mark">{draftLabel}</p>}
      <h2 className="report-title">{preview.meta.title}</h2>
      <p className="muted">{preview.meta.subject}</p>
      {preview.blocks.map((block, i) => <BlockView key={i} block={block} headings={headings} />)}
    </article>
  );
}
