import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type AdviceCatalogue, parseAdviceCatalogue } from '../domain/advice/catalogue';

export class AdviceCatalogueError extends Error {}

/** Loads and validates the advice catalogue shipped in `resources/advice/`. */
export function loadAdviceCatalogue(resourcesDir: string): AdviceCatalogue {
  const file = join(resourcesDir, 'advice', 'catalogue.v1.json');
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AdviceCatalogueError(`${file}: niet leesbaar (${(error as Error).message})`);
  }
  const result = parseAdviceCatalogue(data);
  if (!result.ok) throw new AdviceCatalogueError(`${file}: ${result.problems.slice(0, 5).join('; ')}`);
  return result.catalogue;
}
