import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCIPLINARY_MEASURES, GUIDANCE_STATES, PROCEDURE_STEPS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDate, formatNumber } from '../../components/format';
import { refreshInspection, useInspection } from './store';

type Measure = (typeof DISCIPLINARY_MEASURES)[number];
type Guidance = (typeof GUIDANCE_STATES)[number];
type Step = (typeof PROCEDURE_STEPS)[number];

export function SamplesTab({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const onsite = useInspection((s) => s.onsite)!;
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [label, setLabel] = useState('');
  const [measure, setMeasure] = useState<Measure>('temporary_exclusion');
  const [measureDate, setMeasureDate] = useState('');
  const [guidance, setGuidance] = useState<Guidance>('yes');
  const [steps, setSteps] = useState<Record<Step, boolean>>({ hearing: false, classCouncil: false, clb: false });
  const [handover, setHandover] = useState(false);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const c = onsite.summary.sample;
  const yesNo = (v: boolean | null) => (v === null ? t('onsite.samples.notApplicable') : v ? t('onsite.samples.yes') : t('onsite.samples.no'));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    setMessage('');
    try {
      await send('saveDisciplinaryFile', { inspectionId, label, measure, measureDate, guidance, ...steps, handover: measure === 'definitive_exclusion' ? handover : null, note });
      setLabel('');
      setMeasureDate('');
      setMeasure('temporary_exclusion');
      setGuidance('yes');
      setSteps({ hearing: false, classCouncil: false, clb: false });
      setHandover(false);
      setNote('');
      setMessage(t('onsite.samples.added'));
      await refreshInspection();
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <section aria-labelledby="samples-title">
      <h2 id="samples-title">{t('onsite.samples.title')}</h2>
      <p className="compliance" role="status">
        {t('onsite.samples.compliance', { compliant: c.compliant, files: c.files, pct: c.pct === null ? '—' : `${formatNumber(c.pct)} %` })}
      </p>
      {!readOnly && (
        <form className="card entry-form" onSubmit={(e) => void submit(e)} aria-label={t('onsite.samples.new')}>
          <h3>{t('onsite.samples.new')}</h3>
          <div className="form-row">
            <div className="field">
              <label htmlFor="file-label">{t('onsite.samples.label')}</label>
              <input id="file-label" required value={label} onChange={(e) => setLabel(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="file-measure">{t('onsite.samples.measure')}</label>
              <select id="file-measure" value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
                {DISCIPLINARY_MEASURES.map((m) => (
                  <option key={m} value={m}>{t(`onsite.samples.measures.${m}`)}</option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor="file-date">{t('onsite.samples.date')}</label>
              <input id="file-date" type="date" required value={measureDate} onChange={(e) => setMeasureDate(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="file-guidance">{t('onsite.samples.guidance')}</label>
              <select id="file-guidance" value={guidance} onChange={(e) => setGuidance(e.target.value as Guidance)}>
                {GUIDANCE_STATES.map((g) => (
                  <option key={g} value={g}>{t(`onsite.samples.guidanceStates.${g}`)}</option>
                ))}
              </select>
            </div>
          </div>
          <fieldset>
            <legend>{t('onsite.samples.steps')}</legend>
            {PROCEDURE_STEPS.map((s) => (
              <label key={s} className="check">
                <input type="checkbox" checked={steps[s]} onChange={(e) => setSteps((v) => ({ ...v, [s]: e.target.checked }))} /> {t(`onsite.samples.stepNames.${s}`)}
              </label>
            ))}
            {measure === 'definitive_exclusion' && (
              <label className="check">
                <input type="checkbox" checked={handover} onChange={(e) => setHandover(e.target.checked)} /> {t('onsite.samples.handover')}
              </label>
            )}
          </fieldset>
          <div className="field">
            <label htmlFor="file-note">{t('onsite.samples.note')}</label>
            <input id="file-note" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <div className="actions">
            <button type="submit" className="primary">{t('onsite.samples.add')}</button>
          </div>
          <p role="status" aria-live="polite">{message}</p>
          {error && <ErrorMessage error={error} />}
        </form>
      )}
      {onsite.files.length === 0 ? (
        <p className="muted">{t('onsite.samples.empty')}</p>
      ) : (
        <table className="data compact samples-table">
          <thead>
            <tr>
              {(['label', 'measure', 'date', 'guidance', 'steps', 'handover'] as const).map((col) => (
                <th key={col} scope="col">{t(`onsite.samples.columns.${col}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {onsite.files.map((f) => (
              <tr key={f.id}>
                <td>{f.label}</td>
                <td>{t(`onsite.samples.measures.${f.measure}`)}</td>
                <td>{formatDate(f.measureDate)}</td>
                <td>{t(`onsite.samples.guidanceStates.${f.guidance}`)}</td>
                <td>{PROCEDURE_STEPS.map((s) => `${t(`onsite.samples.stepNames.${s}`)}: ${yesNo(f[s])}`).join(' · ')}</td>
                <td>{yesNo(f.handover)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
