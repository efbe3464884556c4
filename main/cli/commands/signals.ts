import { z } from 'zod';
import { formatSignalNumber } from '../../domain/signals';
import { call } from '../command-kit';
import { table } from '../format';
import { type Lang, tr } from '../i18n';
import { schoolOption } from '../options';
import { defineCommand } from '../spec';

const MEASURE_LABELS = {
  preventiveSuspensions: { nl: 'Preventieve schorsingen', en: 'Preventive suspensions' },
  temporaryExclusions: { nl: 'Tijdelijke uitsluitingen', en: 'Temporary exclusions' },
  definitiveExclusions: { nl: 'Definitieve uitsluitingen', en: 'Definitive exclusions' },
  excludedNotReenrolled: { nl: '  waarvan niet elders ingeschreven', en: '  of which not enrolled elsewhere' },
} as const;

const SEVERITY_LABELS = { none: { nl: 'geen', en: 'none' }, attention: { nl: 'aandacht', en: 'attention' }, severe: { nl: 'ernstig', en: 'severe' } } as const;

const num = (v: number | null) => (v === null ? '–' : formatSignalNumber(v));
const severity = (lang: Lang, s: keyof typeof SEVERITY_LABELS) => tr(lang, SEVERITY_LABELS[s]);

const counts = z.object({ none: z.number(), attention: z.number(), severe: z.number() });

/** overview and signals: the Flanders-wide view and one school's signals. */
export const signalCommands = [
  defineCommand({
    name: 'overview',
    group: 'record',
    summary: {
      nl: 'Vlaamse totalen en aantallen per 100 leerlingen per niveau, en de scholen met de sterkste signalen',
      en: 'Flemish totals and rates per 100 pupils per level, and the schools with the strongest signals',
    },
    example: 'overview --schooljaar 2023-2024',
    options: { schooljaar: { type: 'string', placeholder: '2023-2024', description: { nl: 'het schooljaar (anders het laatste)', en: 'the school year (else the latest)' } } },
    output: z.object({
      schoolYear: z.string().nullable(),
      levels: z.array(z.object({ level: z.string(), schoolYear: z.string(), schools: z.number(), pupils: z.number(), totals: z.record(z.string(), z.number()), rates: z.record(z.string(), z.number().nullable()) })),
      severityCounts: counts,
      strongest: z.array(z.object({ instellingsnummer: z.string(), name: z.string() })),
    }),
    async run({ ctx }, o) {
      const overview = await call(ctx, 'getOverview', { schoolYear: o.schooljaar });
      const levels = overview.totals.filter((t) => t.schoolYear === overview.schoolYear);
      return { schoolYear: overview.schoolYear, levels, severityCounts: overview.severityCounts, strongest: overview.strongest };
    },
    text(overview, out) {
      const l = out.lang;
      if (!overview.schoolYear) return out.line(tr(l, { nl: 'Geen cijfers.', en: 'No figures.' }));
      out.line(tr(l, { nl: `Vlaanderen, schooljaar ${overview.schoolYear}`, en: `Flanders, school year ${overview.schoolYear}` }));
      for (const level of overview.levels as Array<(typeof overview.levels)[number] & { distribution: Record<string, { median: number | null; p25: number | null; p75: number | null } | null> }>) {
        const name = level.level === 'basis' ? tr(l, { nl: 'Basisonderwijs', en: 'Primary education' }) : tr(l, { nl: 'Secundair onderwijs', en: 'Secondary education' });
        out.line();
        out.line(`${name}: ${formatSignalNumber(level.schools)} ${tr(l, { nl: 'scholen', en: 'schools' })}, ${formatSignalNumber(level.pupils)} ${tr(l, { nl: 'leerlingen', en: 'pupils' })}`);
        const head = l === 'nl' ? ['Maatregel', 'Aantal', 'Per 100 leerlingen', 'Mediaan school', 'P25–P75 school'] : ['Measure', 'Count', 'Per 100 pupils', 'School median', 'School P25–P75'];
        out.line(
          table(
            head,
            (Object.keys(MEASURE_LABELS) as Array<keyof typeof MEASURE_LABELS>).map((k) => {
              const d = level.distribution[k];
              return [tr(l, MEASURE_LABELS[k]), formatSignalNumber(level.totals[k]), num(level.rates[k] ?? null), d ? num(d.median) : '–', d ? `${num(d.p25)}–${num(d.p75)}` : '–'];
            }),
          ),
        );
      }
      const c = overview.severityCounts;
      out.line();
      out.line(tr(l, { nl: `Signalen: ${c.severe} scholen ernstig, ${c.attention} aandacht, ${c.none} geen.`, en: `Signals: ${c.severe} schools severe, ${c.attention} attention, ${c.none} none.` }));
    },
  }),
  defineCommand({
    name: 'signals',
    group: 'record',
    summary: { nl: 'risicosignalen van één school tegenover vergelijkbare scholen (laatste schooljaar)', en: "one school's risk signals against comparable schools (latest school year)" },
    example: 'signals --school 010555',
    options: { school: schoolOption },
    output: z.object({
      school: z.object({ instellingsnummer: z.string(), name: z.string() }),
      years: z.array(z.object({ schoolYear: z.string(), flagged: z.number(), maxSeverity: z.enum(['none', 'attention', 'severe']), signals: z.array(z.object({ id: z.string(), severity: z.enum(['none', 'attention', 'severe']) })) })),
    }),
    run: ({ ctx }, o) => call(ctx, 'getSchoolSignals', { instellingsnummer: o.school }),
    text(result, out) {
      const l = out.lang;
      const latest = result.years[result.years.length - 1];
      out.line(`${result.school.name} (${result.school.instellingsnummer}), ${result.school.level} ${result.school.form}`);
      if (!latest) return out.line(tr(l, { nl: 'Geen cijfers voor deze school.', en: 'No figures for this school.' }));
      out.line(tr(l, { nl: `Schooljaar ${latest.schoolYear}: ${latest.flagged} signalen (hoogste: ${severity(l, latest.maxSeverity)})`, en: `School year ${latest.schoolYear}: ${latest.flagged} signals (highest: ${severity(l, latest.maxSeverity)})` }));
      const head = l === 'nl' ? ['Signaal', 'Waarde', 'Mediaan', 'Percentiel', 'Ernst', 'Actie'] : ['Signal', 'Value', 'Median', 'Percentile', 'Severity', 'Action'];
      out.line(table(head, latest.signals.map((s) => [s.id, num(s.value), num(s.peerMedian), num(s.percentile), severity(l, s.severity), s.action === null ? '' : String(s.action)])));
      for (const s of latest.signals.filter((x) => x.severity !== 'none')) out.line(`- ${s.explanation}`);
    },
  }),
];
