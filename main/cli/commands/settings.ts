import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../api/envelope';
import { PROFILE_ROLE_LABELS, PROFILE_ROLES } from '../../domain/people';
import { backupTo, restoreFrom } from '../../services/backup';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { outOption } from '../options';
import { writtenFileShape } from '../shapes';
import { defineCommand } from '../spec';
import { withProgress } from './report';

const settingsShape = z.object({
  profile: z.object({ name: z.string(), role: z.enum(PROFILE_ROLES) }).nullable(),
  profileName: z.string(),
  profileRole: z.enum(PROFILE_ROLES).nullable(),
  retention: z.object({ days: z.number(), expired: z.number(), bytes: z.number() }),
});

async function settingsOf(ctx: Parameters<typeof call>[0]) {
  const [settings, retention] = await Promise.all([call(ctx, 'getSettings', {}), call(ctx, 'getRetention', {})]);
  return { ...settings, retention };
}

function printSettings(r: z.infer<typeof settingsShape>, out: { line(t?: string): void; lang: 'nl' | 'en' }) {
  const who = r.profile ? `${r.profile.name} (${PROFILE_ROLE_LABELS[r.profile.role][out.lang]})` : null;
  out.line(
    tr(out.lang, {
      nl: who ? `Profiel: ${who}; wijzigingen staan op die naam.` : 'Profiel: niet ingesteld. Stel het eerst in: profile --name "NAAM" --role ROL; zonder profiel wordt niets vastgelegd.',
      en: who ? `Profile: ${who}; changes are recorded under that name.` : 'Profile: not set. Set it first: profile --name "NAME" --role ROLE; without a profile nothing is recorded.',
    }),
  );
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
    summary: { nl: 'stelt in wie er werkt: naam en rol, auteur van elke wijziging en in het verslag', en: 'sets who is working: name and role, author of every change and in the report' },
    example: 'profile --name "An Peeters" --role hoofdinspecteur',
    options: {
      name: { type: 'string', required: true, placeholder: 'NAAM', description: { nl: 'uw naam zoals in het verslag', en: 'your name as in the report' } },
      role: { type: 'enum', values: PROFILE_ROLES, description: { nl: 'uw rol (standaard inspecteur)', en: 'your role (default inspecteur)' } },
    },
    output: settingsShape,
    async run({ ctx }, o) {
      await call(ctx, 'saveProfile', { profileName: o.name, role: o.role ?? 'inspecteur' });
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
