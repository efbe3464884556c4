import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { openServices } from '../main/app/open-services';
import { DATABASE_FILE } from '../main/app/paths';
import { dispatch } from '../main/host/dispatch';
import { measure, type Measurement, ratio } from './measure';

function rawOpenAndCount(file: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE, (err) => {
      if (err) return reject(err);
      db.all('SELECT * FROM schools ORDER BY name', (e) => {
        if (e) return reject(e);
        db.close((c) => (c ? reject(c) : resolve()));
      });
    });
  });
}

/**
 * Startup: our services (framework files validated, pragmas, migration
 * check, first school list through the contract) against raw sqlite3
 * opening the same file and reading the same rows.
 */
export async function benchStartup(runs = 30): Promise<{ rows: Measurement[]; lines: string[] }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'doorlicht-bench-'));
  try {
    const first = await openServices({ dataDir, seedDemo: true });
    await first.close();
    const baseline = await measure('raw sqlite3: open + SELECT schools + close', runs, () => rawOpenAndCount(join(dataDir, DATABASE_FILE)));
    const ours = await measure('Doorlicht: openServices + listSchools (contract) + close', runs, async () => {
      const services = await openServices({ dataDir, seedDemo: true });
      const result = await dispatch(services.ctx, 'listSchools', {});
      if (!result.ok) throw new Error(result.error.message);
      await services.close();
    });
    return { rows: [baseline, ours], lines: [`startup ratio (ours / raw): ${ratio(ours, baseline)}`] };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
