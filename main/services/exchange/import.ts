import { problem } from '../../domain/problems';
import { finalizeChecklist } from '../../domain/rules/checklist';
import { loadInspectionFacts } from '../write/facts';
import { controlCharacterReason, findControlCharacterIn } from '../../domain/control-characters';
import { AppError } from '../../api/envelope';
import type { SqlExecutor } from '../../db/connection';
import { getStoredFramework, storeFramework } from '../../db/repositories/frameworks';
import { getInspection, touchInspection } from '../../db/repositories/inspections';
import { getSchool, upsertSchools } from '../../db/repositories/schools';
import { appendExchangeLog, appendMergeAudit, syncKey } from '../../db/repositories/sync';
import { SYNC_TABLE_BY_ENTITY, SYNC_TABLES } from '../../db/repositories/sync-tables';
import { summarize } from '../../domain/exchange/outcome';
import { furthestStatus } from '../../domain/inspection';
import type { School } from '../../domain/school';
import { type OpenedPackage, openPackage } from '../../exchange/container';
import { FrameworkLibrary } from '../frameworks';
import type { ServiceContext } from '../context';
import { currentActor } from '../settings';
import { placeAttachments, removePlaced } from './attachments';
import { exchangeDir, packageProblem } from './files';
import { mergeEntries } from './merge';
import { describeIssue, type PackagePayload, payloadSchema } from './payload';
import { snapshotInspection } from './snapshot';
import { checkEntries } from './validate';

/** The records of one inspection are a few MB; far more is not a Doorlicht package worth parsing in memory. */
const MAX_RECORDS_BYTES = 256 * 1024 * 1024;
const SCHOOL_FIELDS = ['instellingsnummer', 'name', 'level', 'form', 'network', 'board', 'street', 'postcode', 'municipality', 'lop'];

async function readPayload(opened: OpenedPackage, fileName: string): Promise<PackagePayload> {
  const records = opened.manifest.parts.find((p) => p.name === 'records.json');
  if (!records) throw new AppError('invalid_input', `${fileName}: records.json ontbreekt in het pakket. Er is niets ingelezen.`, 'file');
  if (records.bytes > MAX_RECORDS_BYTES) {
    throw new AppError('invalid_input', `${fileName}: records.json is ${Math.round(records.bytes / 1024 / 1024)} MB; hoogstens ${MAX_RECORDS_BYTES / 1024 / 1024} MB wordt ingelezen. Er is niets ingelezen.`, 'file');
  }
  let json: unknown;
  try {
    json = JSON.parse((await opened.readPart('records.json')).toString('utf8'));
  } catch {
    throw new AppError('invalid_input', `${fileName}: records.json is geen geldige JSON. Er is niets ingelezen.`, 'file');
  }
  const parsed = payloadSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_input', `${fileName}: ${describeIssue(parsed.error.issues[0])}. Er is niets ingelezen.`, 'file');
  const control = findControlCharacterIn(parsed.data);
  if (control) throw new AppError('invalid_input', `${fileName}: records.json, ${control.path.join('.')}: ${controlCharacterReason(control)}. Er is niets ingelezen.`, 'file');
  const payload = parsed.data;
  const subject = payload.kind === 'referral' ? payload.referralId : payload.inspectionId;
  if (payload.kind !== opened.manifest.kind || subject !== opened.manifest.subjectId) {
    throw new AppError('invalid_input', `${fileName}: de inhoud past niet bij het manifest. Er is niets ingelezen.`, 'file');
  }
  return payload;
}

async function ensureSchoolAndFramework(tx: SqlExecutor, frameworks: FrameworkLibrary, payload: PackagePayload, fileName: string) {
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
  const { framework } = payload;
  let parsed;
  try {
    parsed = FrameworkLibrary.parseFile(`${fileName}: referentiekader`, framework.content);
  } catch (error) {
    throw new AppError('invalid_input', `${(error as Error).message}. Er is niets ingelezen.`, 'file');
  }
  const shipped = frameworks.shipped(framework.id, framework.version);
  if (parsed.sha256 !== framework.sha256 || parsed.framework.id !== framework.id || parsed.framework.version !== framework.version || (shipped && shipped.sha256 !== parsed.sha256)) {
    throw new AppError('invalid_input', `${fileName}: het referentiekader ${framework.id} ${framework.version} klopt niet met zijn naam of met het meegeleverde kader. Er is niets ingelezen.`, 'file');
  }
  const known = await getStoredFramework(tx, payload.framework.id, payload.framework.version);
  if (known && known.sha256 !== payload.framework.sha256) {
    throw new AppError('conflict', `${fileName}: referentiekader ${payload.framework.id} ${payload.framework.version} verschilt van het kader in deze werkbank. Er is niets ingelezen.`, 'file');
  }
  if (!known) await storeFramework(tx, payload.framework);
}

/** Where a payload came from: a package file or a sync with the central server. */
export interface PayloadSource {
  /** Named in every message about this payload (the package's file name, or "centrale server"). */
  fileName: string;
  /** Said in the audit trail beside every change. */
  origin: string;
  author: string;
  createdAt: string;
  packageId: string;
  sha256: string;
  bytes: number;
  encrypted: boolean;
  /** The package opened (for its attachments); a sync brings records only (their files follow in services/sync/files.ts). */
  opened?: OpenedPackage;
}

/**
 * Merges one checked payload into this workbench in one transaction: a
 * refused payload changes nothing. Packages and sync both come through here,
 * so they follow the same merge rules. An identical version is "same",
 * whatever the record's state; only a real change to a final inspection is
 * refused.
 */
export async function mergePayload(ctx: ServiceContext, payload: PackagePayload, source: PayloadSource) {
  const actor = await currentActor(ctx);
  const at = ctx.now().toISOString();
  const { fileName, origin } = source;
  let placed: string[] = [];
  const merged = await ctx.db
    .transaction(async (tx) => {
      const existing = await getInspection(tx, payload.inspectionId);
      await ensureSchoolAndFramework(tx, ctx.frameworks, payload, fileName);
      const local = await snapshotInspection(tx, payload.inspectionId, SYNC_TABLES);
      const checked = await checkEntries(tx, fileName, payload, local);
      // A referral package brings the inspection it came from only where this workbench lacks it; the plan itself merges.
      const incoming = payload.kind === 'referral' ? checked.filter((e) => e.table.referral === 'plan' || !local.has(syncKey(e.table.entity, e.entityId))) : checked;
      const attachments = source.opened ? placeAttachments(ctx, source.opened, incoming, fileName) : { placed: [] as string[], missing: 0 };
      placed = attachments.placed;
      const results = await mergeEntries(tx, { inspectionId: payload.inspectionId, fileName, at, actor, origin }, local, incoming);
      // A closed inspection takes no more on-site work (a task-force plan goes on long after the report); the same versions again change nothing.
      const changed = results.filter((r) => r.outcome !== 'same' && SYNC_TABLE_BY_ENTITY.get(r.entity)?.referral !== 'plan');
      if (existing?.status === 'final' && payload.kind === 'inspection' && changed.length) {
        throw new AppError('conflict', `Inspectie van ${existing.schoolName} is definitief; heropen ze eerst om ${fileName} samen te voegen (${changed.length} wijziging(en)).`, 'file');
      }
      const status = payload.kind === 'inspection' || !existing ? furthestStatus([existing?.status, payload.inspectionStatus]) : existing.status;
      if (existing && existing.status !== status && status === 'final') {
        // A package that makes this copy final must leave a report that obeys the same check list as finalising here.
        const merged = { ...(await getInspection(tx, payload.inspectionId))!, status: existing.status };
        const blocking = finalizeChecklist(await loadInspectionFacts(tx, ctx, merged), ctx.advice).filter((i) => i.severity === 'blocking');
        if (blocking.length) throw AppError.refused('conflict', [problem('final_package_breaks_rules', 'file', { file: fileName, author: source.author }), ...blocking]);
      }
      if (existing?.status !== status || changed.length) await touchInspection(tx, payload.inspectionId, at, status);
      if (existing && existing.status !== status) {
        await appendMergeAudit(tx, { inspectionId: payload.inspectionId, at, actor, entity: 'inspection', entityId: payload.inspectionId, field: 'status', oldValue: existing.status, newValue: status, origin });
      }
      const summary = summarize(results.map((r) => r.outcome));
      // A sync repeats constantly: only one that changed something is worth a line in the log.
      if (source.opened || results.some((r) => r.outcome !== 'same')) await appendExchangeLog(tx, {
        direction: 'import', packageId: source.packageId, kind: payload.kind, inspectionId: payload.inspectionId, fileName,
        sha256: source.sha256, bytes: source.bytes, encrypted: source.encrypted, packageAuthor: source.author,
        packageCreatedAt: source.createdAt, ...summary, at, actor,
      });
      return { summary, results, missingFiles: attachments.missing };
    })
    .catch((error: unknown) => {
      removePlaced(placed);
      throw error;
    });
  return {
    inspectionId: payload.inspectionId,
    kind: payload.kind,
    referralId: payload.referralId,
    author: source.author,
    createdAt: source.createdAt,
    ...merged.summary,
    missingFiles: merged.missingFiles,
    conflictEntries: merged.results.filter((r) => r.outcome === 'conflict').map(({ entity, entityId }) => ({ entity, entityId })),
    /** The entries this merge changed here (not "same"), for the sync's bookkeeping. */
    states: merged.results,
  };
}

/** Reads a package file, verifies it whole, and merges it into this workbench (see mergePayload). */
export async function importPackageFile(ctx: ServiceContext, file: string, fileName: string, passphrase?: string) {
  const opened = await openPackage(file, { tempDir: exchangeDir(ctx, 'tmp'), passphrase }).catch(packageProblem);
  try {
    const payload = await readPayload(opened, fileName);
    const { manifest } = opened;
    const { states: _states, ...result } = await mergePayload(ctx, payload, {
      fileName, origin: `pakket ${fileName} van ${manifest.createdBy}, gemaakt ${manifest.createdAt}`, author: manifest.createdBy,
      createdAt: manifest.createdAt, packageId: manifest.packageId, sha256: opened.sha256, bytes: opened.bytes, encrypted: manifest.encrypted, opened,
    });
    return result;
  } finally {
    await opened.dispose();
  }
}
