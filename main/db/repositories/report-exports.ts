import type { SqlExecutor } from '../connection';

export interface ReportExportRecord {
  version: number;
  format: 'docx' | 'pdf';
  fileName: string;
  sha256: string;
  bytes: number;
  createdAt: string;
  createdBy: string;
}

export function listReportExports(db: SqlExecutor, inspectionId: string): Promise<ReportExportRecord[]> {
  return db.all<ReportExportRecord>(
    `SELECT version, format, file_name AS fileName, sha256, bytes, created_at AS createdAt, created_by AS createdBy
       FROM report_exports WHERE inspection_id = ? ORDER BY id DESC`,
    [inspectionId],
  );
}

/** The version the next export of this inspection in this format will get. */
export async function nextReportExportVersion(db: SqlExecutor, inspectionId: string, format: ReportExportRecord['format']): Promise<number> {
  const row = await db.get<{ v: number | null }>('SELECT max(version) AS v FROM report_exports WHERE inspection_id = ? AND format = ?', [inspectionId, format]);
  return (row?.v ?? 0) + 1;
}

/** Records one export with the next version number for its inspection and format. */
export async function recordReportExport(
  tx: SqlExecutor,
  inspectionId: string,
  entry: Omit<ReportExportRecord, 'version'>,
): Promise<number> {
  const version = await nextReportExportVersion(tx, inspectionId, entry.format);
  await tx.run(
    `INSERT INTO report_exports (inspection_id, version, format, file_name, sha256, bytes, created_at, created_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    [inspectionId, version, entry.format, entry.fileName, entry.sha256, entry.bytes, entry.createdAt, entry.createdBy],
  );
  return version;
}
