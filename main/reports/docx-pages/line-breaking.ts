import { type Face, lineHeightOf, widthOf } from './word-metrics';

/**
 * Breaks a paragraph's text into lines as Word breaks left-aligned Latin
 * text (and as docx's layout does): at spaces, which hang past the end of the
 * line, and after a dash not followed by a digit or another dash; never next
 * to a non-breaking space; a word longer than the line breaks anywhere.
 * Hyphenation is left out, as docx's layout leaves it out.
 */

export interface Span {
  text: string;
  face: Face;
  /** Font size in pt. */
  size: number;
}

/** Spaces a line may break after; a no-break space is glue. */
const SPACES = new Set([' ', '\u2002', '\u2003', '\u2005', '\u3000']);
const DASHES = new Set(['-', '\u2010', '\u2013', '\u2014']);
const GLUE = new Set(['\u00A0', '\u202F', '\u2007', '\u2060', '\uFEFF']);
/** docx's layout lets a word run 0.01 pt past the line. */
const TOLERANCE = 0.01;

interface Piece {
  text: string;
  span: Span;
}
interface Token {
  space: boolean;
  pieces: Piece[];
}

function tokensOf(spans: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  let before = '';
  for (const span of spans) {
    for (const c of span.text) {
      const space = SPACES.has(c);
      const last = tokens[tokens.length - 1];
      const breakHere = !space && last !== undefined && !last.space && DASHES.has(before) && !/[\d-]/.test(c) && !GLUE.has(c) && !GLUE.has(before);
      if (!last || last.space !== space || breakHere) tokens.push({ space, pieces: [{ text: c, span }] });
      else {
        const piece = last.pieces[last.pieces.length - 1];
        if (piece.span === span) piece.text += c;
        else last.pieces.push({ text: c, span });
      }
      before = c;
    }
  }
  return tokens;
}

const SOFT_HYPHEN = '\u00AD';
const widthOfText = (text: string, span: Span) => widthOf(text.includes(SOFT_HYPHEN) ? text.replaceAll(SOFT_HYPHEN, '') : text, span.face, span.size);
const widthOfPieces = (pieces: readonly Piece[]) => pieces.reduce((w, p) => w + widthOfText(p.text, p.span), 0);
const heightOfPieces = (pieces: readonly Piece[]) => pieces.reduce((h, p) => Math.max(h, lineHeightOf(p.span.face, p.span.size)), 0);

/** Splits a word at its last soft hyphen whose part before it, with a hyphen, fits in `room` pt. */
function hyphenatedSplit(pieces: readonly Piece[], room: number): { before: Piece[]; after: Piece[] } | undefined {
  const chars = pieces.flatMap((p) => [...p.text].map((c) => ({ c, span: p.span })));
  for (let at = chars.length - 1; at > 0; at--) {
    if (chars[at].c !== SOFT_HYPHEN) continue;
    const before = chars.slice(0, at);
    const hyphenWidth = widthOf('-', chars[at].span.face, chars[at].span.size);
    const w = before.reduce((sum, ch) => sum + (ch.c === SOFT_HYPHEN ? 0 : widthOf(ch.c, ch.span.face, ch.span.size)), 0);
    if (w + hyphenWidth <= room + TOLERANCE) {
      const toPieces = (list: typeof chars) => list.map(({ c, span }) => ({ text: c, span }));
      return { before: toPieces(before), after: toPieces(chars.slice(at + 1)) };
    }
  }
  return undefined;
}

/**
 * The single-spaced height in pt of each line the text takes in `width` pt.
 * An empty paragraph is one line as tall as its mark's font (`markHeight`).
 */
export function lineHeights(spans: readonly Span[], width: number, markHeight: number): number[] {
  const heights: number[] = [];
  let position = 0;
  let height = 0;
  let started = false;
  const endLine = () => {
    heights.push(height || markHeight);
    position = 0;
    height = 0;
    started = false;
  };
  for (const token of tokensOf(spans)) {
    if (token.space) {
      position += widthOfPieces(token.pieces);
      height = Math.max(height, heightOfPieces(token.pieces));
      continue;
    }
    let pieces = token.pieces;
    for (;;) {
      const w = widthOfPieces(pieces);
      if (position + w <= width + TOLERANCE) {
        position += w;
        height = Math.max(height, heightOfPieces(pieces));
        started = true;
        break;
      }
      // The longest part before a soft hyphen that fits here with its hyphen, the rest on the next line.
      const split = hyphenatedSplit(pieces, width - position);
      if (split) {
        height = Math.max(height, heightOfPieces(split.before));
        started = true;
        endLine();
        pieces = split.after;
        continue;
      }
      if (started) {
        endLine();
        continue;
      }
      // A word wider than the line: as many characters as fit on each line.
      for (const piece of pieces) {
        for (const c of piece.text) {
          if (c === SOFT_HYPHEN) continue;
          const cw = widthOf(c, piece.span.face, piece.span.size);
          if (started && position + cw > width + TOLERANCE) endLine();
          position += cw;
          height = Math.max(height, lineHeightOf(piece.span.face, piece.span.size));
          started = true;
        }
      }
      break;
    }
  }
  endLine();
  return heights;
}
