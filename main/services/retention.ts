import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidatedInput } from '../api/contract';
import { randomUUID } from 'node:crypto';
import { appendChange } from '../db/repositories/changes';
import { currentAuthor } from './settings';
import { listExpiredAttachments, removeAttachment, storedNamesInUse } from '../db/repositories/attachments';
import { getSetting, putSetting } from '../db/repositories/settings';
import type { ServiceContext } from './context';
import { ATTACHMENTS_DIR } from './evidence';
import type { HandlerMap } from './handler-types';

const RETENTION_KEY = 'attachment_retention_days';
export const DEFAULT_RETENTION_DAYS = 365;

function cutoff(ctx: ServiceContext, days: number): string {
  return new Date(ctx.now().getTime() - days * 86_400_000).toISOString();
}

/** The retention period and what it would remove now: attachments of final inspections unchanged for longer. */
export async function getRetention(ctx: ServiceContext) {
  const days = Number((await getSetting(ctx.db, RETENTION_KEY)) ?? DEFAULT_RETENTION_DAYS);
  const expired = await listExpiredAttachments(ctx.db, cutoff(ctx, days));
  return { days, expired: expired.length, bytes: expired.reduce((sum, a) => sum + a.bytes, 0) };
}

export async function setRetention(ctx: ServiceContext, input: ValidatedInput<'setRetention'>) {
  await ctx.db.transaction((tx) => putSetting(tx, RETENTION_KEY, String(input.days), ctx.now().toISOString()));
  return getRetention(ctx);
}

/**
 * Removes the attachments past the retention period, after the user
 * confirmed the count they were shown (a changed count is refused, so nothing
 * unexpected goes). Rows go in one transaction; a file goes only when no
 * other attachment still shares its content.
 */
export async function purgeExpiredAttachments(ctx: ServiceContext, input: ValidatedInput<'purgeExpiredAttachments'>) {
  const { days } = await getRetention(ctx);
  const expired = await listExpiredAttachments(ctx.db, cutoff(ctx, days));
  if (expired.length !== input.expectedCount) {
    return { removed: 0, bytes: 0, changed: true as const, expired: expired.length };
  }
  const at = ctx.now().toISOString();
  const author = await currentAuthor(ctx);
  await ctx.db.transaction(async (tx) => {
    for (const a of expired) {
      const owner = await tx.get<{ inspectionId: string }>('SELECT inspection_id AS inspectionId FROM evidence WHERE id = ?', [a.evidenceId]);
      await removeAttachment(tx, a.id);
      await appendChange(tx, owner!.inspectionId, randomUUID(), [{ at, actor: author.name, entity: 'attachment', entityId: a.id, field: 'retention', oldValue: a.fileName, newValue: null }], { role: author.role });
    }
  });
  const inUse = await storedNamesInUse(ctx.db);
  for (const name of new Set(expired.map((a) => a.storedName))) {
    if (!inUse.has(name)) rmSync(join(ctx.dataDir, ATTACHMENTS_DIR, name), { force: true });
  }
  return { removed: expired.length, bytes: expired.reduce((sum, a) => sum + a.bytes, 0), changed: false as const, expired: 0 };
}

export const retentionHandlers = {
  getRetention: (ctx) => getRetention(ctx),
  setRetention,
  purgeExpiredAttachments,
} satisfies HandlerMap<'getRetention' | 'setRetention' | 'purgeExpiredAttachments'>;
