import { posix } from 'node:path';
import { IMPORT_LIMITS } from '../domain/import/limits';
import { ImportFileError } from './errors';
import { streamXmlEntry } from './xml-stream';
import type { InflateBudget, ZipEntry } from './zip-reader';

/** The workbook's sheets in their tab order, each with the zip entry that holds it. */
export interface WorkbookParts {
  sheets: { name: string; path: string }[];
  sharedStrings: string | null;
}

export interface ZipFile {
  bytes: Buffer;
  entries: Map<string, ZipEntry>;
  budget: InflateBudget;
}

/** Parts a workbook's own index may be: a few kB in any real file. */
const MAX_INDEX_ENTRY = 4 * 1024 * 1024;

function entry(zip: ZipFile, path: string): ZipEntry | undefined {
  return zip.entries.get(path);
}

async function readSmallXml(zip: ZipFile, path: string, open: (name: string, attributes: Record<string, string>) => void): Promise<boolean> {
  const found = entry(zip, path);
  if (!found) return false;
  if (found.declaredSize > MAX_INDEX_ENTRY) throw new ImportFileError(`Het XLSX-bestand is beschadigd (${path} is onwaarschijnlijk groot).`);
  await streamXmlEntry(zip.bytes, found, zip.budget, { open, text: () => undefined, close: () => undefined });
  return true;
}

/** A relationship target as a zip path: relative to the part's folder, or absolute from the root. */
function resolveTarget(fromFolder: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : posix.join(fromFolder, target);
  return posix.normalize(joined).replace(/^(\.\.\/)+/, '');
}

/** `_rels/.rels` → the workbook part, its rels → every sheet and the shared strings. */
export async function readWorkbookParts(zip: ZipFile): Promise<WorkbookParts> {
  let workbookPath = 'xl/workbook.xml';
  await readSmallXml(zip, '_rels/.rels', (name, a) => {
    if (name === 'Relationship' && a.Type?.endsWith('/officeDocument') && a.Target) workbookPath = resolveTarget('', a.Target);
  });
  const folder = posix.dirname(workbookPath);
  const relsPath = posix.join(folder, '_rels', `${posix.basename(workbookPath)}.rels`);
  const targets = new Map<string, string>();
  let sharedStrings: string | null = null;
  await readSmallXml(zip, relsPath, (name, a) => {
    if (name !== 'Relationship' || !a.Id || !a.Target || a.TargetMode === 'External') return;
    targets.set(a.Id, resolveTarget(folder, a.Target));
    if (a.Type?.endsWith('/sharedStrings')) sharedStrings = resolveTarget(folder, a.Target);
  });
  const sheets: { name: string; path: string }[] = [];
  const found = await readSmallXml(zip, workbookPath, (name, a) => {
    if (name !== 'sheet' || sheets.length >= 1000) return;
    const id = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
    const path = id ? targets.get(id) : undefined;
    if (a.name && path) sheets.push({ name: a.name, path });
  });
  if (!found) throw new ImportFileError('Dit zip-bestand is geen Excel-werkmap (xl/workbook.xml ontbreekt). Sla het op als .xlsx of als CSV.');
  if (sharedStrings === null && zip.entries.has(posix.join(folder, 'sharedStrings.xml'))) sharedStrings = posix.join(folder, 'sharedStrings.xml');
  return { sheets, sharedStrings };
}

/**
 * The shared string table, read before the sheet (whatever order the zip
 * has), so nothing is ever spooled to disk. Each string is kept up to one
 * character past the cell limit (enough for the validator to say "too
 * long"), and the table as a whole is bounded in count and characters.
 */
export async function readSharedStrings(zip: ZipFile, path: string | null): Promise<string[]> {
  const found = path ? entry(zip, path) : undefined;
  if (!found) return [];
  const strings: string[] = [];
  let current = '';
  let inSi = false;
  let inT = false;
  let inPhonetic = false;
  let chars = 0;
  const keep = IMPORT_LIMITS.maxCellLength + 1;
  await streamXmlEntry(zip.bytes, found, zip.budget, {
    open(name) {
      if (name === 'si') [inSi, current] = [true, ''];
      else if (name === 't') inT = true;
      else if (name === 'rPh') inPhonetic = true;
    },
    text(text) {
      if (inSi && inT && !inPhonetic && current.length < keep) current += text.slice(0, keep - current.length);
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si') {
        inSi = false;
        chars += current.length;
        strings.push(current);
        if (strings.length > IMPORT_LIMITS.maxSharedStrings || chars > IMPORT_LIMITS.maxSharedStringChars) {
          throw new ImportFileError(`Het XLSX-bestand bevat meer tekst dan we in één keer lezen (meer dan ${IMPORT_LIMITS.maxSharedStrings.toLocaleString('nl-BE')} verschillende teksten of ${Math.round(IMPORT_LIMITS.maxSharedStringChars / 1e6)} miljoen tekens). Splits het op of sla het op als CSV.`);
        }
      }
    },
  });
  return strings;
}
