import { FOUR_RS } from '../../domain/onsite/observations';
import { DISCIPLINARY_MEASURES, GUIDANCE_STATES } from '../../domain/onsite/samples';
import { SURVEY_QUESTIONS } from '../../domain/onsite/surveys';
import { RATING_LEVELS } from '../../domain/rating';
import { call } from '../command-kit';
import { tr } from '../i18n';
import { idOption, inspectionOption, isYes, textOption, yesNoOption } from '../options';
import { disciplinaryFileShape, observationShape, surveyTallyShape } from '../shapes';
import { defineCommand } from '../spec';

const count = (nl: string, en: string) => ({ type: 'integer', required: true, min: 0, max: 100_000, description: { nl, en } }) as const;

/** Observations, the disciplinary-file sample and survey tallies: the on-site entries besides evidence. */
export const entryCommands = [
  defineCommand({
    name: 'observation',
    group: 'onsite',
    summary: { nl: 'legt een lesobservatie vast: de vier R’s en de tijd-op-taak', en: 'records a lesson observation: the four Rs and time on task' },
    example: 'observation --inspection ID --class 3B --subject wiskunde --at 2026-11-02T09:10 --rust volgens --relatie benadert --on-task 21 --off-task 3',
    options: {
      inspection: inspectionOption,
      id: idOption,
      class: { type: 'string', required: true, placeholder: 'KLAS', description: { nl: 'de klas', en: 'the class' } },
      subject: textOption('het vak', 'the subject'),
      at: { type: 'string', required: true, placeholder: 'JJJJ-MM-DDTuu:mm', description: { nl: 'tijdstip van de observatie', en: 'time of the observation' } },
      rust: { type: 'enum', values: RATING_LEVELS, placeholder: 'NIVEAU', description: { nl: 'score voor rust', en: 'score for calm (rust)' } },
      routine: { type: 'enum', values: RATING_LEVELS, placeholder: 'NIVEAU', description: { nl: 'score voor routine', en: 'score for routine' } },
      regelmaat: { type: 'enum', values: RATING_LEVELS, placeholder: 'NIVEAU', description: { nl: 'score voor regelmaat', en: 'score for regularity (regelmaat)' } },
      relatie: { type: 'enum', values: RATING_LEVELS, placeholder: 'NIVEAU', description: { nl: 'score voor relatie', en: 'score for relationship (relatie)' } },
      'note-rust': textOption('notitie bij rust', 'note on rust'),
      'note-routine': textOption('notitie bij routine', 'note on routine'),
      'note-regelmaat': textOption('notitie bij regelmaat', 'note on regelmaat'),
      'note-relatie': textOption('notitie bij relatie', 'note on relatie'),
      'on-task': count('leerlingen taakgericht (tellingen samen)', 'pupils on task (sweeps summed)'),
      'off-task': count('leerlingen niet taakgericht', 'pupils off task'),
    },
    output: observationShape,
    run: ({ ctx }, o) => {
      const scores = Object.fromEntries(FOUR_RS.filter((r) => o[r] !== undefined).map((r) => [r, o[r]]));
      const notes = Object.fromEntries(FOUR_RS.filter((r) => o[`note-${r}`] !== undefined).map((r) => [r, o[`note-${r}`]]));
      return call(ctx, 'saveObservation', {
        inspectionId: o.inspection,
        id: o.id,
        className: o.class,
        subject: o.subject ?? '',
        observedAt: o.at,
        scores,
        notes,
        onTask: o['on-task'],
        offTask: o['off-task'],
      });
    },
    text(r, out) {
      out.line(tr(out.lang, { nl: `Observatie ${r.id} bewaard (${r.className}).`, en: `Observation ${r.id} saved (${r.className}).` }));
    },
  }),
  defineCommand({
    name: 'sample',
    group: 'onsite',
    summary: { nl: 'legt een tuchtdossier uit de steekproef vast (een kenmerk, nooit een naam)', en: 'records a disciplinary file from the sample (a label, never a name)' },
    example: 'sample --inspection ID --label D-01 --measure temporary_exclusion --date 2026-10-14 --guidance yes --hearing --class-council --clb --handover nee',
    options: {
      inspection: inspectionOption,
      id: idOption,
      label: { type: 'string', required: true, placeholder: 'KENMERK', description: { nl: 'kenmerk van het dossier (geen naam)', en: 'label of the file (no name)' } },
      measure: { type: 'enum', values: DISCIPLINARY_MEASURES, required: true, description: { nl: 'de maatregel', en: 'the measure' } },
      date: { type: 'date', required: true, description: { nl: 'datum van de maatregel', en: 'date of the measure' } },
      guidance: { type: 'enum', values: GUIDANCE_STATES, required: true, description: { nl: 'begeleidende maatregelen gedocumenteerd', en: 'guidance measures documented' } },
      hearing: { type: 'boolean', description: { nl: 'verhoor gedocumenteerd', en: 'hearing documented' } },
      'class-council': { type: 'boolean', description: { nl: 'advies klassenraad gedocumenteerd', en: 'class council advice documented' } },
      clb: { type: 'boolean', description: { nl: 'CLB betrokken', en: 'CLB involved' } },
      handover: yesNoOption('overdracht naar de nieuwe school (weglaten: niet van toepassing)', 'handover to the new school (leave out: not applicable)'),
      note: textOption('notitie', 'note'),
    },
    output: disciplinaryFileShape,
    run: ({ ctx }, o) =>
      call(ctx, 'saveDisciplinaryFile', {
        inspectionId: o.inspection,
        id: o.id,
        label: o.label,
        measure: o.measure,
        measureDate: o.date,
        guidance: o.guidance,
        hearing: o.hearing,
        classCouncil: o['class-council'],
        clb: o.clb,
        handover: isYes(o.handover) ?? null,
        note: o.note ?? '',
      }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Tuchtdossier ${r.id} (${r.label}) bewaard.`, en: `Disciplinary file ${r.id} (${r.label}) saved.` }));
    },
  }),
  defineCommand({
    name: 'survey',
    group: 'onsite',
    summary: { nl: 'legt een telling uit een bevraging vast (hoeveel akkoord van hoeveel)', en: 'records a survey tally (how many agree out of how many)' },
    example: 'survey --inspection ID --question pupils_safe_respected --group "2de graad" --agree 41 --respondents 52',
    options: {
      inspection: inspectionOption,
      id: idOption,
      question: { type: 'enum', values: SURVEY_QUESTIONS, required: true, description: { nl: 'de vraag', en: 'the question' } },
      group: { type: 'string', required: true, placeholder: 'GROEP', description: { nl: 'de bevraagde groep', en: 'the group surveyed' } },
      agree: count('aantal akkoord', 'number agreeing'),
      respondents: count('aantal antwoorden', 'number of respondents'),
    },
    output: surveyTallyShape,
    run: ({ ctx }, o) => call(ctx, 'saveSurveyTally', { inspectionId: o.inspection, id: o.id, question: o.question, groupName: o.group, agree: o.agree, respondents: o.respondents }),
    text(r, out) {
      out.line(tr(out.lang, { nl: `Bevraging ${r.id} bewaard: ${r.agree}/${r.respondents}.`, en: `Survey ${r.id} saved: ${r.agree}/${r.respondents}.` }));
    },
  }),
];

