import { StringDecoder } from 'node:string_decoder';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { ImportFileError } from './errors';
import { type InflateBudget, inflateEntry, type ZipEntry } from './zip-reader';

/** Characters the parser may hold in one piece (a text node, a tag with its attributes). */
const MAX_RUN_CHARS = 1024 * 1024;
/** Element nesting: a sheet needs five levels, rich text a few more. */
const MAX_DEPTH = 32;

export interface XmlHandlers {
  open(name: string, attributes: Record<string, string>): void;
  text(text: string): void;
  close(name: string): void;
}

/** `x:row` and `row` alike: spreadsheet writers differ in prefixes. */
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * Streams one zip entry through a strict SAX parser (saxes) with bounded
 * memory: the inflated bytes are bounded by `inflateEntry`; what the
 * parser buffers is bounded here. A worksheet never holds comments, CDATA,
 * processing instructions or a DOCTYPE (no writer puts them there, and a
 * DOCTYPE is how entity expansion starts), so they are refused outright;
 * then the parser can only buffer a text node or a tag, and neither may
 * run longer than MAX_RUN_CHARS without a `<`.
 */
export async function streamXmlEntry(
  buffer: Buffer,
  entry: ZipEntry,
  budget: InflateBudget,
  handlers: XmlHandlers,
  afterChunk?: (fraction: number) => boolean | Promise<boolean>,
): Promise<void> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let failure: Error | null = null;
  let depth = 0;
  const fail = (error: Error) => {
    failure ??= error;
  };
  // A handler's refusal (a limit, a bad value) stops the parse like a syntax error does.
  const guarded = (call: () => void) => {
    if (failure) return;
    try {
      call();
    } catch (error) {
      fail(error as Error);
    }
  };
  parser.on('error', (error) => fail(error));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (++depth > MAX_DEPTH) fail(new ImportFileError(`Het XLSX-bestand is beschadigd (${entry.name} is te diep genest).`));
    else guarded(() => handlers.open(localName(tag.name), tag.attributes));
  });
  parser.on('closetag', (tag) => {
    depth--;
    guarded(() => handlers.close(localName(tag.name)));
  });
  parser.on('text', (text) => {
    guarded(() => handlers.text(text));
  });
  const decoder = new StringDecoder('utf8');
  let run = 0;
  let previous = '';
  let fraction = 0;
  let first = true;
  for await (const chunk of inflateEntry(buffer, entry, budget, (f) => (fraction = f))) {
    let text = decoder.write(chunk);
    if (first) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    assertPlainMarkup(previous + text, previous.length, entry.name);
    previous = text.slice(-1);
    const lastOpen = text.lastIndexOf('<');
    run = lastOpen < 0 ? run + text.length : text.length - lastOpen;
    if (run > MAX_RUN_CHARS) throw new ImportFileError(`Het XLSX-bestand bevat in ${entry.name} een cel of tag van meer dan ${MAX_RUN_CHARS.toLocaleString('nl-BE')} tekens en wordt geweigerd.`);
    parser.write(text);
    if (failure) break;
    if (afterChunk && (await afterChunk(fraction)) === false) return;
  }
  if (!failure) parser.write(decoder.end()).close();
  if (failure) {
    const error = failure as Error;
    if (error instanceof ImportFileError) throw error;
    throw new ImportFileError(`Het XLSX-bestand is beschadigd (${entry.name}: ${error.message.slice(0, 120)}). Sla het opnieuw op in Excel of als CSV.`);
  }
}

/** Refuses `<!` (comment, CDATA, DOCTYPE) and `<?` after the XML declaration. `from` skips what the last chunk already checked. */
function assertPlainMarkup(text: string, from: number, part: string): void {
  for (let i = text.indexOf('<', Math.max(0, from - 1)); i >= 0 && i < text.length - 1; i = text.indexOf('<', i + 1)) {
    const next = text[i + 1];
    if (next === '!' || (next === '?' && !text.startsWith('<?xml ', i))) {
      throw new ImportFileError(`Het XLSX-bestand bevat in ${part} opmaak die een spreadsheet niet gebruikt (${next === '!' ? 'commentaar, CDATA of DOCTYPE' : 'een verwerkingsinstructie'}) en wordt geweigerd.`);
    }
  }
}
