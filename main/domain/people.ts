/**
 * Who works with Doorlicht, as the inspectorate names the roles. Every
 * recorded change carries a person's name and role from the profile, never
 * the operating-system account the program runs under.
 */
export const PROFILE_ROLES = ['inspecteur', 'hoofdinspecteur', 'taskforce', 'medewerker', 'beheerder'] as const;
export type ProfileRole = (typeof PROFILE_ROLES)[number];

export const PROFILE_ROLE_LABELS: Record<ProfileRole, { nl: string; en: string }> = {
  inspecteur: { nl: 'Inspecteur', en: 'Inspector' },
  hoofdinspecteur: { nl: 'Hoofdinspecteur (leidt het doorlichtingsteam)', en: 'Lead inspector' },
  taskforce: { nl: 'Lid van de task force', en: 'Task-force member' },
  medewerker: { nl: 'Medewerker van de inspectie', en: 'Inspectorate staff' },
  beheerder: { nl: 'Beheerder', en: 'Administrator' },
};

export interface Author {
  name: string;
  role: ProfileRole;
}

export function isProfileRole(value: unknown): value is ProfileRole {
  return typeof value === 'string' && (PROFILE_ROLES as readonly string[]).includes(value);
}

/** The role as a report names a team member ("An Peeters, hoofdinspecteur"). */
export const REPORT_ROLE_NL: Record<ProfileRole, string> = {
  inspecteur: 'inspecteur',
  hoofdinspecteur: 'hoofdinspecteur',
  taskforce: 'lid van de task force',
  medewerker: 'medewerker van de inspectie',
  beheerder: 'beheerder',
};
