import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROCEDURE_STEPS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { formatDate, formatNumber } from '../../components/format';
import { SampleForm } from './SampleForm';
import { EntryRowActions } from './entry-form';
import { refreshInspection, useInspection } from './store';

export function SamplesTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [editing, setEditing] = useState<string | null>(null);
  const c = onsite.summary.sample;
  const yesNo = (v: boolean | null) => (v === null ? t('onsite.samples.notApplicable') : v ? t('onsite.samples.yes') : t('onsite.samples.no'));

  async function remove(id: string) {
    await send('deleteEntry', { inspectionId, kind: 'disciplinary_file', id });
    await refreshInspection();
  }

  return (
    <section aria-labelledby="samples-title">
      <h2 id="samples-title">{t('onsite.samples.title')}</h2>
      <p className="compliance" role="status">
        {t('onsite.samples.compliance', { compliant: c.compliant, files: c.files, pct: c.pct === null ? '—' : `${formatNumber(c.pct)} %` })}
      </p>
      {!readOnly && <SampleForm />}
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
              <Fragment key={f.id}>
                <tr>
                  <td>{f.label}</td>
                  <td>{t(`onsite.samples.measures.${f.measure}`)}</td>
                  <td>{formatDate(f.measureDate)}</td>
                  <td>{t(`onsite.samples.guidanceStates.${f.guidance}`)}</td>
                  <td>{PROCEDURE_STEPS.map((s) => `${t(`onsite.samples.stepNames.${s}`)}: ${yesNo(f[s])}`).join(' · ')}</td>
                  <td>{yesNo(f.handover)}</td>
                  {!readOnly && (
                    <td>
                      <EntryRowActions namespace="samples" what={f.label} open={editing === f.id} onToggle={() => setEditing(editing === f.id ? null : f.id)} onRemove={() => void remove(f.id)} />
                    </td>
                  )}
                </tr>
                {editing === f.id && (
                  <tr>
                    <td colSpan={7}>
                      <SampleForm existing={f} onSaved={() => setEditing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
