import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { saveFile } from '../../components/download';
import { formatNumber } from '../../components/format';
import { DrillLink, filterOf, useOverviewQuery } from './drill';

export type MonitoringTable = ApiResult<'getOverview'>['tables'][number];
type Cell = MonitoringTable['rows'][number][number];

function shown(cell: Cell): string {
  if (cell.value === null) return '—';
  if (typeof cell.value === 'number') return formatNumber(cell.value);
  return cell.value;
}

/** One cell: a link to the school it names, a link to the schools behind its figure, or its value. */
function CellContent({ cell, what }: { cell: Cell; what: string }) {
  if (cell.school) return <a href={hrefFor({ place: 'school', instellingsnummer: cell.school })}>{shown(cell)}</a>;
  return (
    <DrillLink drill={cell.drill} what={what}>
      {shown(cell)}
    </DrillLink>
  );
}

/** CSV and XLSX of one table (or the schools behind a figure), made in main with the view's filter, named after table, filter and day. */
export function ExportButtons({ table, title, schoolYear }: { table: string; title: string; schoolYear?: string | null }) {
  const { t, i18n } = useTranslation();
  const query = useOverviewQuery();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  async function run(format: 'csv' | 'xlsx') {
    setError(null);
    setMessage(null);
    try {
      const file = await send('exportOverviewTable', { table, format, filter: filterOf(query), schoolYear: schoolYear ?? undefined, lang: i18n.language === 'en' ? 'en' : 'nl' });
      saveFile(file.fileName, file.mimeType, file.base64);
      setMessage(t('flanders.export.done', { file: file.fileName, rows: file.rows }));
    } catch (e) {
      setError((e as Error).message);
    }
  }
  return (
    <div className="export-buttons no-print">
      {(['csv', 'xlsx'] as const).map((format) => (
        <button key={format} type="button" className="secondary" onClick={() => void run(format)} aria-label={t('flanders.export.label', { table: title, format: t(`flanders.export.${format}`) })}>
          {t(`flanders.export.${format}`)}
        </button>
      ))}
      <span role="status" className="muted">
        {message}
      </span>
      {error && (
        <span role="alert" className="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/**
 * A table of Overzicht as main describes it: the same rows the export
 * writes, each figure a link to the schools behind it. The table scrolls
 * inside itself on a narrow screen; in print it is shown whole.
 */
export function MonitoringTableView({ table, schoolYear, exportId, firstRows }: { table: MonitoringTable; schoolYear?: string | null; exportId?: string; firstRows?: number }) {
  const { t } = useTranslation();
  // A list of all 2,300 primary schools takes seconds to draw; the first rows show at once, the rest on request (the export has all).
  const [all, setAll] = useState(false);
  const rows = firstRows && !all ? table.rows.slice(0, firstRows) : table.rows;
  return (
    <div className="monitoring-table" data-table={table.id}>
      <div className="table-scroll">
        <table className="data compact">
          <caption>{table.title}</caption>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => {
                  const what = i === 0 ? shown(cell) : `${shown(row[0])}, ${table.columns[i].label}: ${shown(cell)}`;
                  const content = <CellContent cell={cell} what={what} />;
                  return i === 0 ? (
                    <th key={i} scope="row">
                      {content}
                    </th>
                  ) : (
                    <td key={i} className={table.columns[i].numeric ? 'num' : undefined}>
                      {content}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < table.rows.length && (
        <p className="no-print">
          <button type="button" onClick={() => setAll(true)}>
            {t('flanders.drill.showAll', { count: table.rows.length, shown: rows.length })}
          </button>
        </p>
      )}
      <ExportButtons table={exportId ?? table.id} title={table.title} schoolYear={schoolYear} />
    </div>
  );
}
