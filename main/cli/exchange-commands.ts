import { resolve } from 'node:path';
import { AppError } from '../api/envelope';
import { type Command, call, type Flags, json, requireFlag } from './command-kit';
import { table } from './format';
import { exportPackageTo, importPackageFrom } from './package-transfer';

/** The passphrase comes from an environment variable, never from the command line (where `ps` and shell history see it). */
function passphraseFrom(flags: Flags): string | undefined {
  const name = flags['passphrase-env'];
  if (name === undefined) return undefined;
  if (typeof name !== 'string' || !name) throw new AppError('invalid_input', '--passphrase-env vraagt de naam van een omgevingsvariabele', 'passphrase-env');
  const value = process.env[name];
  if (!value) throw new AppError('invalid_input', `De omgevingsvariabele ${name} is leeg of bestaat niet`, 'passphrase-env');
  return value;
}

export const exchangeCommands: Record<string, Command> = {
  'export-package': {
    usage: 'export-package (--inspection ID | --referral ID) --out FILE [--passphrase-env VAR] [--json]',
    summary: 'schrijft een inspectie of begeleidingstraject als uitwisselpakket (optioneel versleuteld met de wachtwoordzin uit VAR)',
    async run(ctx, flags, print) {
      const inspectionId = typeof flags.inspection === 'string' ? flags.inspection : undefined;
      const referralId = typeof flags.referral === 'string' ? flags.referral : undefined;
      const out = resolve(requireFlag(flags, 'out'));
      const exported = await exportPackageTo(ctx, { inspectionId, referralId, passphrase: passphraseFrom(flags) }, out);
      if (flags.json) return print(json({ ...exported, file: out }));
      print(`${out} geschreven: ${exported.entries} items, ${exported.attachments} bijlagen, ${exported.bytes} bytes${exported.encrypted ? ', versleuteld' : ''} (SHA-256 ${exported.sha256}).`);
      if (exported.missingAttachments.length) print(`Let op: ${exported.missingAttachments.length} bijlage(n) niet meer in de gegevensmap: ${exported.missingAttachments.join(', ')}`);
    },
  },
  'import-package': {
    usage: 'import-package FILE [--passphrase-env VAR] [--json]',
    summary: 'voegt een uitwisselpakket samen met deze werkbank en toont wat toegevoegd, gelijk en in conflict is',
    async run(ctx, flags, print) {
      const file = typeof flags.file === 'string' ? resolve(flags.file) : requireFlag(flags, 'file');
      const result = await importPackageFrom(ctx, file, passphraseFrom(flags));
      if (flags.json) return print(json(result));
      print(`Pakket van ${result.author} (${result.createdAt}) samengevoegd in inspectie ${result.inspectionId}.`);
      print(`toegevoegd: ${result.added}  bijgewerkt: ${result.updated}  gelijk: ${result.same}  conflicten: ${result.conflicts}`);
      if (result.missingFiles) print(`Let op: ${result.missingFiles} bijlagebestand(en) zaten niet in het pakket.`);
      for (const c of result.conflictEntries) print(`  conflict: ${c.entity} ${c.entityId}`);
      if (result.conflicts) print(`Los de conflicten op in de werkbank (tabblad Uitwisselen) of met: conflicts --inspection ${result.inspectionId}`);
    },
  },
  conflicts: {
    usage: 'conflicts --inspection ID [--json]',
    summary: 'open conflicten na het samenvoegen, met de versies naast elkaar',
    async run(ctx, flags, print) {
      const conflicts = await call(ctx, 'listConflicts', { inspectionId: requireFlag(flags, 'inspection') });
      if (flags.json) return print(json(conflicts));
      if (!conflicts.length) return print('Geen open conflicten.');
      for (const c of conflicts) {
        print(`${c.entity} ${c.title || c.entityId}`);
        print(table(['Veld', ...c.versions.map((v) => `${v.author} ${v.at.slice(0, 16)} (${v.rev.slice(0, 8)})`)], c.differing.map((col) => [col, ...c.versions.map((v) => String(v.record[col] ?? ''))])));
      }
    },
  },
};
