import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templateCsv, templateFileName } from '../../../main/domain/import/template';
import { parseImportFile } from '../../../main/import/parse-file';
import { RESOURCES_DIR } from '../../helpers/services';

describe('shipped templates', () => {
  for (const kind of ['schools', 'figures'] as const) {
    it(`${kind}: the file in resources/templates is what the app hands out, and it imports cleanly`, async () => {
      const shipped = readFileSync(join(RESOURCES_DIR, 'templates', templateFileName(kind)));
      expect(shipped.toString('utf8')).toBe(templateCsv(kind));
      const parsed = await parseImportFile(shipped, { currentYear: 2026 });
      expect(parsed.match.kind).toBe(kind);
      expect(parsed.match.ignored).toEqual([]);
      expect(parsed.validator.errors).toEqual([]);
      expect(parsed.validator.records).toHaveLength(1);
    });
  }
});
