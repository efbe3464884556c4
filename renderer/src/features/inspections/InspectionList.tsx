import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { formatDate, formatDateTime } from '../../components/format';
import { ImportPackageForm } from '../exchange/ImportPackageForm';
import '../exchange/exchange.css';

type Row = ApiResult<'listInspections'>[number];

export function InspectionList() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = () => send('listInspections', {}).then(setRows, (e: Error) => setError(e.message));
  useEffect(() => {
    void reload();
  }, []);

  return (
    <section aria-labelledby="inspections-title">
      <h1 id="inspections-title">{t('inspections.title')}</h1>
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p>{t('inspections.empty')}</p>}
      {rows && rows.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('inspections.columns.school')}</th>
              <th scope="col">{t('inspections.columns.type')}</th>
              <th scope="col">{t('inspections.columns.status')}</th>
              <th scope="col">{t('inspections.columns.startDate')}</th>
              <th scope="col">{t('inspections.columns.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  <a href={hrefFor({ place: 'inspection', id: row.id })}>{row.schoolName}</a>
                </td>
                <td>{t(`inspectionTypes.${row.type}`)}</td>
                <td>{t(`statuses.${row.status}`)}</td>
                <td>{formatDate(row.startDate)}</td>
                <td>{formatDateTime(row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ImportPackageForm scope="inspections" showLink onImported={() => void reload()} />
    </section>
  );
}
