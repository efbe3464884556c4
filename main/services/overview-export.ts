import type { ValidatedInput } from '../api/contract';
import { AppError } from '../api/envelope';
import { escapeFormula, toSafeCsv } from '../domain/import/csv-escape';
import { parseDrill } from '../domain/monitoring/drill';
import { type OverviewFilter, PROVINCE_NAMES } from '../domain/monitoring/filter';
import { csvGrid, type MonitoringTable, tableGrid } from '../domain/monitoring/table';
import { toIsoDate } from '../domain/dates';
import { writeXlsx } from '../reports/xlsx-writer';
import type { ServiceContext } from './context';
import { fileNamePart } from './file-names';
import { getOverview } from './overview';
import { overviewDrillTable } from './overview-drill';
import { getOutcomes } from './outcomes';
import type { Lang } from './overview-words';

/** What a file name says about the filter: niveau, net, LOP, province, in that order; nothing when unfiltered. */
export function filterFileNamePart(filter: OverviewFilter): string {
  const parts = [filter.level, filter.network, filter.lop, filter.province && PROVINCE_NAMES[filter.province].nl].filter((p): p is string => !!p);
  return parts.map((p) => fileNamePart(p, 30)).join('_');
}

/** `scholen-per-signaal-in-2023-2024_secundair_GO_2026-12-02.xlsx`: the table, the filter, the day it was made. */
export function exportFileName(table: MonitoringTable, filter: OverviewFilter, day: string, format: 'csv' | 'xlsx'): string {
  return [fileNamePart(table.title.toLowerCase(), 80), filterFileNamePart(filter), day].filter(Boolean).join('_') + `.${format}`;
}

/**
 * The table as a file. CSV through the shared formula-safe writer
 * (main/domain/import/csv-escape.ts); XLSX with every text cell passed through
 * the same neutralisation, numbers kept as numbers: a name starting with
 * "=" or "@" stays text in either file, whichever program opens it.
 */
export function tableFile(table: MonitoringTable, format: 'csv' | 'xlsx', lang: Lang): Buffer {
  if (format === 'csv') return Buffer.from(toSafeCsv(csvGrid(table, lang)), 'utf8');
  return writeXlsx(table.title, tableGrid(table).map((row) => row.map((v) => (typeof v === 'string' ? escapeFormula(v) : v))));
}

export async function exportOverviewTable(ctx: ServiceContext, input: ValidatedInput<'exportOverviewTable'>) {
  const lang = input.lang ?? 'nl';
  const filter = input.filter ?? {};
  const drill = parseDrill(input.table);
  let table: MonitoringTable | undefined;
  if (drill) table = await overviewDrillTable(ctx, drill, filter, lang);
  else if (input.table.startsWith('outcomes-')) table = (await getOutcomes(ctx, { filter, lang })).tables.find((t) => t.id === input.table);
  else table = (await getOverview(ctx, { schoolYear: input.schoolYear, lang, filter })).tables.find((t) => t.id === input.table);
  if (!table) throw new AppError('not_found', `Geen tabel ${input.table} op Overzicht`, 'table');
  const bytes = tableFile(table, input.format, lang);
  return {
    fileName: exportFileName(table, filter, toIsoDate(ctx.now()), input.format),
    mimeType: input.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    rows: table.rows.length,
    base64: bytes.toString('base64'),
  };
}
