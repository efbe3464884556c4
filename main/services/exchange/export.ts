import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../api/envelope';
import { getStoredFramework } from '../../db/repositories/frameworks';
import { getSchool } from '../../db/repositories/schools';
import { appendExchangeLog } from '../../db/repositories/sync';
import { ATTACHMENT_ENTITIES, SYNC_TABLES, type SyncTable } from '../../db/repositories/sync-tables';
import type { SqlExecutor } from '../../db/connection';
import type { InspectionRecord as Inspection } from '../../db/repositories/inspections';
import { getReferral } from '../../db/repositories/taskforce';
import { PACKAGE_SCHEMA_VERSION, type PartSource, writePackage } from '../../exchange/container';
import { currentVersion, isRemoved } from '../../domain/exchange/revisions';
import type { ServiceContext } from '../context';
import { ATTACHMENTS_DIR } from '../evidence';
import { requireInspection } from '../inspections';
import { currentActor } from '../settings';
import { APP_VERSION } from '../app-info';
import { STORED_NAME } from './attachments';
import { fileNamePart } from '../file-names';
import { exchangeDir } from './files';
import type { PackagePayload } from './payload';
import { snapshotInspection } from './snapshot';
import { dropStaleExchangeFiles } from './transfer';

/**
 * What this workbench has of one inspection, as versions, with local edits
 * recorded first (inside the caller's transaction): the records of a package
 * and of a sync alike.
 */
export async function payloadOf(tx: SqlExecutor, inspection: Inspection, kind: 'inspection' | 'referral', referralId: string | null, tables: readonly SyncTable[]): Promise<PackagePayload> {
  const local = await snapshotInspection(tx, inspection.id, tables);
  const school = await getSchool(tx, inspection.instellingsnummer);
  const framework = await getStoredFramework(tx, inspection.frameworkId, inspection.frameworkVersion);
  if (!school || !framework) throw new AppError('conflict', 'De school of het referentiekader van deze inspectie ontbreekt in deze werkbank.');
  const entries = [...local.values()].map((e) => ({ entity: e.table.entity, id: e.entityId, heads: e.state.heads }));
  return { schemaVersion: PACKAGE_SCHEMA_VERSION, kind, inspectionId: inspection.id, referralId, inspectionStatus: inspection.status, school: { ...school }, framework, entries };
}

export interface ExportRequest {
  inspectionId?: string;
  referralId?: string;
  passphrase?: string;
}

async function subjectOf(ctx: ServiceContext, request: ExportRequest) {
  const subject = await findSubject(ctx, request);
  // Demo data never leaves this workbench (domain/demo.ts): on a colleague's laptop it would arrive unmarked, as if real.
  if (subject.inspection.demo) {
    throw new AppError('conflict', 'Dit is een voorbeeldinspectie uit de demogegevens; demogegevens verlaten deze werkbank niet. Maak een pakket van een eigen inspectie.', request.referralId ? 'referralId' : 'inspectionId');
  }
  return subject;
}

async function findSubject(ctx: ServiceContext, request: ExportRequest) {
  if (request.referralId) {
    const referral = await getReferral(ctx.db, request.referralId);
    if (!referral) throw new AppError('not_found', `Geen begeleidingstraject met id ${request.referralId}`, 'referralId');
    return { kind: 'referral' as const, referralId: referral.id, inspection: await requireInspection(ctx, referral.inspectionId, 'referralId') };
  }
  if (!request.inspectionId) throw new AppError('invalid_input', 'Kies een inspectie of een begeleidingstraject.', 'inspectionId');
  return { kind: 'inspection' as const, referralId: null, inspection: await requireInspection(ctx, request.inspectionId, 'inspectionId') };
}

/**
 * Writes an inspection (or a task-force referral with its inspection shell)
 * as one package in the data folder's exchange/outgoing, recording local
 * edits as versions first so that the package says exactly what this
 * workbench has. The file is then read out in chunks (readPackageChunk).
 */
export async function exportPackage(ctx: ServiceContext, request: ExportRequest) {
  const { kind, referralId, inspection } = await subjectOf(ctx, request);
  const actor = await currentActor(ctx);
  const now = ctx.now().toISOString();
  const tables = kind === 'referral' ? SYNC_TABLES.filter((t) => t.referral !== null) : SYNC_TABLES;
  const payload = await ctx.db.transaction((tx) => payloadOf(tx, inspection, kind, referralId, tables));

  const attachmentParts = new Map<string, PartSource>();
  const missing: string[] = [];
  for (const entry of payload.entries) {
    if (!ATTACHMENT_ENTITIES.has(entry.entity)) continue;
    const record = currentVersion({ metaColumns: [] }, entry).record;
    if (isRemoved(record) || STORED_NAME.exec(String(record.stored_name))?.[1] !== record.sha256) continue;
    const path = join(ctx.dataDir, ATTACHMENTS_DIR, String(record.stored_name));
    if (existsSync(path)) attachmentParts.set(String(record.sha256), { name: `attachments/${record.sha256}`, path });
    else missing.push(String(record.file_name));
  }

  dropStaleExchangeFiles(ctx);
  const packageId = randomUUID();
  const fileName = `doorlicht-${fileNamePart(inspection.schoolName, 40)}-${now.slice(0, 10)}-${fileNamePart(actor, 40)}.dlpkg`.toLowerCase();
  const file = join(exchangeDir(ctx, 'outgoing'), `${packageId}.dlpkg`);
  const written = await writePackage(
    file,
    { packageId, kind, subjectId: referralId ?? inspection.id, createdAt: now, createdBy: actor, appVersion: APP_VERSION },
    [{ name: 'records.json', data: Buffer.from(JSON.stringify(payload)) }, ...attachmentParts.values()],
    { passphrase: request.passphrase },
  );
  await ctx.db.transaction((tx) =>
    appendExchangeLog(tx, {
      direction: 'export', packageId, kind, inspectionId: inspection.id, fileName, sha256: written.sha256, bytes: written.bytes,
      encrypted: Boolean(request.passphrase), packageAuthor: actor, packageCreatedAt: now, added: 0, updated: 0, same: 0, conflicts: 0, at: now, actor,
    }),
  );
  return {
    packageId,
    fileName,
    bytes: written.bytes,
    sha256: written.sha256,
    encrypted: Boolean(request.passphrase),
    entries: payload.entries.length,
    attachments: attachmentParts.size,
    /** Attachments whose file is no longer in the data folder (removed after the retention period): their records travel, their files cannot. */
    missingAttachments: missing,
  };
}
