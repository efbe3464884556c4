import { createInflateRaw } from 'node:zlib';
import { IMPORT_LIMITS } from '../domain/import/limits';
import { ImportFileError } from './errors';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export interface ZipEntry {
  name: string;
  method: number;
  /** As the central directory declares them: never trusted beyond a first check, see `inflateEntry`. */
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

const damaged = (what: string) => new ImportFileError(`Het XLSX-bestand is beschadigd (${what}). Sla het opnieuw op in Excel of als CSV.`);
const bomb = () => new ImportFileError('Het XLSX-bestand pakt uit tot een veelvoud van zijn grootte (zipbom?) en wordt geweigerd.');
const tooLarge = () => new ImportFileError(`Het XLSX-bestand is uitgepakt groter dan ${Math.round(IMPORT_LIMITS.maxUncompressedBytes / 1024 / 1024)} MB en wordt geweigerd.`);

/**
 * Reads the zip's central directory. The declared sizes give a first,
 * cheap refusal of an honest bomb; a lying one is caught while inflating.
 */
export function readZipDirectory(buffer: Buffer): Map<string, ZipEntry> {
  const searchFrom = Math.max(0, buffer.length - 22 - 65_535);
  let eocd = -1;
  for (let i = buffer.length - 22; i >= searchFrom; i--) {
    if (buffer.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportFileError('Het XLSX-bestand is onvolledig of beschadigd (geen inhoudsopgave van het zip-archief gevonden). Sla het opnieuw op in Excel.');
  const count = buffer.readUInt16LE(eocd + 10);
  const size = buffer.readUInt32LE(eocd + 12);
  const offset = buffer.readUInt32LE(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportFileError('Dit XLSX-bestand gebruikt ZIP64 en is te groot om te importeren.');
  if (offset + size > eocd) throw new ImportFileError('Het XLSX-bestand is afgebroken of beschadigd (de inhoudsopgave wijst buiten het bestand).');
  const entries = new Map<string, ZipEntry>();
  let declaredTotal = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > eocd || buffer.readUInt32LE(at) !== CENTRAL) throw damaged('inhoudsopgave onleesbaar');
    const compressedSize = buffer.readUInt32LE(at + 20);
    const declaredSize = buffer.readUInt32LE(at + 24);
    if (declaredSize === 0xffffffff || compressedSize === 0xffffffff) throw new ImportFileError('Dit XLSX-bestand gebruikt ZIP64 en is te groot om te importeren.');
    if (declaredSize > 1024 * 1024 && declaredSize / Math.max(1, compressedSize) > IMPORT_LIMITS.maxCompressionRatio) throw bomb();
    declaredTotal += declaredSize;
    if (declaredTotal > IMPORT_LIMITS.maxUncompressedBytes) throw tooLarge();
    const nameLength = buffer.readUInt16LE(at + 28);
    const name = buffer.toString('utf8', at + 46, Math.min(eocd, at + 46 + nameLength)).replace(/^\/+/, '');
    entries.set(name, { name, method: buffer.readUInt16LE(at + 10), compressedSize, declaredSize, localHeaderOffset: buffer.readUInt32LE(at + 42) });
    at += 46 + nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return entries;
}

/** What all entries of one file may still inflate to, shared by every `inflateEntry` call on it. */
export interface InflateBudget {
  remaining: number;
}

export const newInflateBudget = (): InflateBudget => ({ remaining: IMPORT_LIMITS.maxUncompressedBytes });

/**
 * An entry's bytes, inflated as a stream. Every bound holds on the bytes
 * actually produced, whatever the headers say: no more than the entry
 * declares, no more than the file's budget, no more than the compression
 * ratio allows for the compressed bytes consumed so far. On any breach the
 * inflater is destroyed at once, so memory stays at a few chunks.
 */
export async function* inflateEntry(buffer: Buffer, entry: ZipEntry, budget: InflateBudget, onProgress?: (fraction: number) => void): AsyncGenerator<Buffer> {
  const local = entry.localHeaderOffset;
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw damaged(`onderdeel ${entry.name} niet gevonden`);
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const end = start + entry.compressedSize;
  if (end > buffer.length) throw damaged(`onderdeel ${entry.name} loopt buiten het bestand`);
  const data = buffer.subarray(start, end);
  if (entry.method === 0) {
    if (data.length > entry.declaredSize || data.length > budget.remaining) throw tooLarge();
    budget.remaining -= data.length;
    yield data;
    return;
  }
  if (entry.method !== 8) throw damaged(`onbekende compressie ${entry.method} in ${entry.name}`);
  const inflater = createInflateRaw({ chunkSize: 64 * 1024 });
  inflater.on('error', () => undefined); // surfaced by the iterator below
  inflater.end(data);
  let produced = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      produced += chunk.length;
      if (produced > entry.declaredSize) throw damaged(`onderdeel ${entry.name} pakt groter uit dan het zegt`);
      if (chunk.length > budget.remaining) throw tooLarge();
      budget.remaining -= chunk.length;
      const consumed = Math.max(1, inflater.bytesWritten);
      if (produced > 1024 * 1024 && produced / consumed > IMPORT_LIMITS.maxCompressionRatio) throw bomb();
      onProgress?.(consumed / Math.max(1, data.length));
      yield chunk;
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw damaged(`onderdeel ${entry.name} kan niet uitgepakt worden: ${(error as Error).message.slice(0, 80)}`);
  } finally {
    inflater.destroy();
  }
  if (produced !== entry.declaredSize) throw damaged(`onderdeel ${entry.name} is korter dan het zegt`);
}
