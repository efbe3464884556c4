/**
 * Text from the record goes into XML (docx) and PDF strings. XML 1.0 forbids
 * most C0 control characters, U+FFFE/U+FFFF and unpaired surrogates, and one
 * such character makes Word refuse the whole file. The renderers pass the
 * document through here first: lone surrogates become U+FFFD, forbidden
 * characters are dropped, everything else (emoji, right-to-left, markup as
 * text) is kept as written.
 */
// eslint-disable-next-line no-control-regex
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function safeText(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD').replace(XML_FORBIDDEN, '');
}

/** A copy of a plain data structure with every string made safe. */
export function withSafeText<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((item) => withSafeText(item)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withSafeText(v)])) as T;
  }
  return value;
}
