import { randomUUID } from 'node:crypto';
import { AppError } from '../api/envelope';
import type { ValidatedInput } from '../api/contract';
import { insertVisitAttachment, type VisitAttachmentRecord } from '../db/repositories/attachments';
import { type BoardContactRecord, listBoardContacts, upsertBoardContact } from '../db/repositories/board-contacts';
import * as repo from '../db/repositories/taskforce';
import { prepareAttachment, storeAttachmentFile } from './evidence';
import { auditRecord, by, change, requireReferral } from './taskforce';
import type { ServiceContext } from './context';
import type { HandlerMap } from './handler-types';

/**
 * Visit records of a task-force trajectory: files and photos with a visit
 * (the evidence attachments' store: hashed, size-bounded, Exif stripped) and
 * the contact log with the school board. Both change through the plan's
 * write path (services/taskforce.ts `change`), so they are audited with a
 * person as author and refused once the trajectory is closed.
 */

export async function addVisitAttachment(ctx: ServiceContext, input: ValidatedInput<'addVisitAttachment'>) {
  const file = prepareAttachment(input.fileName, input.base64);
  return change(ctx, input.referralId, async (w, referral) => {
    const visit = (await repo.listVisits(w.tx, referral.id)).find((v) => v.id === input.visitId);
    if (!visit) throw new AppError('not_found', `Geen bezoek met id ${input.visitId} in deze doorverwijzing`, 'visitId');
    storeAttachmentFile(ctx, file);
    const record: VisitAttachmentRecord = {
      id: randomUUID(),
      visitId: visit.id,
      fileName: input.fileName,
      storedName: file.storedName,
      mimeType: input.mimeType,
      bytes: file.bytes.length,
      sha256: file.sha256,
      createdAt: w.at,
      createdBy: w.author.name,
      removedAt: null,
    };
    await insertVisitAttachment(w.tx, record);
    await w.audit([{ entity: 'visit_attachment', entityId: record.id, field: 'added', oldValue: null, newValue: `${record.fileName} (${record.sha256})` }]);
  });
}

/** Logs a contact with the board, or corrects one; the audit trail keeps every version. */
export async function saveBoardContact(ctx: ServiceContext, input: ValidatedInput<'saveBoardContact'>) {
  const referral = await requireReferral(ctx, input.referralId);
  const { referralId, id, ...fields } = input;
  const existing = id ? (await listBoardContacts(ctx.db, referral.id, true)).find((c) => c.id === id) : undefined;
  if (id && !existing) throw new AppError('not_found', `Geen contact met het bestuur met id ${id}`, 'id');
  return change(ctx, referralId, async (w) => {
    const contact: BoardContactRecord = { id: id ?? randomUUID(), ...fields };
    await upsertBoardContact(w.tx, referralId, contact, by(w));
    const before = existing && { id: existing.id, date: existing.date, people: existing.people, channel: existing.channel, summary: existing.summary, agreements: existing.agreements };
    await auditRecord(w, 'board_contact', contact.id, before, contact);
  });
}

export const visitRecordHandlers = {
  addVisitAttachment,
  saveBoardContact,
} satisfies HandlerMap<'addVisitAttachment' | 'saveBoardContact'>;
