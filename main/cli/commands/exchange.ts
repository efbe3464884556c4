import { resolve } from 'node:path';
import { z } from 'zod';
import { call, refusal } from '../command-kit';
import { table } from '../format';
import { type Lang, tr } from '../i18n';
import { inspectionOption, outOption } from '../options';
import { exportPackageTo, importPackageFrom } from '../package-transfer';
import { defineCommand } from '../spec';

/** The passphrase comes from an environment variable, never from the command line (where `ps` and shell history see it). */
function passphraseFrom(name: string | undefined, lang: Lang): string | undefined {
  if (name === undefined) return undefined;
  if (!name) throw refusal(lang, 'invalid_input', { nl: '--passphrase-env vraagt de naam van een omgevingsvariabele', en: '--passphrase-env takes the name of an environment variable' }, 'passphrase-env');
  const value = process.env[name];
  if (!value) throw refusal(lang, 'invalid_input', { nl: `De omgevingsvariabele ${name} is leeg of bestaat niet`, en: `The environment variable ${name} is empty or not set` }, 'passphrase-env');
  return value;
}

const passphraseOption = {
  type: 'string',
  placeholder: 'VAR',
  description: { nl: 'naam van de omgevingsvariabele met de wachtwoordzin', en: 'name of the environment variable holding the passphrase' },
} as const;

/** Exchange between laptops: packages out and in, and the conflicts a merge leaves. */
export const exchangeCommands = [
  defineCommand({
    name: 'export-package',
    group: 'exchange',
    summary: { nl: 'schrijft een inspectie of begeleidingstraject als uitwisselpakket (optioneel versleuteld)', en: 'writes an inspection or guidance plan as an exchange package (optionally encrypted)' },
    example: 'export-package --inspection ID --out team.dlpkg --passphrase-env DOORLICHT_PASSPHRASE',
    options: {
      inspection: { ...inspectionOption, required: false },
      referral: { type: 'string', placeholder: 'ID', description: { nl: 'of: de doorverwijzing', en: 'or: the referral' } },
      out: outOption,
      'passphrase-env': passphraseOption,
    },
    output: z.object({ file: z.string(), entries: z.number(), attachments: z.number(), bytes: z.number(), sha256: z.string(), encrypted: z.boolean(), missingAttachments: z.array(z.string()) }),
    async run({ ctx, progress, lang }, o) {
      const out = resolve(o.out);
      const request = { inspectionId: o.inspection, referralId: o.referral, passphrase: passphraseFrom(o['passphrase-env'], lang) };
      progress.report({ nl: 'pakket maken', en: 'making the package' });
      const exported = await exportPackageTo(ctx, request, out, (f) => progress.report({ nl: 'pakket schrijven', en: 'writing the package' }, f));
      progress.done();
      const { packageId: _id, ...rest } = exported as typeof exported & { packageId?: string };
      return { ...rest, file: out };
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `${r.file} geschreven: ${r.entries} items, ${r.attachments} bijlagen, ${r.bytes} bytes${r.encrypted ? ', versleuteld' : ''} (SHA-256 ${r.sha256}).`, en: `${r.file} written: ${r.entries} items, ${r.attachments} attachments, ${r.bytes} bytes${r.encrypted ? ', encrypted' : ''} (SHA-256 ${r.sha256}).` }));
      if (r.missingAttachments.length) out.line(tr(out.lang, { nl: `Let op: ${r.missingAttachments.length} bijlage(n) niet meer in de gegevensmap: ${r.missingAttachments.join(', ')}`, en: `Note: ${r.missingAttachments.length} attachment(s) no longer in the data folder: ${r.missingAttachments.join(', ')}` }));
    },
  }),
  defineCommand({
    name: 'import-package',
    group: 'exchange',
    summary: { nl: 'voegt een uitwisselpakket samen met deze werkbank en toont wat toegevoegd, gelijk en in conflict is', en: 'merges an exchange package into this workbench and shows what was added, the same and in conflict' },
    example: 'import-package team.dlpkg --passphrase-env DOORLICHT_PASSPHRASE',
    positional: 'file',
    options: { file: { type: 'file', required: true, description: { nl: 'het pakket', en: 'the package' } }, 'passphrase-env': passphraseOption },
    output: z.object({ inspectionId: z.string(), author: z.string(), createdAt: z.string(), added: z.number(), updated: z.number(), same: z.number(), conflicts: z.number(), missingFiles: z.number(), conflictEntries: z.array(z.object({ entity: z.string(), entityId: z.string() })) }),
    async run({ ctx, progress, lang }, o) {
      const result = await importPackageFrom(ctx, resolve(o.file), passphraseFrom(o['passphrase-env'], lang), (f) => progress.report({ nl: 'pakket lezen', en: 'reading the package' }, f));
      progress.done();
      return result;
    },
    text(r, out) {
      const l = out.lang;
      out.line(tr(l, { nl: `Pakket van ${r.author} (${r.createdAt}) samengevoegd in inspectie ${r.inspectionId}.`, en: `Package from ${r.author} (${r.createdAt}) merged into inspection ${r.inspectionId}.` }));
      out.line(tr(l, { nl: `toegevoegd: ${r.added}  bijgewerkt: ${r.updated}  gelijk: ${r.same}  conflicten: ${r.conflicts}`, en: `added: ${r.added}  updated: ${r.updated}  same: ${r.same}  conflicts: ${r.conflicts}` }));
      if (r.missingFiles) out.line(tr(l, { nl: `Let op: ${r.missingFiles} bijlagebestand(en) zaten niet in het pakket.`, en: `Note: ${r.missingFiles} attachment file(s) were not in the package.` }));
      for (const c of r.conflictEntries) out.line(`  conflict: ${c.entity} ${c.entityId}`);
      if (r.conflicts) out.line(tr(l, { nl: `Los de conflicten op in de werkbank (tabblad Uitwisselen) of met: conflicts --inspection ${r.inspectionId}`, en: `Resolve the conflicts in the workbench (Exchange tab) or see: conflicts --inspection ${r.inspectionId}` }));
    },
  }),
  defineCommand({
    name: 'conflicts',
    group: 'exchange',
    summary: { nl: 'open conflicten na het samenvoegen, met de versies naast elkaar', en: 'open conflicts after merging, with the versions side by side' },
    example: 'conflicts --inspection ID --json',
    options: { inspection: inspectionOption },
    output: z.array(z.object({ entity: z.string(), entityId: z.string(), title: z.string(), differing: z.array(z.string()), versions: z.array(z.object({ rev: z.string(), author: z.string(), at: z.string(), record: z.record(z.string(), z.unknown()) })) })),
    run: ({ ctx }, o) => call(ctx, 'listConflicts', { inspectionId: o.inspection }),
    text(conflicts, out) {
      if (!conflicts.length) return out.line(tr(out.lang, { nl: 'Geen open conflicten.', en: 'No open conflicts.' }));
      for (const c of conflicts) {
        out.line(`${c.entity} ${c.title || c.entityId}`);
        out.line(table([tr(out.lang, { nl: 'Veld', en: 'Field' }), ...c.versions.map((v) => `${v.author} ${v.at.slice(0, 16)} (${v.rev.slice(0, 8)})`)], c.differing.map((col) => [col, ...c.versions.map((v) => String(v.record[col] ?? ''))])));
      }
    },
  }),
];
