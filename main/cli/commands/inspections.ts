import { z } from 'zod';
import { INSPECTION_TYPES } from '../../domain/inspection';
import { call } from '../command-kit';
import { table } from '../format';
import { humanDate, tr } from '../i18n';
import { inspectionOption } from '../options';
import { inspectionShape, ratingShape } from '../shapes';
import { defineCommand } from '../spec';

const STATUS = {
  preparing: { nl: 'voorbereiding', en: 'preparing' },
  on_site: { nl: 'op school', en: 'on site' },
  deciding: { nl: 'beslissing', en: 'deciding' },
  final: { nl: 'definitief', en: 'final' },
} as const;

const inspectionLine = (i: z.infer<typeof inspectionShape>, lang: 'nl' | 'en') =>
  tr(lang, {
    nl: `Inspectie ${i.id}: ${i.schoolName} (${i.instellingsnummer}), ${i.type}, ${STATUS[i.status].nl}, start ${humanDate('nl', i.startDate)}; focus: ${i.focusDomains.join(', ')}`,
    en: `Inspection ${i.id}: ${i.schoolName} (${i.instellingsnummer}), ${i.type}, ${STATUS[i.status].en}, start ${humanDate('en', i.startDate)}; focus: ${i.focusDomains.join(', ')}`,
  });

/** Preparing an inspection: open it, look at it, choose the focus. */
export const inspectionCommands = [
  defineCommand({
    name: 'inspections',
    group: 'inspection',
    summary: { nl: 'lijst van inspecties', en: 'list of inspections' },
    example: 'inspections --school 010555 --json',
    options: { school: { type: 'string', placeholder: 'INSTELLINGSNUMMER', description: { nl: 'alleen van deze school', en: 'only of this school' } } },
    output: z.array(inspectionShape),
    run: ({ ctx }, o) => call(ctx, 'listInspections', { instellingsnummer: o.school }),
    text(list, out) {
      const l = out.lang;
      const head = l === 'nl' ? ['Id', 'School', 'Soort', 'Status', 'Start'] : ['Id', 'School', 'Type', 'Status', 'Start'];
      out.line(table(head, list.map((i) => [i.id, i.schoolName, i.type, tr(l, STATUS[i.status]), humanDate(l, i.startDate)])));
    },
  }),
  defineCommand({
    name: 'create-inspection',
    group: 'inspection',
    summary: { nl: 'opent een nieuwe inspectie', en: 'opens a new inspection' },
    example: 'create-inspection --school 010555 --type full --start 2026-12-01',
    options: {
      school: { type: 'string', required: true, placeholder: 'INSTELLINGSNUMMER', description: { nl: 'de school', en: 'the school' } },
      type: { type: 'enum', values: INSPECTION_TYPES, description: { nl: 'soort inspectie (standaard full)', en: 'kind of inspection (default full)' } },
      start: { type: 'date', description: { nl: 'eerste dag (standaard vandaag)', en: 'first day (default today)' } },
      focus: { type: 'string', multiple: true, commas: true, placeholder: 'DOMEIN', description: { nl: 'domeinen in focus (herhaal of scheid met komma’s; standaard volgens de soort)', en: 'domains in focus (repeat or comma-separate; default by type)' } },
    },
    output: inspectionShape,
    run: ({ ctx }, o) => call(ctx, 'createInspection', { instellingsnummer: o.school, type: o.type ?? 'full', startDate: o.start, focusDomains: o.focus }),
    text(i, out) {
      out.line(tr(out.lang, { nl: `Inspectie ${i.id} geopend voor ${i.schoolName}.`, en: `Inspection ${i.id} opened for ${i.schoolName}.` }));
    },
  }),
  defineCommand({
    name: 'inspection',
    group: 'inspection',
    summary: { nl: 'één inspectie: gegevens, focus en beoordelingen per indicator', en: 'one inspection: details, focus and ratings per indicator' },
    example: 'inspection --inspection ID',
    options: { inspection: inspectionOption },
    output: z.object({
      inspection: inspectionShape,
      domains: z.array(z.object({ id: z.string(), title: z.string(), inFocus: z.boolean(), indicators: z.array(z.object({ id: z.string(), title: z.string() })) })),
      ratings: z.array(ratingShape),
    }),
    async run({ ctx, lang }, o) {
      const { inspection, framework, ratings } = await call(ctx, 'getInspection', { id: o.inspection });
      const domains = framework.domains.map((d) => ({
        id: d.id,
        title: d.title[lang],
        inFocus: inspection.focusDomains.includes(d.id),
        indicators: d.indicators.map((i) => ({ id: i.id, title: i.title[lang] })),
      }));
      return { inspection, domains, ratings };
    },
    text(r, out) {
      out.line(inspectionLine(r.inspection, out.lang));
      const rated = new Map(r.ratings.map((x) => [x.indicatorId, x.level]));
      for (const d of r.domains) {
        out.line(`${d.inFocus ? '*' : ' '} ${d.id} ${d.title}`);
        for (const i of d.indicators) out.line(`    ${i.id.padEnd(8)} ${(rated.get(i.id) ?? '–').padEnd(10)} ${i.title}`);
      }
      out.line(tr(out.lang, { nl: '* = in focus', en: '* = in focus' }));
    },
  }),
  defineCommand({
    name: 'focus',
    group: 'inspection',
    summary: { nl: 'kiest de domeinen in focus (beoordelingen buiten de focus blijven bewaard)', en: 'chooses the domains in focus (ratings outside it are kept)' },
    example: 'focus --inspection ID --domain classroom_management,disciplinary_policy',
    options: {
      inspection: inspectionOption,
      domain: { type: 'string', multiple: true, commas: true, required: true, placeholder: 'DOMEIN', description: { nl: 'domein-id (herhaal of scheid met komma’s)', en: 'domain id (repeat or comma-separate)' } },
    },
    output: inspectionShape,
    run: ({ ctx }, o) => call(ctx, 'setFocus', { inspectionId: o.inspection, focusDomains: o.domain }),
    text(i, out) {
      out.line(inspectionLine(i, out.lang));
    },
  }),
];
