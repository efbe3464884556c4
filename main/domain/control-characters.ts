/**
 * Control characters: C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F).
 * None belongs in a name, a motivation or a cell; an escape sequence
 * (ESC [ 3 1 m) in a stored name repaints a terminal that prints it, NUL
 * cuts strings short in C code. Tab, line feed and carriage return are the
 * layout characters a text field may hold; everything else is refused on
 * the way in and escaped on the way out to a terminal.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** For terminal output: tab and line feed keep their meaning, everything else is shown as \uXXXX (a CR would overwrite the line). */
const NOT_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const codePoint = (c: string) => `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first forbidden control character in `text`, as U+XXXX with its position (1-based), or null. */
export function findControlCharacter(text: string): { codePoint: string; position: number } | null {
  const match = FORBIDDEN.exec(text);
  return match ? { codePoint: codePoint(match[0]), position: match.index + 1 } : null;
}

/** The reason, in Dutch, for a text holding one. */
export function controlCharacterReason(found: { codePoint: string; position: number }): string {
  return `bevat een onzichtbaar stuurteken (${found.codePoint}, teken ${found.position}); laat het weg of typ de tekst opnieuw`;
}

/** The first string anywhere in a value (objects, arrays) holding a forbidden control character, with its path. */
export function findControlCharacterIn(value: unknown, path: (string | number)[] = [], depth = 0): { path: (string | number)[]; codePoint: string; position: number } | null {
  if (typeof value === 'string') {
    const found = findControlCharacter(value);
    return found ? { path, ...found } : null;
  }
  if (depth > 64 || value === null || typeof value !== 'object') return null;
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  for (const [key, child] of entries) {
    const found = findControlCharacterIn(child, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/** Text safe to print on a terminal: controls (also CR, ESC) as visible \uXXXX escapes. Valid inside JSON strings too. */
export function escapeForTerminal(text: string): string {
  return text.replace(NOT_FOR_TERMINAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
