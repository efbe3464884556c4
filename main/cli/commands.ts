import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OperationName } from '../api/contract';
import { AppError } from '../api/envelope';
import type { OperationResult } from '../api/types';
import { dispatch } from '../host/dispatch';
import type { ServiceContext } from '../services/context';
import { backupCommands } from '../services/backup-cli';
import { seedDemo, seedDemoIfEmpty } from '../services/demo';
import { produceReport } from '../services/reports';
import { importCommands } from '../import/cli-command';
import { adviceCommands } from './advice-commands';
import { signalCommands } from './signals-commands';
import { table } from './format';

export type Flags = Record<string, string | boolean | undefined>;

export interface Command {
  usage: string;
  summary: string;
  run(ctx: ServiceContext, flags: Flags, print: (text: string) => void): Promise<void>;
}

/** Calls an operation through the same validation as the UI, and throws its error envelope. */
async function call<K extends OperationName>(ctx: ServiceContext, name: K, input: unknown): Promise<OperationResult<K>> {
  const envelope = await dispatch(ctx, name, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.field);
  return envelope.value as OperationResult<K>;
}

function requireFlag(flags: Flags, name: string): string {
  const value = flags[name];
  if (typeof value !== 'string' || value === '') throw new AppError('invalid_input', `--${name} ontbreekt`, name);
  return value;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

export const commands: Record<string, Command> = {
  ...backupCommands,
  ...adviceCommands,
  ...signalCommands,
  ...importCommands,
  'seed-demo': {
    usage: 'seed-demo',
    summary: 'schrijft de demodataset (deterministisch; opnieuw uitvoeren verandert niets); een lege database krijgt ook voorbeeldinspecties',
    async run(ctx, _flags, print) {
      const fresh = await seedDemoIfEmpty(ctx);
      const result = fresh ?? (await seedDemo(ctx));
      print(`Demodataset geschreven: ${result.schools} scholen, ${result.figures} rijen schooljaarcijfers${fresh ? `, ${fresh.inspections} voorbeeldinspecties` : ''}.`);
    },
  },
  schools: {
    usage: 'schools [--search TEXT] [--json]',
    summary: 'lijst van scholen, zoeken op naam, nummer of gemeente',
    async run(ctx, flags, print) {
      const search = typeof flags.search === 'string' ? flags.search : undefined;
      const schools = await call(ctx, 'listSchools', { search, limit: 10_000 });
      if (flags.json) return print(json(schools));
      print(table(['Nummer', 'Naam', 'Niveau', 'Vorm', 'Gemeente', 'Leerlingen'], schools.map((s) => [s.instellingsnummer, s.name, s.level, s.form, s.municipality, String(s.latestPupils ?? '')])));
      print(`${schools.length} scholen`);
    },
  },
  inspections: {
    usage: 'inspections [--json]',
    summary: 'lijst van inspecties',
    async run(ctx, flags, print) {
      const inspections = await call(ctx, 'listInspections', {});
      if (flags.json) return print(json(inspections));
      print(table(['Id', 'School', 'Soort', 'Status', 'Start'], inspections.map((i) => [i.id, i.schoolName, i.type, i.status, i.startDate])));
    },
  },
  'create-inspection': {
    usage: 'create-inspection --school INSTELLINGSNUMMER [--type full|unannounced|reinspection_2b|taskforce_followup] [--start JJJJ-MM-DD] [--json]',
    summary: 'opent een nieuwe inspectie',
    async run(ctx, flags, print) {
      const inspection = await call(ctx, 'createInspection', {
        instellingsnummer: requireFlag(flags, 'school'),
        type: typeof flags.type === 'string' ? flags.type : 'full',
        startDate: typeof flags.start === 'string' ? flags.start : undefined,
      });
      print(flags.json ? json(inspection) : `Inspectie ${inspection.id} geopend voor ${inspection.schoolName}.`);
    },
  },
  rate: {
    usage: 'rate --inspection ID --indicator ID --level beneden|benadert|volgens|overstijgt --motivation TEXT',
    summary: 'beoordeelt één indicator',
    async run(ctx, flags, print) {
      await call(ctx, 'saveRating', {
        inspectionId: requireFlag(flags, 'inspection'),
        indicatorId: requireFlag(flags, 'indicator'),
        level: requireFlag(flags, 'level'),
        motivation: typeof flags.motivation === 'string' ? flags.motivation : '',
      });
      print('Beoordeling opgeslagen.');
    },
  },
  report: {
    usage: 'report --inspection ID --format docx|pdf --out FILE',
    summary: 'schrijft het inspectieverslag naar Word of PDF',
    async run(ctx, flags, print) {
      const inspectionId = requireFlag(flags, 'inspection');
      const format = requireFlag(flags, 'format');
      if (format !== 'docx' && format !== 'pdf') throw new AppError('invalid_input', `--format moet docx of pdf zijn, niet "${format}"`, 'format');
      const out = resolve(requireFlag(flags, 'out'));
      await call(ctx, 'getInspection', { id: inspectionId });
      const report = await produceReport(ctx, inspectionId, format);
      writeFileSync(out, report.bytes);
      print(`${out} geschreven (versie ${report.version}, ${report.bytes.length} bytes, SHA-256 ${report.sha256}).`);
    },
  },
};
