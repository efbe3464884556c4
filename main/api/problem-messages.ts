import type { Problem, ProblemParams } from '../domain/problems';

/**
 * The words for every rule's problem code, in Dutch (the language of record)
 * and English. The domain answers codes; the services put the Dutch text in
 * the error envelope, the renderer and the CLI word the code in the user's
 * language. A test checks that every code the rules can answer is here, with
 * the same placeholders in both languages.
 */
type Words = { nl: string; en: string };

export const PROBLEM_MESSAGES = {
  profile_required: {
    nl: 'Wie werkt er? Vul eerst uw naam en rol in (Instellingen → Profiel, of op de opdrachtregel: profile --name "NAAM" --role ROL); elke wijziging draagt de naam van een persoon.',
    en: 'Who is working? Enter your name and role first (Settings → Profile, or on the command line: profile --name "NAME" --role ROLE); every change carries the name of a person.',
  },
  inspection_final: {
    nl: 'Het verslag is definitief: er kan niets meer gewijzigd worden. Heropen de inspectie met een reden om iets aan te passen.',
    en: 'The report is final: nothing can change any more. Reopen the inspection with a reason to change something.',
  },
  advice_locked: {
    nl: 'Het verslag is definitief: het advies ligt vast. Heropen de inspectie met een reden om het te wijzigen.',
    en: 'The report is final: the advice is locked. Reopen the inspection with a reason to change it.',
  },
  already_final: { nl: 'Het verslag is al definitief.', en: 'The report is already final.' },
  inspection_not_final: { nl: 'Deze inspectie is niet definitief; er is niets te heropenen.', en: 'This inspection is not final; there is nothing to reopen.' },
  shortcoming_required: {
    nl: '{indicatorId}: een beoordeling “beneden de verwachting” kan pas bewaard worden met een tekort: beschrijf wat ontbreekt.',
    en: '{indicatorId}: a rating “below expectations” can only be saved with a shortcoming: describe what is missing.',
  },
  shortcoming_needs_beneden: {
    nl: '{indicatorId}: een tekort hoort bij “beneden de verwachting”. Bij “benadert” schrijft u een ontwikkelkans, bij “volgens” of “overstijgt” een sterkte; verplaats de tekst of kies “beneden”.',
    en: '{indicatorId}: a shortcoming belongs to “below expectations”. With “approaches” write an opportunity, with “meets” or “exceeds” a strength; move the text or choose “below”.',
  },
  shortcoming_outside_focus: {
    nl: '{indicatorId} ligt buiten de focus van deze inspectie: een tekort daar telt niet mee in het advies. Neem het domein op in de focus of kies een ander niveau.',
    en: '{indicatorId} lies outside this inspection’s focus: a shortcoming there would not count in the advice. Add the domain to the focus or choose another level.',
  },
  indicator_not_in_force: {
    nl: '{indicatorId}: de actie achter deze indicator geldt pas vanaf schooljaar {from}; op {date} kan er geen tekort op vastgesteld worden.',
    en: '{indicatorId}: the action behind this indicator applies from school year {from}; on {date} no shortcoming can be recorded on it.',
  },
  deadline_without_shortcoming: {
    nl: '{indicatorId}: een termijn hoort bij een tekort (“beneden de verwachting”).',
    en: '{indicatorId}: a deadline belongs to a shortcoming (“below expectations”).',
  },
  deadline_before_start: {
    nl: '{indicatorId}: de termijn {date} ligt vóór de start van de inspectie ({start}).',
    en: '{indicatorId}: the deadline {date} lies before the start of the inspection ({start}).',
  },
  focus_hides_shortcoming: {
    nl: 'Deze focus laat {count} tekort(en) buiten het advies ({indicators}). Pas eerst die beoordelingen aan of houd hun domein in de focus.',
    en: 'This focus would leave {count} shortcoming(s) out of the advice ({indicators}). Change those ratings first or keep their domain in focus.',
  },
  unknown_domain: { nl: 'Onbekend domein in de focus: {domainId}', en: 'Unknown domain in the focus: {domainId}' },
  unknown_indicator: { nl: 'Onbekende indicator {indicatorId} in {framework}', en: 'Unknown indicator {indicatorId} in {framework}' },
  nothing_rated: {
    nl: 'Er is nog geen enkele indicator in de focus beoordeeld: een advies rust op beoordelingen.',
    en: 'No indicator in focus has been rated yet: an advice rests on ratings.',
  },
  override_needs_motivation: {
    nl: 'U kiest advies {chosen} in plaats van het voorgestelde advies {proposed}: geef een motivering.',
    en: 'You choose advice {chosen} instead of the proposed advice {proposed}: give a motivation.',
  },
  favourable_with_shortcomings: {
    nl: 'Advies {chosen} kan niet bij {count} vastgestelde tekort(en): kies 2A, 2B of 3, of pas de tekorten aan.',
    en: 'Advice {chosen} is not possible with {count} shortcoming(s): choose 2A, 2B or 3, or change the shortcomings.',
  },
  advice_needs_shortcomings: {
    nl: 'Advies {chosen} steunt op bindende tekorten, maar er is geen enkel tekort vastgesteld.',
    en: 'Advice {chosen} rests on binding shortcomings, but none has been recorded.',
  },
  guidance_not_allowed: {
    nl: 'Externe begeleiding kan enkel verplicht worden bij tekorten in klasmanagement, gedrags- of tuchtbeleid (acties 18 en 20); deze tekorten liggen daarbuiten.',
    en: 'External guidance can only be obliged for shortcomings in classroom management, behaviour or disciplinary policy (actions 18 and 20); these shortcomings lie elsewhere.',
  },
  guidance_required: {
    nl: 'Tekorten in het tuchtbeleid of de aanpak van problematisch gedrag ({indicators}) verplichten de school tot externe begeleiding (actie {action}).',
    en: 'Shortcomings in the disciplinary policy or the approach of problem behaviour ({indicators}) oblige the school to accept external guidance (action {action}).',
  },
  guidance_not_for_advice: {
    nl: 'Bij advies {chosen} wordt geen externe begeleiding verplicht.',
    en: 'Advice {chosen} does not oblige external guidance.',
  },
  open_conflicts: {
    nl: 'Er zijn nog {count} conflict(en) uit het samenvoegen open; los ze eerst op (tabblad Uitwisselen).',
    en: '{count} conflict(s) from merging are still open; resolve them first (Exchange tab).',
  },
  unrated_focus_indicators: {
    nl: '{count} indicator(en) in de focus zijn nog niet beoordeeld: {indicators}.',
    en: '{count} indicator(s) in focus are not rated yet: {indicators}.',
  },
  shortcoming_without_deadline: {
    nl: '{count} tekort(en) zonder termijn: {indicators}. Een bindend tekort heeft een datum waarop de school het moet wegwerken.',
    en: '{count} shortcoming(s) without a deadline: {indicators}. A binding shortcoming has a date by which the school must remedy it.',
  },
  no_evidence: {
    nl: 'Er is geen enkel bewijsstuk geregistreerd: een definitief verslag steunt op bronnen.',
    en: 'No evidence has been recorded: a final report rests on sources.',
  },
  advice_not_decided: { nl: 'Beslis eerst over het advies (tabblad Advies en verslag).', en: 'Decide on the advice first (Advice and report tab).' },
  advice_on_older_proposal: {
    nl: 'Het advies werd beslist op voorstel {decidedOn}; sindsdien is het voorstel {proposed}. Bevestig of wijzig het advies opnieuw.',
    en: 'The advice was decided on proposal {decidedOn}; the proposal is now {proposed}. Confirm or change the advice again.',
  },
  indicators_without_evidence: {
    nl: '{count} beoordeelde indicator(en) zonder bewijs: {indicators}.',
    en: '{count} rated indicator(s) without evidence: {indicators}.',
  },
  triangulation_open: {
    nl: '{count} indicator(en) steunen op één soort bron: {indicators}.',
    en: '{count} indicator(s) rest on one kind of source: {indicators}.',
  },
  motivation_missing: {
    nl: '{count} beoordeling(en) zonder motivering: {indicators}.',
    en: '{count} rating(s) without a motivation: {indicators}.',
  },
  motivation_repeated: {
    nl: '{count} beoordelingen hebben dezelfde motivering: {indicators}. Schrijf per indicator wat u zag.',
    en: '{count} ratings share the same motivation: {indicators}. Write per indicator what you saw.',
  },
  warnings_not_acknowledged: {
    nl: 'Er zijn {count} waarschuwing(en) op de controlelijst; bevestig dat u ze gezien hebt om het verslag definitief te maken.',
    en: 'The check list has {count} warning(s); confirm you have seen them to make the report final.',
  },
  final_package_breaks_rules: {
    nl: '{file} van {author} maakt het verslag definitief, maar samen met het werk op deze laptop voldoet het niet aan de controlelijst; er is niets samengevoegd. Vraag de hoofdinspecteur het verslag te heropenen en stuur uw werk eerst door.',
    en: '{file} from {author} makes the report final, but together with the work on this laptop it fails the check list; nothing was merged. Ask the lead inspector to reopen the report and send your work first.',
  },
  referral_needs_decision: {
    nl: 'Beslis eerst over het advies: een doorverwijzing volgt op advies 2A met begeleidingsplicht of 2B.',
    en: 'Decide on the advice first: a referral follows advice 2A with obliged guidance, or 2B.',
  },
  referral_not_for_advice: {
    nl: 'Advies {chosen} leidt niet tot een doorverwijzing naar de task force.',
    en: 'Advice {chosen} does not lead to a referral to the task force.',
  },
  referral_exists: { nl: 'Voor deze inspectie bestaat al een doorverwijzing.', en: 'A referral already exists for this inspection.' },
  referral_closed: { nl: 'Deze begeleiding is afgesloten; het plan ligt vast.', en: 'This guidance is closed; the plan is locked.' },
  trajectory_event_not_allowed: {
    nl: 'Dat kan niet in deze fase van het traject ({phase}): {event}.',
    en: 'That is not possible in this phase of the trajectory ({phase}): {event}.',
  },
  trajectory_date_before_previous: {
    nl: 'Deze beslissing kan niet vroeger gedateerd zijn dan de vorige ({date}).',
    en: 'This decision cannot be dated before the previous one ({date}).',
  },
  plan_sign_off_needs_person: { nl: 'Noteer wie het plan namens de school ondertekende.', en: 'Record who signed the plan on behalf of the school.' },
  closing_needs_motivation: { nl: 'Motiveer de eindevaluatie.', en: 'Give the reasons for the end evaluation.' },
  reopen_needs_reason: { nl: 'Geef de reden om het traject te heropenen.', en: 'Give the reason to reopen the trajectory.' },
  closing_overdue_actions: {
    nl: 'Nog {count} actie(s) over tijd: rond ze af, laat ze vallen of verzet de termijn vóór u afsluit.',
    en: '{count} action(s) still overdue: complete, drop or reschedule them before closing.',
  },
  closing_overdue_milestones: {
    nl: 'Nog {count} mijlpaal/mijlpalen over tijd: noteer wanneer ze bereikt werden of verzet ze vóór u afsluit.',
    en: '{count} milestone(s) overdue: record when they were reached or reschedule them before closing.',
  },
  closing_planned_visits: {
    nl: 'Nog {count} gepland(e) bezoek(en): houd of verwijder ze vóór u afsluit.',
    en: '{count} visit(s) still planned: hold or remove them before closing.',
  },
  closing_goals_without_progress: {
    nl: '{count} doel(en) zonder vooruitgang: bevestig dat u dit gezien hebt.',
    en: '{count} goal(s) without progress: confirm that you have seen this.',
  },
  visit_held_in_future: {
    nl: 'Een bezoek op {date} ligt nog in de toekomst: leg het vast als gepland.',
    en: 'A visit on {date} is still in the future: record it as planned.',
  },
  goal_needs_shortcoming: {
    nl: 'Koppel het doel aan minstens één tekort, of schrijf waarom niet.',
    en: 'Link the goal to at least one shortcoming, or say why not.',
  },
  planned_visit_has_no_progress: {
    nl: 'Een gepland bezoek heeft nog geen voortgang; noteer die wanneer het bezoek gehouden is.',
    en: 'A planned visit has no progress yet; record it once the visit has been held.',
  },
} satisfies Record<string, Words>;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

function fill(template: string, params: ProblemParams | undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (params && key in params ? String(params[key]) : whole));
}

/** A problem in words; an unknown code falls back to the code itself so nothing is silently lost. */
export function problemMessage(p: Problem, lang: 'nl' | 'en' = 'nl'): string {
  const words = (PROBLEM_MESSAGES as Record<string, Words>)[p.code];
  return words ? fill(words[lang], p.params) : p.code;
}
