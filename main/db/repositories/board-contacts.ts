import type { SqlExecutor } from '../connection';
import type { BoardContactChannel } from '../../domain/taskforce/plan';

/** One contact of the task force with the school board (schoolbestuur), as logged. */
export interface BoardContactRecord {
  id: string;
  date: string;
  /** Who took part: names and roles, as written. */
  people: string;
  channel: BoardContactChannel;
  summary: string;
  /** What was agreed to follow up. */
  agreements: string;
  removedAt?: string | null;
}

export interface BoardContactRow extends BoardContactRecord {
  updatedAt: string;
  updatedBy: string;
}

export function listBoardContacts(db: SqlExecutor, referralId: string, withRemoved = false): Promise<BoardContactRow[]> {
  return db.all<BoardContactRow>(
    `SELECT id, contact_date AS date, people, channel, summary, agreements, deleted_at AS removedAt, updated_at AS updatedAt, updated_by AS updatedBy
       FROM taskforce_board_contacts WHERE referral_id = ?${withRemoved ? '' : ' AND deleted_at IS NULL'} ORDER BY contact_date, id`,
    [referralId],
  );
}

export async function upsertBoardContact(tx: SqlExecutor, referralId: string, c: BoardContactRecord, by: { at: string; actor: string }): Promise<void> {
  await tx.run(
    `INSERT INTO taskforce_board_contacts (id, referral_id, contact_date, people, channel, summary, agreements, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET contact_date = excluded.contact_date, people = excluded.people, channel = excluded.channel,
       summary = excluded.summary, agreements = excluded.agreements, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    [c.id, referralId, c.date, c.people, c.channel, c.summary, c.agreements, by.at, by.actor],
  );
}
