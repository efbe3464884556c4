import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../api/envelope';
import { backupTo, restoreFrom } from '../../services/backup';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { outOption } from '../options';
import { writtenFileShape } from '../shapes';
import { defineCommand } from '../spec';
import { withProgress } from './report';

const settingsShape = z.object({ profileName: z.string(), defaultActor: z.string(), actor: z.string(), retention: z.object({ days: z.number(), expired: z.number(), bytes: z.number() }) });

async function settingsOf(ctx: Parameters<typeof call>[0]) {
  const [settings, retention] = await Promise.all([call(ctx, 'getSettings', {}), call(ctx, 'getRetention', {})]);
  return { ...settings, retention };
}

function printSettings(r: z.infer<typeof settingsShape>, out: { line(t?: string): void; lang: 'nl' | 'en' }) {
  out.line(tr(out.lang, { nl: `Profiel: ${r.profileName || '(niet ingesteld)'}; wijzigingen staan op naam van ${r.actor}.`, en: `Profile: ${r.profileName || '(not set)'}; changes are recorded as ${r.actor}.` }));
  out.line(tr(out.lang, { nl: `Bewaartermijn bijlagen: ${r.retention.days} dagen (nu ${r.retention.expired} verlopen, ${r.retention.bytes} bytes).`, en: `Attachment retention: ${r.retention.days} days (${r.retention.expired} expired now, ${r.retention.bytes} bytes).` }));
}

/** Profile, settings and the record's upkeep. */
export const settingsCommands = [
  defineCommand({
    name: 'settings',
    group: 'settings',
    summary: { nl: 'profiel en bewaartermijn', en: 'profile and retention period' },
    example: 'settings --json',
    options: {},
    output: settingsShape,
    run: ({ ctx }) => settingsOf(ctx),
    text: printSettings,
  }),
  defineCommand({
    name: 'profile',
    group: 'settings',
    summary: { nl: 'stelt uw naam in als auteur van wijzigingen (leeg: de naam van de computergebruiker)', en: 'sets your name as author of changes (empty: the computer user name)' },
    example: 'profile --name "An Peeters"',
    options: { name: { type: 'string', required: true, placeholder: 'NAAM', description: { nl: 'uw naam', en: 'your name' } } },
    output: settingsShape,
    async run({ ctx }, o) {
      await call(ctx, 'saveProfile', { profileName: o.name });
      return settingsOf(ctx);
    },
    text: printSettings,
  }),
  defineCommand({
    name: 'retention',
    group: 'settings',
    summary: { nl: 'stelt de bewaartermijn van bijlagen van definitieve inspecties in', en: 'sets the retention period of attachments of final inspections' },
    example: 'retention --days 365',
    options: { days: { type: 'integer', required: true, min: 30, max: 3650, description: { nl: 'aantal dagen (30 tot 3650)', en: 'number of days (30 to 3650)' } } },
    output: settingsShape,
    async run({ ctx }, o) {
      await call(ctx, 'setRetention', { days: o.days });
      return settingsOf(ctx);
    },
    text: printSettings,
  }),
  defineCommand({
    name: 'backup',
    group: 'settings',
    summary: { nl: 'schrijft een gecontroleerde reservekopie van de database (SQLite VACUUM INTO)', en: 'writes a checked backup of the database (SQLite VACUUM INTO)' },
    example: 'backup --out reserve.sqlite',
    options: { out: outOption },
    output: writtenFileShape,
    async run(env, o) {
      const out = resolve(o.out);
      await withProgress(env, { nl: 'reservekopie maken', en: 'making the backup' }, backupTo(env.ctx, out));
      const hash = createHash('sha256');
      for await (const chunk of createReadStream(out)) hash.update(chunk as Buffer);
      return { file: out, bytes: statSync(out).size, sha256: hash.digest('hex') };
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `Reservekopie geschreven: ${r.file} (${r.bytes} bytes).`, en: `Backup written: ${r.file} (${r.bytes} bytes).` }));
    },
  }),
  defineCommand({
    name: 'restore',
    group: 'settings',
    summary: { nl: 'vervangt de database door BESTAND na controle; de huidige wordt eerst bewaard in backups/ (sluit eerst de app)', en: 'replaces the database with FILE after checking it; the current one is kept in backups/ first (close the app first)' },
    example: 'restore reserve.sqlite',
    positional: 'file',
    options: { file: { type: 'file', required: true, description: { nl: 'de reservekopie', en: 'the backup' } } },
    output: z.object({ restoredFrom: z.string(), keptAside: z.string(), schemaVersion: z.number(), counts: z.record(z.string(), z.number()) }),
    run: (env, o) => withProgress(env, { nl: 'terugzetten', en: 'restoring' }, restoreFrom(env.ctx, resolve(o.file))),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Hersteld uit ${r.restoredFrom} (schema ${r.schemaVersion}). De vorige database staat in backups/${r.keptAside}.`, en: `Restored from ${r.restoredFrom} (schema ${r.schemaVersion}). The previous database is in backups/${r.keptAside}.` }));
    },
  }),
  defineCommand({
    name: 'verify',
    group: 'settings',
    summary: { nl: 'integriteitscontrole en aantallen rijen per tabel', en: 'integrity check and row counts per table' },
    example: 'verify --json',
    options: {},
    output: z.object({ integrity: z.string(), schemaVersion: z.number(), counts: z.record(z.string(), z.number()) }),
    async run({ ctx }) {
      const result = await call(ctx, 'verifyDatabase', {});
      if (result.integrity !== 'ok') throw new AppError('database', `De integriteitscontrole faalt: ${result.integrity}`);
      return result;
    },
    text(r, out) {
      out.line(`${tr(out.lang, { nl: 'Integriteit', en: 'Integrity' })}: ${r.integrity}  ·  schema ${r.schemaVersion}`);
      for (const [name, n] of Object.entries(r.counts)) out.line(`  ${name.padEnd(28)} ${n}`);
    },
  }),
];
