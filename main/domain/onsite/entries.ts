/** The kinds of on-site entry, by the name the contract and the audit trail use. */
export const ENTRY_KINDS = ['evidence', 'observation', 'disciplinary_file', 'survey_tally'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];
