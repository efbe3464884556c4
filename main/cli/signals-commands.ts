import { formatSignalNumber } from '../domain/signals';
import { call, type Command, json, requireFlag } from './command-kit';
import { table } from './format';

const MEASURE_LABELS = {
  preventiveSuspensions: 'Preventieve schorsingen',
  temporaryExclusions: 'Tijdelijke uitsluitingen',
  definitiveExclusions: 'Definitieve uitsluitingen',
  excludedNotReenrolled: '  waarvan niet elders ingeschreven',
} as const;

const SEVERITY_LABELS = { none: 'geen', attention: 'aandacht', severe: 'ernstig' } as const;

const num = (v: number | null) => (v === null ? '–' : formatSignalNumber(v));

/** overview and signals: the Flanders-wide view and one school's signals from the command line. */
export const signalCommands: Record<string, Command> = {
  overview: {
    usage: 'overview [--schooljaar 2023-2024] [--json]',
    summary: 'Vlaamse totalen en aantallen per 100 leerlingen per niveau, en de scholen met de sterkste signalen',
    async run(ctx, flags, print) {
      const schoolYear = typeof flags.schooljaar === 'string' ? flags.schooljaar : undefined;
      const overview = await call(ctx, 'getOverview', { schoolYear });
      const year = overview.totals.filter((t) => t.schoolYear === overview.schoolYear);
      if (flags.json) {
        // The plan's three evaluation indicators (§ 6), without the charts' SVG.
        const evaluation = { ...overview.evaluation, indicators: overview.evaluation.indicators.map(({ chart: _chart, ...indicator }) => indicator) };
        return print(json({ schoolYear: overview.schoolYear, levels: year, severityCounts: overview.severityCounts, strongest: overview.strongest, evaluation }));
      }
      if (!overview.schoolYear) return print('Geen cijfers.');
      print(`Vlaanderen, schooljaar ${overview.schoolYear}`);
      for (const level of year) {
        print('');
        print(`${level.level === 'basis' ? 'Basisonderwijs' : 'Secundair onderwijs'}: ${formatSignalNumber(level.schools)} scholen, ${formatSignalNumber(level.pupils)} leerlingen`);
        print(
          table(
            ['Maatregel', 'Aantal', 'Per 100 leerlingen', 'Mediaan school', 'P25–P75 school'],
            Object.entries(MEASURE_LABELS).map(([key, label]) => {
              const k = key as keyof typeof MEASURE_LABELS;
              const d = level.distribution[k];
              return [label, formatSignalNumber(level.totals[k]), num(level.rates[k]), d ? num(d.median) : '–', d ? `${num(d.p25)}–${num(d.p75)}` : '–'];
            }),
          ),
        );
      }
      const c = overview.severityCounts;
      print('');
      print(`Signalen: ${c.severe} scholen ernstig, ${c.attention} aandacht, ${c.none} geen.`);
    },
  },
  signals: {
    usage: 'signals --school INSTELLINGSNUMMER [--json]',
    summary: 'risicosignalen van één school tegenover vergelijkbare scholen (laatste schooljaar)',
    async run(ctx, flags, print) {
      const result = await call(ctx, 'getSchoolSignals', { instellingsnummer: requireFlag(flags, 'school') });
      if (flags.json) return print(json(result));
      const latest = result.years[result.years.length - 1];
      print(`${result.school.name} (${result.school.instellingsnummer}), ${result.school.level} ${result.school.form}`);
      if (!latest) return print('Geen cijfers voor deze school.');
      print(`Schooljaar ${latest.schoolYear}: ${latest.flagged} signalen (hoogste: ${SEVERITY_LABELS[latest.maxSeverity]})`);
      print(
        table(
          ['Signaal', 'Waarde', 'Mediaan', 'Percentiel', 'Ernst', 'Actie'],
          latest.signals.map((s) => [s.id, num(s.value), num(s.peerMedian), num(s.percentile), SEVERITY_LABELS[s.severity], s.action === null ? '' : String(s.action)]),
        ),
      );
      for (const s of latest.signals.filter((x) => x.severity !== 'none')) print(`- ${s.explanation}`);
    },
  },
};
