/**
 * Every kind of entry in an inspection's record, once: its name in packages
 * and the audit trail, its words in Dutch and English, its fields with their
 * words and kind of value, and the fields that say what an entry is about.
 * The exchange's conflict view, the Audit tab and the CLI all word entries
 * and fields from here, so a field is never labelled twice by hand.
 */
type Words = { nl: string; en: string };
export type FieldKind = 'text' | 'level' | 'flag' | 'date' | 'list' | 'advice' | 'status' | 'json' | 'number' | 'inspection_type' | 'phase' | 'board_answer';

interface FieldSpec {
  label: Words;
  kind?: FieldKind;
}

const w = (nl: string, en: string): Words => ({ nl, en });
const f = (nl: string, en: string, kind: FieldKind = 'text'): FieldSpec => ({ label: w(nl, en), kind });

/** Fields many entries share, by the stored column name. */
const COMMON = {
  motivation: f('Motivering', 'Motivation'),
  date: f('Datum', 'Date', 'date'),
  note: f('Notitie', 'Note'),
  notes: f('Notities', 'Notes'),
  title: f('Titel', 'Title'),
  description: f('Omschrijving', 'Description'),
  status: f('Status', 'Status', 'status'),
  removed: f('Verwijderd', 'Removed'),
  restored: f('Teruggezet', 'Restored'),
};

export const ENTITIES = {
  inspection: {
    label: w('Inspectie', 'Inspection'),
    title: ['start_date'],
    fields: {
      type: f('Soort', 'Type', 'inspection_type'),
      focus_domains: f('Focusdomeinen', 'Focus domains', 'list'),
      focus: f('Focus', 'Focus', 'list'),
      start_date: f('Startdatum', 'Start date', 'date'),
      created: f('Aangemaakt', 'Created', 'inspection_type'),
      status: COMMON.status,
      reopened: f('Heropend, met als reden', 'Reopened, because'),
      warnings_acknowledged: f('Waarschuwingen gezien bij het definitief maken', 'Warnings acknowledged when made final'),
    },
  },
  rating: {
    label: w('Beoordeling', 'Rating'),
    title: ['indicator_id'],
    fields: {
      level: f('Niveau', 'Level', 'level'),
      motivation: COMMON.motivation,
      strengths: f('Sterktes', 'Strengths'),
      opportunities: f('Ontwikkelkansen', 'Development opportunities'),
      shortcomings: f('Tekorten', 'Shortcomings'),
      recommendations: f('Aanbevelingen', 'Recommendations'),
      shortcoming_deadline: f('Termijn voor het tekort', 'Deadline for the shortcoming', 'date'),
    },
  },
  evidence: {
    label: w('Bewijsstuk', 'Evidence'),
    title: ['source', 'date'],
    fields: { source: f('Bron', 'Source'), role: f('Rol', 'Role'), date: COMMON.date, note: COMMON.note, indicator_ids: f('Indicatoren', 'Indicators', 'list') },
  },
  attachment: {
    label: w('Bijlage', 'Attachment'),
    title: ['file_name'],
    fields: { file_name: f('Bestand', 'File'), added: f('Toegevoegd', 'Added'), removed: f('Verwijderd', 'Removed'), retention: f('Verwijderd na de bewaartermijn', 'Removed after the retention period') },
  },
  observation: {
    label: w('Lesobservatie', 'Lesson observation'),
    title: ['class_name', 'subject'],
    fields: {
      class_name: f('Klas', 'Class'),
      subject: f('Vak', 'Subject'),
      observed_at: f('Tijdstip', 'Time'),
      scores: f('Scores (4 R’s)', 'Scores (4 Rs)', 'json'),
      notes: COMMON.notes,
      on_task: f('Leerlingen bij de les', 'Pupils on task', 'number'),
      off_task: f('Leerlingen niet bij de les', 'Pupils off task', 'number'),
    },
  },
  disciplinary_file: {
    label: w('Tuchtdossier', 'Disciplinary file'),
    title: ['label'],
    fields: {
      label: f('Dossier', 'File'),
      measure: f('Maatregel', 'Measure'),
      measure_date: f('Datum maatregel', 'Date of measure', 'date'),
      guidance: f('Begeleiding', 'Guidance'),
      hearing: f('Gehoord', 'Heard', 'flag'),
      class_council: f('Klassenraad', 'Class council', 'flag'),
      clb: f('CLB betrokken', 'CLB involved', 'flag'),
      handover: f('Overdracht', 'Handover', 'flag'),
      note: COMMON.note,
    },
  },
  survey_tally: {
    label: w('Bevraging', 'Survey'),
    title: ['question', 'group_name'],
    fields: { question: f('Vraag', 'Question'), group_name: f('Groep', 'Group'), agree: f('Akkoord', 'Agree', 'number'), respondents: f('Respondenten', 'Respondents', 'number') },
  },
  advice: {
    label: w('Advies', 'Advice'),
    title: ['chosen'],
    fields: {
      chosen: f('Gekozen advies', 'Chosen advice', 'advice'),
      proposed: f('Voorgesteld advies', 'Proposed advice', 'advice'),
      motivation: COMMON.motivation,
      guidance_obliged: f('Begeleiding verplicht', 'Guidance obliged', 'flag'),
      report_date: f('Datum verslag', 'Report date', 'date'),
    },
  },
  referral: {
    label: w('Begeleidingstraject', 'Referral'),
    title: ['referral_date'],
    fields: {
      referral_date: f('Datum doorverwijzing', 'Referral date', 'date'),
      board_answer: f('Antwoord bestuur', 'Board’s answer', 'board_answer'),
      closing_motivation: f('Motivering afsluiting', 'Closing motivation'),
      can_continue_alone: f('Kan zelfstandig verder', 'Can go on alone', 'flag'),
      opened: f('Doorverwezen na advies', 'Referred after advice'),
      closed: f('Afgesloten', 'Closed'),
      closed_on: f('Afgesloten op', 'Closed on', 'date'),
      phase: f('Fase van het traject', 'Trajectory phase', 'phase'),
      board_answer_date: f('Datum antwoord bestuur', 'Date of the board’s answer', 'date'),
      plan_agreed_by: f('Plan ondertekend door', 'Plan signed by'),
      plan_agreed_on: f('Plan afgesproken op', 'Plan agreed on', 'date'),
      reopen_reason: f('Heropend, met als reden', 'Reopened, because'),
      assigned_member: f('Toegewezen lid van de task force', 'Assigned task-force member'),
      plan_due_on: f('Plan af te spreken tegen', 'Plan to be agreed by', 'date'),
    },
  },
  goal: {
    label: w('Doel', 'Goal'),
    title: ['title'],
    fields: { title: COMMON.title, description: COMMON.description, shortcoming_refs: f('Gekoppelde tekorten', 'Linked shortcomings', 'list'), no_shortcoming_reason: f('Waarom geen tekort', 'Why no shortcoming') },
  },
  action: {
    label: w('Actie', 'Action'),
    title: ['description'],
    fields: { description: COMMON.description, owner_role: f('Eigenaar', 'Owner'), due_date: f('Tegen', 'Due', 'date'), status: COMMON.status, school_decision: f('Beslissing van de school', 'School’s decision'),
      school_decision_on: f('Beslist op', 'Decided on', 'date'),
      school_decision_by: f('Beslist door', 'Decided by'),
    },
  },
  visit: { label: w('Bezoek', 'Visit'), title: ['visit_date'], fields: { visit_date: f('Datum bezoek', 'Visit date', 'date'), held: f('Gehouden', 'Held', 'flag'), participants: f('Deelnemers', 'Participants'), notes: COMMON.notes } },
  visit_progress: { label: w('Voortgang bij een bezoek', 'Progress at a visit'), title: [], fields: { level: f('Niveau', 'Level', 'level'), note: COMMON.note } },
  visit_attachment: {
    label: w('Bijlage bij een bezoek', 'Attachment of a visit'),
    title: ['file_name'],
    fields: { file_name: f('Bestand', 'File'), added: f('Toegevoegd', 'Added'), removed: COMMON.removed, restored: COMMON.restored, deleted_at: f('Verwijderd op', 'Removed on', 'date') },
  },
  board_contact: {
    label: w('Contact met het bestuur', 'Contact with the board'),
    title: ['contact_date', 'channel'],
    fields: {
      contact_date: f('Datum contact', 'Contact date', 'date'),
      people: f('Wie', 'Who'),
      channel: f('Kanaal', 'Channel'),
      summary: f('Samenvatting', 'Summary'),
      agreements: f('Afspraken voor de opvolging', 'Follow-up agreements'),
      deleted_at: f('Verwijderd op', 'Removed on', 'date'),
    },
  },
  decision: {
    label: w('Beslissing in het traject', 'Trajectory decision'),
    title: ['decided_on', 'event'],
    fields: {
      event: f('Beslissing', 'Decision'),
      from_phase: f('Van fase', 'From phase', 'phase'),
      to_phase: f('Naar fase', 'To phase', 'phase'),
      decided_on: f('Beslist op', 'Decided on', 'date'),
      details: f('Details', 'Details', 'json'),
      created_by_role: f('Rol', 'Role'),
    },
  },
  milestone: { label: w('Mijlpaal', 'Milestone'), title: ['title'], fields: { title: COMMON.title, due_date: f('Tegen', 'Due', 'date'), reached_on: f('Bereikt op', 'Reached on', 'date') } },
} satisfies Record<string, { label: Words; title: readonly string[]; fields: Record<string, FieldSpec> }>;

export type EntityName = keyof typeof ENTITIES;
export const ENTITY_NAMES = Object.keys(ENTITIES) as EntityName[];

/** A field's name as stored (snake_case) whatever way it was written (the audit trail writes camelCase for ratings). */
function storedName(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function isEntityName(value: string): value is EntityName {
  return Object.prototype.hasOwnProperty.call(ENTITIES, value);
}

export function entityLabel(entity: string, lang: 'nl' | 'en'): string {
  return isEntityName(entity) ? ENTITIES[entity].label[lang] : entity;
}

function fieldSpec(entity: string, field: string): FieldSpec | undefined {
  const name = storedName(field);
  const own = isEntityName(entity) ? (ENTITIES[entity].fields as Record<string, FieldSpec>)[name] : undefined;
  return own ?? (COMMON as Record<string, FieldSpec>)[name];
}

export function fieldLabel(entity: string, field: string, lang: 'nl' | 'en'): string {
  return fieldSpec(entity, field)?.label[lang] ?? field;
}

export function fieldKind(entity: string, field: string): FieldKind {
  return fieldSpec(entity, field)?.kind ?? 'text';
}

/** The fields that say what an entry is about, for lists of conflicts. */
export function titleFields(entity: string): readonly string[] {
  return isEntityName(entity) ? ENTITIES[entity].title : [];
}
