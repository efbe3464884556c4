/**
 * Who a piece of evidence comes from, as a role: the record never holds a
 * pupil's (or anyone's) name.
 */
export const EVIDENCE_ROLES = [
  'pupils',
  'pupil_council',
  'teacher',
  'leadership',
  'behaviour_expert',
  'care_coordinator',
  'clb',
  'parents',
  'board',
  'other_staff',
  'inspector',
] as const;
export type EvidenceRole = (typeof EVIDENCE_ROLES)[number];

/** Attachments travel as base64 through the contract; this keeps a laptop's record and the IPC message reasonable. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
