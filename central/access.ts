import type { Principal } from './accounts';

/**
 * Who may read which rows: one SQL condition per role, used by every read of
 * the shared record, so no query can forget it. `$1` is the user's id.
 * An inspector or lead sees the inspections of their teams; a task-force
 * member the referrals assigned to them (see below), with the shell of the
 * inspection the referral needs; staff and administrators no working rows
 * at all (staff see the monitoring, computed centrally).
 */
/**
 * A task-force member's referrals: those assigned to them by name, and those
 * of the schools they follow that nobody is assigned to yet (so a new
 * referral reaches someone who can take it up). An assigned referral is its
 * member's alone: another member following the school no longer gets it.
 */
const referralsOfMember = (columns: string) => `SELECT ${columns} FROM referrals r JOIN users u ON u.id = $1
  WHERE (r.assigned_member <> '' AND lower(r.assigned_member) = lower(u.name))
     OR (r.assigned_member = '' AND EXISTS (SELECT 1 FROM taskforce_schools s WHERE s.user_id = $1 AND s.instellingsnummer = r.instellingsnummer))`;

const followedReferrals = referralsOfMember('r.id');

const followedReferralsWithInspection = referralsOfMember('r.id, r.inspection_id');

export function visibleInspections(principal: Principal): string {
  switch (principal.role) {
    case 'inspector':
    case 'lead':
      return 'SELECT i.id FROM inspections i JOIN team_members m ON m.team_id = i.team_id WHERE m.user_id = $1';
    case 'taskforce':
      return `SELECT r.inspection_id FROM referrals r WHERE r.id IN (${followedReferrals})`;
    default:
      // $1 stays in the text so that every query keeps the same parameters.
      return 'SELECT NULL::text WHERE $1::bigint IS NULL AND false';
  }
}

export function visibleEntries(principal: Principal, alias = 'e'): string {
  switch (principal.role) {
    case 'inspector':
    case 'lead':
      return `${alias}.inspection_id IN (${visibleInspections(principal)})`;
    case 'taskforce':
      // The referral and its inspection both: a plan entry pushed under another inspection with a borrowed referral id stays invisible.
      return `((${alias}.part = 'plan' AND (${alias}.referral_id, ${alias}.inspection_id) IN (${followedReferralsWithInspection}))
           OR (${alias}.part = 'shell' AND ${alias}.inspection_id IN (${visibleInspections(principal)})))`;
    default:
      return '($1::bigint IS NULL AND false)';
  }
}

/** Whether the account writes whole inspections (its team's), only task-force plans of followed schools, or nothing. */
export function writeScope(principal: Principal): 'team' | 'plan' | 'none' {
  if (principal.role === 'inspector' || principal.role === 'lead') return 'team';
  if (principal.role === 'taskforce') return 'plan';
  return 'none';
}

export const FOLLOWED_REFERRALS = followedReferrals;
