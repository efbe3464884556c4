import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { AppError } from '../api/envelope';
import { IMPORT_LIMITS } from '../domain/import/limits';

/** The file's bytes, or a message that names the file and what is wrong with it (a folder, empty, too large, unreadable). */
export function readImportFile(file: string): Buffer {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    throw new AppError('not_found', `Bestand niet gevonden: ${file}`, 'file');
  }
  if (stat.isDirectory()) throw new AppError('invalid_input', `${file} is een map, geen bestand. Geef een CSV- of XLSX-bestand op.`, 'file');
  if (!stat.isFile()) throw new AppError('invalid_input', `${file} is geen gewoon bestand (maar bv. een apparaat of pijp). Geef een CSV- of XLSX-bestand op.`, 'file');
  if (stat.size === 0) throw new AppError('invalid_input', `${basename(file)}: het bestand is leeg (0 bytes). Er is niets geïmporteerd.`, 'file');
  if (stat.size > IMPORT_LIMITS.maxFileBytes) {
    throw new AppError('invalid_input', `${basename(file)}: het bestand is groter dan ${IMPORT_LIMITS.maxFileBytes / 1024 / 1024} MB; splits het op.`, 'file');
  }
  try {
    return readFileSync(file);
  } catch (error) {
    throw new AppError('invalid_input', `${file} kan niet gelezen worden (${(error as NodeJS.ErrnoException).code ?? 'leesfout'}); controleer de rechten op het bestand.`, 'file');
  }
}
