import { backupCommands } from '../services/backup-cli';
import { seedDemo, seedDemoIfEmpty } from '../services/demo';
import { produceReport } from '../services/reports';
import { importCommands } from '../import/cli-command';
import { adviceCommands } from './advice-commands';
import { exchangeCommands } from './exchange-commands';
import { call, type Command, json, reportFormat, requireFlag, writeReport } from './command-kit';
import { signalCommands } from './signals-commands';
import { syncCommands } from './sync-commands';
import { table } from './format';

export type { Command, Flags } from './command-kit';

export const commands: Record<string, Command> = {
  ...backupCommands,
  ...adviceCommands,
  ...signalCommands,
  ...importCommands,
  ...exchangeCommands,
  ...syncCommands,
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
      const format = reportFormat(flags);
      requireFlag(flags, 'out');
      await call(ctx, 'getInspection', { id: inspectionId });
      writeReport(flags, await produceReport(ctx, inspectionId, format), print);
    },
  },
};
