export const INSPECTION_TYPES = ['full', 'unannounced', 'reinspection_2b', 'taskforce_followup'] as const;
export type InspectionType = (typeof INSPECTION_TYPES)[number];

export const INSPECTION_TYPE_LABELS_NL: Record<InspectionType, string> = {
  full: 'Doorlichting',
  unannounced: 'Onaangekondigd bezoek (leer- en leefklimaat, nadruk op klasmanagement)',
  reinspection_2b: 'Nieuwe doorlichting na advies 2B',
  taskforce_followup: 'Opvolgingsbezoek task force',
};

export const INSPECTION_STATUSES = ['preparing', 'on_site', 'deciding', 'final'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

/**
 * The domains an inspection of each type looks at unless the lead inspector
 * changes them. `null` means every domain of the framework.
 */
export const DEFAULT_FOCUS: Record<InspectionType, readonly string[] | null> = {
  full: null,
  // Action 2: supervision of the "leer- en leefklimaat" during unannounced visits, classroom management first.
  unannounced: ['classroom_management', 'school_climate'],
  reinspection_2b: ['classroom_management', 'disciplinary_policy', 'anti_bullying'],
  taskforce_followup: ['classroom_management', 'disciplinary_policy'],
};

export function defaultFocus(type: InspectionType, allDomainIds: readonly string[]): string[] {
  const focus = DEFAULT_FOCUS[type];
  return focus === null ? [...allDomainIds] : focus.filter((id) => allDomainIds.includes(id));
}

/** The inspection's status follows the copy that is furthest along (preparing → on site → final); it is never a conflict. */
export function furthestStatus(statuses: Iterable<unknown>): InspectionStatus {
  let best = 0;
  for (const s of statuses) best = Math.max(best, INSPECTION_STATUSES.indexOf(s as InspectionStatus));
  return INSPECTION_STATUSES[best];
}
