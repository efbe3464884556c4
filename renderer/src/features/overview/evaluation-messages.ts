import type { FeatureMessages } from '../../i18n/features';

/** The plan's evaluation indicators on Overzicht (namespace "evaluation"). */
export const messages = {
  nl: {
    title: 'Werkt het plan? De drie evaluatie-indicatoren (§ 6)',
    intro: 'Uit de gegevens van de werkbank: lesobservaties en bevragingen van definitieve inspecties, en de schooljaarcijfers van alle scholen.',
    indicator: 'Indicator {{n}}',
    names: {
      teaching_time: 'Meer tijd voor lesgeven: leerlingen bij de les',
      disciplinary_measures: 'Minder tuchtmaatregelen: per 100 leerlingen',
      qualified_outflow: 'Meer gekwalificeerde uitstroom (secundair)',
      feeling_safe: 'Leerlingen die zich veilig voelen',
    },
    baseline: 'Nulmeting',
    latest: 'Laatste',
    trend: 'Trend',
    trends: { better: 'beter dan de nulmeting', worse: 'slechter dan de nulmeting', same: 'gelijk aan de nulmeting', unknown: 'nog geen vergelijking (één jaar)' },
    per100: 'per 100 leerlingen',
    restsOn: {
      lessons: 'Steunt op {{units}} geobserveerde lessen in {{inspections}} inspecties ({{schools}} scholen), schooljaar {{year}}.',
      respondents: 'Steunt op {{units}} bevraagde leerlingen in {{inspections}} inspecties ({{schools}} scholen), schooljaar {{year}}.',
      pupils: 'Steunt op de cijfers van {{schools}} scholen ({{units}} leerlingen), schooljaar {{year}}.',
    },
    noData: {
      teaching_time: 'Nog geen lesobservaties in definitieve inspecties: deze indicator is nog niet gemeten.',
      disciplinary_measures: 'Nog geen schooljaarcijfers ingelezen.',
      qualified_outflow: 'Nog geen cijfers over vroegtijdig schoolverlaten ingelezen.',
      feeling_safe: 'Nog geen leerlingenbevragingen in definitieve inspecties: deze indicator is nog niet gemeten.',
    },
    notMeasured: 'Wat dit niet meet:',
    limits: {
      minutes_not_measured: 'Een telling per les van wie bij de les is, geen minuten onderwijstijd.',
      only_inspected_schools: 'Alleen scholen die een inspectie kregen; geen steekproef van Vlaanderen.',
      no_reason_or_duration: 'Niet de reden of de duur van de maatregelen, en niet of de begeleiding volgde.',
      secondary_only: 'Alleen het secundair onderwijs.',
      estimate_by_school_share: 'Geschat uit het aandeel vroegtijdige schoolverlaters per school, niet per leerling gevolgd.',
      not_a_sample: 'Wie de school bevroeg, is geen representatieve steekproef.',
    },
    asOf: 'Schooljaarcijfers tot en met {{year}}; inspecties van later tellen mee voor indicatoren 1 en 3, maar nog niet in de cijfers van indicator 2.',
  },
  en: {
    title: 'Is the plan working? The three evaluation indicators (§ 6)',
    intro: 'From the workbench’s data: classroom observations and surveys of final inspections, and every school’s school-year figures.',
    indicator: 'Indicator {{n}}',
    names: {
      teaching_time: 'More time for teaching: pupils on task',
      disciplinary_measures: 'Fewer disciplinary measures: per 100 pupils',
      qualified_outflow: 'More qualified outflow (secondary)',
      feeling_safe: 'Pupils who feel safe',
    },
    baseline: 'Baseline',
    latest: 'Latest',
    trend: 'Trend',
    trends: { better: 'better than the baseline', worse: 'worse than the baseline', same: 'the same as the baseline', unknown: 'no comparison yet (one year)' },
    per100: 'per 100 pupils',
    restsOn: {
      lessons: 'Rests on {{units}} observed lessons in {{inspections}} inspections ({{schools}} schools), school year {{year}}.',
      respondents: 'Rests on {{units}} pupils surveyed in {{inspections}} inspections ({{schools}} schools), school year {{year}}.',
      pupils: 'Rests on the figures of {{schools}} schools ({{units}} pupils), school year {{year}}.',
    },
    noData: {
      teaching_time: 'No classroom observations in final inspections yet: this indicator is not measured yet.',
      disciplinary_measures: 'No school-year figures imported yet.',
      qualified_outflow: 'No early-leaver figures imported yet.',
      feeling_safe: 'No pupil surveys in final inspections yet: this indicator is not measured yet.',
    },
    notMeasured: 'What this does not measure:',
    limits: {
      minutes_not_measured: 'A count per lesson of who is on task, not minutes of teaching time.',
      only_inspected_schools: 'Only schools that were inspected; not a sample of Flanders.',
      no_reason_or_duration: 'Not the reason or length of the measures, nor whether guidance followed.',
      secondary_only: 'Secondary education only.',
      estimate_by_school_share: 'Estimated from each school’s share of early leavers, not followed per pupil.',
      not_a_sample: 'Those the school surveyed are not a representative sample.',
    },
    asOf: 'School-year figures up to {{year}}; later inspections count for indicators 1 and 3 but not yet in indicator 2’s figures.',
  },
} satisfies FeatureMessages;
