import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatNumber } from '../../components/format';

type Page = ApiResult<'importPreviewRows'>;
type Filter = 'all' | 'new' | 'changed';
const PAGE_SIZE = 25;

/** A parsed value as the record will hold it: numbers without grouping (1104, 12.5) so the parse is visible. */
function shown(value: string | number | null): string {
  return value === null || value === '' ? '—' : String(value);
}

/**
 * The rows a commit would write, a page at a time: every new row with its
 * parsed values, every changed row with old → new in the fields that change.
 */
export function PreviewRows({ previewId, rowsNew, rowsChanged }: { previewId: string; rowsNew: number; rowsChanged: number }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<Filter>('all');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    send('importPreviewRows', { previewId, status: filter, offset, limit: PAGE_SIZE }).then(
      (p) => current && setPage(p),
      (e: Error) => current && setError(e.message),
    );
    return () => {
      current = false;
    };
  }, [previewId, filter, offset]);

  if (rowsNew + rowsChanged === 0) return null;
  const choose = (next: Filter) => {
    setFilter(next);
    setOffset(0);
  };
  const columnOf = (key: string) => page?.fields.find((f) => f.key === key)?.column ?? key;
  const from = page && page.total > 0 ? page.offset + 1 : 0;
  const to = page ? page.offset + page.rows.length : 0;
  return (
    <section aria-labelledby="preview-rows-title" className="preview-rows">
      <h3 id="preview-rows-title">{t('import.rowsTitle')}</h3>
      <div className="actions" role="group" aria-label={t('import.rowsFilter')}>
        {(['all', 'new', 'changed'] as const).map((f) => (
          <button key={f} type="button" aria-pressed={filter === f} onClick={() => choose(f)}>
            {t(`import.rowsFilter_${f}`, { count: f === 'all' ? rowsNew + rowsChanged : f === 'new' ? rowsNew : rowsChanged })}
          </button>
        ))}
      </div>
      {error && <ErrorMessage error={error} />}
      {page && (
        <>
          <div className="table-scroll" role="region" aria-label={t('import.rowsTitle')} tabIndex={0}>
          <table className="data compact preview-rows-table">
            <caption>{t('import.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="num">{t('import.colRow')}</th>
                <th scope="col">{t('import.rowsStatus')}</th>
                <th scope="col">{t('import.rowsChanges')}</th>
                {page.fields.map((f) => (
                  <th scope="col" key={f.key}>{f.column}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {page.rows.map((r) => (
                <tr key={r.row}>
                  <td className="num">{r.row}</td>
                  <td>{t(r.status === 'new' ? 'import.new' : 'import.changed')}</td>
                  <td className="changes">
                    {r.changed.length === 0
                      ? '—'
                      : r.changed.map((key) => (
                          <div key={key}>
                            {columnOf(key)}: <del>{shown(r.before?.[key] ?? null)}</del> → <ins>{shown(r.values[key])}</ins>
                          </div>
                        ))}
                  </td>
                  {page.fields.map((f) =>
                    r.changed.includes(f.key) ? (
                      <td key={f.key} className="mono changed-cell">
                        <del>{shown(r.before?.[f.key] ?? null)}</del> → <ins>{shown(r.values[f.key])}</ins>
                      </td>
                    ) : (
                      <td key={f.key} className="mono">{shown(r.values[f.key])}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
          <nav className="pager" aria-label={t('import.rowsPager')}>
            <button type="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}>
              ← {t('import.rowsPrevious')}
            </button>
            <span role="status">{t('import.rowsRange', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(page.total) })}</span>
            <button type="button" disabled={to >= page.total} onClick={() => setOffset(offset + PAGE_SIZE)}>
              {t('import.rowsNext')} →
            </button>
          </nav>
        </>
      )}
    </section>
  );
}
