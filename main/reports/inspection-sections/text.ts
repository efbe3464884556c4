import { paragraph, type ParagraphBlock } from '../model';

/** "1 indicator", "3 indicatoren". */
export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Inspectors write with blank lines between paragraphs; keep them, and fold single line breaks. */
export function paragraphsOf(text: string | undefined): ParagraphBlock[] {
  return (text ?? '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter((p) => p.length > 0)
    .map((p) => paragraph(p));
}
