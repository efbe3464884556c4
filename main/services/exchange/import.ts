import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { AppError } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { getStoredFramework, storeFramework } from '../../db/repositories/frameworks';
import { getInspection, touchInspection } from '../../db/repositories/inspections';
import { getSchool, upsertSchools } from '../../db/repositories/schools';
import { appendExchangeLog } from '../../db/repositories/sync';
import { SYNC_TABLES } from '../../db/repositories/sync-tables';
import { summarize } from '../../domain/exchange/outcome';
import type { School } from '../../domain/school';
import { type OpenedPackage, openPackage } from '../../exchange/container';
import type { ServiceContext } from '../context';
import { ATTACHMENTS_DIR } from '../evidence';
import { currentActor } from '../settings';
import { exchangeDir, fileDigest, packageProblem } from './files';
import { furthestStatus, mergeEntries } from './merge';
import { describeIssue, type PackagePayload, payloadSchema } from './payload';
import { snapshotInspection } from './snapshot';
import { checkEntries } from './validate';

const SCHOOL_FIELDS = ['instellingsnummer', 'name', 'level', 'form', 'network', 'board', 'street', 'postcode', 'municipality', 'lop'];

async function readPayload(opened: OpenedPackage, fileName: string): Promise<PackagePayload> {
  if (!opened.manifest.parts.some((p) => p.name === 'records.json')) {
    throw new AppError('invalid_input', `${fileName}: records.json ontbreekt in het pakket. Er is niets ingelezen.`, 'file');
  }
  let json: unknown;
  try {
    json = JSON.parse((await opened.readPart('records.json')).toString('utf8'));
  } catch {
    throw new AppError('invalid_input', `${fileName}: records.json is geen geldige JSON. Er is niets ingelezen.`, 'file');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_input', `${fileName}: ${describeIssue(parsed.error.issues[0])}. Er is niets ingelezen.`, 'file');
  const payload = parsed.data;
  const subject = payload.kind === 'referral' ? payload.referralId : payload.inspectionId;
  if (payload.kind !== opened.manifest.kind || subject !== opened.manifest.subjectId) {
    throw new AppError('invalid_input', `${fileName}: de inhoud past niet bij het manifest. Er is niets ingelezen.`, 'file');
  }
  return payload;
}

/** Copies the package's attachment files into the data folder (content-addressed, so harmless if the merge is refused after). */
function placeAttachments(ctx: ServiceContext, opened: OpenedPackage, payload: PackagePayload): number {
  const dir = join(ctx.dataDir, ATTACHMENTS_DIR);
  mkdirSync(dir, { recursive: true });
  const parts = new Set(opened.manifest.parts.map((p) => p.name));
  let missing = 0;
  for (const entry of payload.entries) {
    if (entry.entity !== 'attachment') continue;
    for (const { record } of entry.heads) {
      const stored = String(record.stored_name);
      const target = join(dir, basename(stored));
      if (!stored.startsWith(String(record.sha256)) || existsSync(target)) continue;
      const part = `attachments/${record.sha256}`;
      if (!parts.has(part)) {
        missing += 1;
        continue;
      }
      // The verified part already lies in the data folder: moving it is enough (copy only across devices).
      const partial = `${target}.${randomUUID()}.part`;
      try {
        renameSync(opened.partPath(part), partial);
      } catch {
        copyFileSync(opened.partPath(part), partial);
      }
      renameSync(partial, target);
    }
  }
  return missing;
}

async function ensureSchoolAndFramework(tx: SqlExecutor, payload: PackagePayload, fileName: string) {
  if (!(await getSchool(tx, String(payload.school.instellingsnummer ?? '')))) {
    const keys = Object.keys(payload.school).sort();
    if (keys.join() !== [...SCHOOL_FIELDS].sort().join()) {
      throw new AppError('invalid_input', `${fileName}: de gegevens van de school zijn onvolledig. Er is niets ingelezen.`, 'file');
    }
    try {
      await upsertSchools(tx, [payload.school as unknown as School]);
    } catch (error) {
      throw new AppError('invalid_input', `${fileName}: de school past niet (${(error as Error).message}). Er is niets ingelezen.`, 'file');
    }
  }
  const known = await getStoredFramework(tx, payload.framework.id, payload.framework.version);
  if (known && known.sha256 !== payload.framework.sha256) {
    throw new AppError('conflict', `${fileName}: referentiekader ${payload.framework.id} ${payload.framework.version} verschilt van het kader in deze werkbank. Er is niets ingelezen.`, 'file');
  }
  if (!known) await storeFramework(tx, payload.framework);
}

/**
 * Reads a package file, verifies it whole, and merges it into this
 * workbench in one transaction: a refused package changes nothing.
 */
export async function importPackageFile(ctx: ServiceContext, file: string, fileName: string, passphrase?: string) {
  const opened = await openPackage(file, { tempDir: exchangeDir(ctx, 'tmp'), passphrase }).catch(packageProblem);
  try {
    const payload = await readPayload(opened, fileName);
    const existing = await getInspection(ctx.db, payload.inspectionId);
    if (existing?.status === 'final') {
      throw new AppError('conflict', `Inspectie van ${existing.schoolName} is definitief; heropen ze eerst om ${fileName} samen te voegen.`, 'file');
    }
    const missingFiles = placeAttachments(ctx, opened, payload);
    const actor = await currentActor(ctx);
    const at = ctx.now().toISOString();
    const { manifest } = opened;
    const digest = await fileDigest(file);
    const origin = `pakket ${fileName} van ${manifest.createdBy}, gemaakt ${manifest.createdAt}`;
    const merged = await ctx.db.transaction(async (tx) => {
      await ensureSchoolAndFramework(tx, payload, fileName);
      const local = await snapshotInspection(tx, payload.inspectionId, SYNC_TABLES);
      const incoming = await checkEntries(tx, fileName, payload, local);
      const results = await mergeEntries(tx, { inspectionId: payload.inspectionId, fileName, at, actor, origin }, local, incoming);
      const statuses = [existing?.status, ...incoming.filter((e) => e.table.entity === 'inspection').flatMap((e) => e.state.heads.map((h) => h.record.status))];
      await touchInspection(tx, payload.inspectionId, at, furthestStatus(statuses));
      const summary = summarize(results.map((r) => r.outcome));
      await appendExchangeLog(tx, {
        direction: 'import', packageId: manifest.packageId, kind: manifest.kind, inspectionId: payload.inspectionId, fileName,
        sha256: digest.sha256, bytes: digest.bytes, encrypted: manifest.encrypted, packageAuthor: manifest.createdBy,
        packageCreatedAt: manifest.createdAt, ...summary, at, actor,
      });
      return { summary, results };
    });
    return {
      inspectionId: payload.inspectionId,
      kind: payload.kind,
      referralId: payload.referralId,
      author: manifest.createdBy,
      createdAt: manifest.createdAt,
      ...merged.summary,
      missingFiles,
      conflictEntries: merged.results.filter((r) => r.outcome === 'conflict').map(({ entity, entityId }) => ({ entity, entityId })),
    };
  } finally {
    await opened.dispose();
  }
}
