import { ADVICE_CODES } from '../../domain/advice/catalogue';
import { RATING_LEVELS } from '../../domain/rating';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { inspectionOption, isYes, textOption, yesNoOption } from '../options';
import { adviceShape, ratingShape } from '../shapes';
import { defineCommand } from '../spec';
import { finalizeCommands, printAdvice } from './finalize';

/** Rating the indicators and deciding the advice. */
export const ratingCommands = [
  defineCommand({
    name: 'rate',
    group: 'rating',
    summary: {
      nl: 'beoordeelt één indicator met motivering en de vier teksten (sterktes, ontwikkelkansen, tekorten, aanbevelingen); weggelaten teksten blijven staan',
      en: 'rates one indicator with motivation and the four texts (strengths, development opportunities, shortcomings, recommendations); texts left out are kept',
    },
    example: 'rate --inspection ID --indicator km.1 --level beneden --motivation "…" --tekort "Geen afspraken over …" --termijn 2027-06-30 --aanbevelingen "…"',
    options: {
      inspection: inspectionOption,
      indicator: { type: 'string', required: true, placeholder: 'INDICATOR', description: { nl: 'indicator-id, bv. km.1', en: 'indicator id, e.g. km.1' } },
      level: { type: 'enum', values: RATING_LEVELS, required: true, description: { nl: 'het niveau', en: 'the level' } },
      motivation: textOption('motivering', 'motivation'),
      sterktes: textOption('sterktes (bij volgens/overstijgt)', 'strengths (with volgens/overstijgt)'),
      ontwikkelkansen: textOption('ontwikkelkansen (bij benadert)', 'development opportunities (with benadert)'),
      tekort: textOption('tekort (verplicht bij beneden, enkel bij beneden)', 'shortcoming (required with beneden, only with beneden)'),
      termijn: { type: 'date', description: { nl: 'tegen wanneer de school het tekort wegwerkt (bij beneden)', en: 'by when the school remedies the shortcoming (with beneden)' } },
      aanbevelingen: textOption('aanbevelingen', 'recommendations'),
    },
    output: ratingShape,
    async run({ ctx }, o) {
      // The contract replaces the motivation; keep the one that is there when none is given.
      const motivation = o.motivation ?? (await call(ctx, 'getInspection', { id: o.inspection })).ratings.find((r) => r.indicatorId === o.indicator)?.motivation ?? '';
      return call(ctx, 'saveRating', {
        inspectionId: o.inspection,
        indicatorId: o.indicator,
        level: o.level,
        motivation,
        strengths: o.sterktes,
        opportunities: o.ontwikkelkansen,
        shortcomings: o.tekort,
        shortcomingDeadline: o.termijn,
        recommendations: o.aanbevelingen,
      });
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `Beoordeling opgeslagen: ${r.indicatorId} ${r.level}.`, en: `Rating saved: ${r.indicatorId} ${r.level}.` }));
    },
  }),
  defineCommand({
    name: 'advice',
    group: 'rating',
    summary: { nl: 'voorstel, redenen, gekozen advies, gevolgen en data', en: 'proposal, reasons, chosen advice, consequences and dates' },
    example: 'advice --inspection ID',
    options: { inspection: inspectionOption },
    output: adviceShape,
    run: ({ ctx }, o) => call(ctx, 'getAdvice', { inspectionId: o.inspection }),
    text: printAdvice,
  }),
  defineCommand({
    name: 'decide',
    group: 'rating',
    summary: {
      nl: 'beslist over het advies: bevestigt het voorstel of kiest een ander (dan met motivering), met of zonder begeleidingsplicht',
      en: 'decides the advice: confirms the proposal or chooses another (then with a motivation), with or without obliged guidance',
    },
    example: 'decide --inspection ID --advice 2A --guidance ja --motivation "…" --report-date 2026-12-15',
    options: {
      inspection: inspectionOption,
      advice: { type: 'enum', values: ADVICE_CODES, description: { nl: 'het gekozen advies (standaard het voorstel)', en: 'the advice chosen (default the proposal)' } },
      motivation: textOption('motivering (verplicht als u afwijkt van het voorstel)', 'motivation (required when departing from the proposal)'),
      guidance: yesNoOption('externe begeleiding verplicht (standaard volgens het voorstel)', 'external guidance obliged (default by the proposal)'),
      'report-date': { type: 'date', description: { nl: 'datum van het verslag (standaard vandaag)', en: 'date of the report (default today)' } },
    },
    output: adviceShape,
    async run({ ctx }, o) {
      const current = await call(ctx, 'getAdvice', { inspectionId: o.inspection });
      return call(ctx, 'decideAdvice', {
        inspectionId: o.inspection,
        chosen: o.advice ?? current.proposal.advice,
        motivation: o.motivation ?? '',
        guidanceObliged: isYes(o.guidance) ?? current.consequences.guidanceObliged,
        reportDate: o['report-date'] ?? ctx.now().toISOString().slice(0, 10),
      });
    },
    text: printAdvice,
  }),
  ...finalizeCommands,
];
