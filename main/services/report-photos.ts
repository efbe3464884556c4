import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AttachmentRecord } from '../db/repositories/attachments';
import { formatDutchDate } from '../reports/dutch-format';
import type { InspectionReportData } from '../reports/inspection-data';
import { imageSize } from '../domain/image-size';
import { stripPhotoMetadata } from '../domain/photo-metadata';
import type { ServiceContext } from './context';
import { ATTACHMENTS_DIR } from './evidence';

/** A report carries at most this many photos; the annex says how many more the record holds. */
export const REPORT_PHOTO_LIMIT = 24;

type Evidence = { id: string; source: string; date: string };

/**
 * The evidence photos for the report annex, oldest first: only files that
 * are still what was recorded (SHA-256), and readable as JPEG or PNG. Their
 * captions name the kind of source and the day, never the free-text note,
 * which the annex keeps out of a published report.
 */
export function reportPhotos(
  ctx: Pick<ServiceContext, 'dataDir'>,
  attachments: readonly AttachmentRecord[],
  evidence: readonly Evidence[],
  sourceName: (source: string) => string,
): NonNullable<InspectionReportData['photos']> {
  const byId = new Map(evidence.map((e) => [e.id, e]));
  const items: NonNullable<InspectionReportData['photos']>['items'] = [];
  let left = 0;
  let unreadable = 0;
  for (const a of attachments) {
    if (!/^image\/(jpeg|png)$/i.test(a.mimeType)) continue;
    const owner = byId.get(a.evidenceId);
    if (!owner) continue;
    if (items.length >= REPORT_PHOTO_LIMIT) {
      left++;
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(ctx.dataDir, ATTACHMENTS_DIR, a.storedName));
    } catch {
      unreadable++;
      continue;
    }
    const size = imageSize(bytes);
    if (!size || createHash('sha256').update(bytes).digest('hex') !== a.sha256) {
      unreadable++;
      continue;
    }
    const source = sourceName(owner.source);
    const day = formatDutchDate(owner.date.slice(0, 10));
    // Stored before PNG metadata was stripped on the way in? Not in the report either.
    items.push({ image: { data: Buffer.from(stripPhotoMetadata(bytes).bytes), ...size }, caption: `${source}, ${day}`, alt: `Foto bij het bewijs (${source.toLowerCase()}), genomen op ${day}.` });
  }
  return { items, left, unreadable };
}
