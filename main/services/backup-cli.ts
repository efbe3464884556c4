import { resolve } from 'node:path';
import { AppError } from '../api/envelope';
import type { Command } from '../cli/command-kit';
import { backupTo, restoreFrom, verifyDatabase } from './backup';

/** The CLI's backup commands: backup --out FILE, restore FILE, verify. */
export const backupCommands: Record<string, Command> = {
  backup: {
    usage: 'backup --out FILE',
    summary: 'schrijft een gecontroleerde reservekopie van de database naar FILE (SQLite VACUUM INTO)',
    async run(ctx, flags, print) {
      if (typeof flags.out !== 'string' || flags.out === '') throw new AppError('invalid_input', '--out ontbreekt', 'out');
      const out = resolve(flags.out);
      await backupTo(ctx, out);
      print(`Reservekopie geschreven: ${out}`);
    },
  },
  restore: {
    usage: 'restore FILE',
    summary: 'vervangt de database door FILE na controle; de huidige wordt eerst bewaard in backups/ (geweigerd zolang een ander programma de database open heeft)',
    async run(ctx, flags, print) {
      if (typeof flags.file !== 'string' || flags.file === '') throw new AppError('invalid_input', 'Geef het bestand op: restore FILE', 'file');
      const result = await restoreFrom(ctx, resolve(flags.file));
      print(`Hersteld uit ${result.restoredFrom} (schema ${result.schemaVersion}). De vorige database staat in backups/${result.keptAside}.`);
    },
  },
  verify: {
    usage: 'verify [--json]',
    summary: 'integriteitscontrole en aantallen rijen per tabel',
    async run(ctx, flags, print) {
      const result = await verifyDatabase(ctx);
      if (flags.json) return print(JSON.stringify(result, null, 2));
      print(`Integriteit: ${result.integrity}  ·  schema ${result.schemaVersion}`);
      for (const [table, n] of Object.entries(result.counts)) print(`  ${table.padEnd(28)} ${n}`);
      for (const problem of result.schemaProblems) print(`  schema: ${problem}`);
      if (result.integrity !== 'ok') throw new AppError('database', 'De integriteitscontrole faalt.');
      if (result.schemaProblems.length) throw new AppError('database', 'Het schema wijkt af van wat Doorlicht aanmaakt.');
    },
  },
};
