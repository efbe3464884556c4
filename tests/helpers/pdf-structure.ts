import { execFileSync } from 'node:child_process';

/**
 * Reads a PDF's structure tree the way assistive technology does, with
 * poppler (pdfinfo -struct-text: element types with their text, in tree
 * order) and qpdf (the element dictionaries, for /Alt and /Lang).
 */
export interface StructNode {
  type: string;
  depth: number;
  text: string;
}

export function structureWithText(file: string): StructNode[] {
  const out = execFileSync('pdfinfo', ['-enc', 'UTF-8', '-struct-text', file], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const nodes: StructNode[] = [];
  for (const line of out.split('\n')) {
    const indent = line.length - line.trimStart().length;
    const body = line.trim();
    if (body === '') continue;
    if (body.startsWith('"')) {
      if (nodes.length) nodes[nodes.length - 1].text += body.slice(1, body.endsWith('"') ? -1 : undefined);
      continue;
    }
    const type = /^([A-Za-z0-9]+)(?=[\s:(]|$)/.exec(body)?.[1];
    if (type && !body.startsWith('/')) nodes.push({ type, depth: indent / 2, text: '' });
  }
  return nodes;
}

interface QpdfObject {
  value?: Record<string, unknown>;
  stream?: { dict: Record<string, unknown>; data?: string };
}

function qpdfObjects(file: string): QpdfObject[] {
  const json = execFileSync('qpdf', ['--json', '--json-stream-data=inline', file], { encoding: 'utf8', maxBuffer: 256 << 20 });
  return Object.values((JSON.parse(json) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1]);
}

/** Every structure element of a type with its /Alt text (qpdf writes text strings as "u:…"). */
export function altTexts(file: string, type: string): string[] {
  return qpdfObjects(file)
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => !!v && v['/S'] === `/${type}`)
    .map((v) => String(v['/Alt'] ?? '').replace(/^u:/, ''));
}

/** Every structure element of a type with its /ActualText, or null when it has none. */
export function actualTexts(file: string, type: string): Array<string | null> {
  return qpdfObjects(file)
    .map((o) => o.value)
    .filter((v): v is Record<string, unknown> => !!v && v['/S'] === `/${type}`)
    .map((v) => (v['/ActualText'] === undefined ? null : String(v['/ActualText']).replace(/^u:/, '')));
}

/** The XMP metadata packet. */
export function xmp(file: string): string {
  const stream = qpdfObjects(file).find((o) => o.stream?.dict['/Subtype'] === '/XML');
  return stream?.stream?.data ? Buffer.from(stream.stream.data, 'base64').toString('utf8') : '';
}
