import JSZip from 'jszip';

/**
 * The text a reader sees in a Word document, one string per paragraph. Table cells carry soft hyphens as
 * <w:softHyphen/> between runs, so a word can span several <w:t> runs: tests read paragraphs, not raw XML.
 * Non-breaking spaces read as plain spaces.
 */
export function docxParagraphs(documentXml: string): string[] {
  return [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((paragraph) =>
    [...paragraph[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
      .map((run) => run[1])
      .join('')
      .replace(/\u00A0/g, ' '),
  );
}

/** All paragraphs of a .docx buffer's body, joined by newlines. */
export async function docxText(docx: Buffer | Uint8Array): Promise<string> {
  const xml = await (await JSZip.loadAsync(docx)).file('word/document.xml')!.async('string');
  return docxParagraphs(xml).join('\n');
}
