import type { SqlExecutor } from '../db/connection';
import { listVisitAttachments } from '../db/repositories/attachments';
import { type BoardContactRecord, listBoardContacts } from '../db/repositories/board-contacts';
import { listEntityChanges } from '../db/repositories/changes';
import type * as repo from '../db/repositories/taskforce';

/** One earlier or current version of a board contact, from the audit trail. */
export interface BoardContactVersion {
  at: string;
  by: string;
  record: BoardContactRecord;
}

/** The visit records of a referral as the plan page and the progress report show them. */
export async function visitRecordsOf(db: SqlExecutor, referral: repo.ReferralRecord, liveVisitIds: ReadonlySet<string>) {
  const [attachments, contacts, changes] = await Promise.all([
    listVisitAttachments(db, referral.id),
    listBoardContacts(db, referral.id, true),
    listEntityChanges(db, referral.inspectionId, 'board_contact'),
  ]);
  // A removed visit takes its attachments out of sight with it; restoring the visit brings them back.
  const ofLiveVisit = attachments.filter((a) => liveVisitIds.has(a.visitId));
  const history = new Map<string, BoardContactVersion[]>();
  for (const row of changes) {
    if (row.field !== 'record' || row.newValue === null) continue;
    const versions = history.get(row.entityId) ?? [];
    versions.push({ at: row.at, by: row.actor, record: JSON.parse(row.newValue) as BoardContactRecord });
    history.set(row.entityId, versions);
  }
  const withHistory = contacts.map((c) => ({ ...c, versions: history.get(c.id) ?? [] }));
  return {
    attachments: ofLiveVisit.filter((a) => !a.removedAt),
    removedAttachments: ofLiveVisit.filter((a) => a.removedAt),
    contacts: withHistory.filter((c) => !c.removedAt),
    removedContacts: withHistory.filter((c) => c.removedAt),
  };
}

