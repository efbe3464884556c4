import { IMPORT_LIMITS } from '../domain/import/limits';
import { ImportFileError } from './errors';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/**
 * Reads the zip's central directory (sizes only) before any byte is
 * inflated, so a zip bomb or a truncated file is refused up front with a
 * clear message instead of filling memory or disk inside exceljs.
 */
export function checkZip(buffer: Buffer): { entries: number; uncompressed: number } {
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
  let uncompressed = 0;
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > buffer.length || buffer.readUInt32LE(at) !== CENTRAL) throw new ImportFileError('Het XLSX-bestand is beschadigd (inhoudsopgave onleesbaar).');
    const compressedSize = buffer.readUInt32LE(at + 20);
    const entrySize = buffer.readUInt32LE(at + 24);
    if (entrySize === 0xffffffff || compressedSize === 0xffffffff) throw new ImportFileError('Dit XLSX-bestand gebruikt ZIP64 en is te groot om te importeren.');
    if (entrySize > 1024 * 1024 && entrySize / Math.max(1, compressedSize) > IMPORT_LIMITS.maxCompressionRatio) {
      throw new ImportFileError(`Het XLSX-bestand pakt uit tot een veelvoud van zijn grootte (zipbom?) en wordt geweigerd.`);
    }
    uncompressed += entrySize;
    if (uncompressed > IMPORT_LIMITS.maxUncompressedBytes) {
      throw new ImportFileError(`Het XLSX-bestand is uitgepakt groter dan ${Math.round(IMPORT_LIMITS.maxUncompressedBytes / 1024 / 1024)} MB en wordt geweigerd.`);
    }
    at += 46 + buffer.readUInt16LE(at + 28) + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
  }
  return { entries: count, uncompressed };
}
