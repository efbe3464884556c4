import { useTranslation } from 'react-i18next';
import { PROCEDURE_STEPS } from '../../../../main/api/onsite-values';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate, formatNumber } from '../../components/format';
import { SampleForm } from './SampleForm';
import { EntryRow, useEntryList } from './entry-form';
import { useInspection } from './store';

export function SamplesTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const list = useEntryList('disciplinary_file');
  const c = onsite.summary.sample;
  const yesNo = (v: boolean | null) => (v === null ? t('onsite.samples.notApplicable') : v ? t('onsite.samples.yes') : t('onsite.samples.no'));


  return (
    <section aria-labelledby="samples-title">
      <h2 id="samples-title">{t('onsite.samples.title')}</h2>
      <p className="compliance" role="status">
        {t('onsite.samples.compliance', { compliant: c.compliant, files: c.files, pct: c.pct === null ? '—' : `${formatNumber(c.pct)} %` })}
      </p>
      {c.protective > 0 && <p className="muted">{t('onsite.samples.protective', { count: c.protective })}</p>}
      {!readOnly && <SampleForm />}
      {list.error && <ErrorMessage error={list.error} />}
      {onsite.files.length === 0 ? (
        <p className="muted">{t('onsite.samples.empty')}</p>
      ) : (
        <table className="data compact samples-table">
          <thead>
            <tr>
              {(['label', 'measure', 'date', 'guidance', 'steps', 'handover'] as const).map((col) => (
                <th key={col} scope="col">{t(`onsite.samples.columns.${col}`)}</th>
              ))}
              {!readOnly && <th scope="col">{t('onsite.samples.columns.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {onsite.files.map((f) => (
              <EntryRow key={f.id} list={list} id={f.id} namespace="samples" what={f.label} readOnly={readOnly} form={<SampleForm existing={f} onSaved={list.close} />}>
                <td>{f.label}</td>
                <td>{t(`onsite.samples.measures.${f.measure}`)}</td>
                <td>{formatDate(f.measureDate)}</td>
                <td>{t(`onsite.samples.guidanceStates.${f.guidance}`)}</td>
                <td>{PROCEDURE_STEPS.map((s) => `${t(`onsite.samples.stepNames.${s}`)}: ${yesNo(f[s])}`).join(' · ')}</td>
                <td>{yesNo(f.handover)}</td>
              </EntryRow>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
