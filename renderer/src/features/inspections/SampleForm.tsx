import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DISCIPLINARY_MEASURES, GUIDANCE_STATES, PROCEDURE_STEPS } from '../../../../main/api/onsite-values';
import { send } from '../../api/client';
import { EntryFormFooter, useEntrySave } from './entry-form';
import { useInspection } from './store';

type Measure = (typeof DISCIPLINARY_MEASURES)[number];
type Guidance = (typeof GUIDANCE_STATES)[number];
type Step = (typeof PROCEDURE_STEPS)[number];

/** A file of the sample being corrected: the form opens with its values and saves under its id. */
export interface SampleDraft extends Record<Step, boolean> {
  id: string;
  label: string;
  measure: Measure;
  measureDate: string;
  guidance: Guidance;
  handover: boolean | null;
  note: string;
}

/** Records one disciplinary file of the sample (action 16), or corrects one in place. */
export function SampleForm({ existing, onSaved }: { existing?: SampleDraft; onSaved?: () => void }) {
  const { t } = useTranslation();
  const uid = useId();
  const inspectionId = useInspection((s) => s.detail!.inspection.id);
  const [label, setLabel] = useState(existing?.label ?? '');
  const [measure, setMeasure] = useState<Measure>(existing?.measure ?? 'temporary_exclusion');
  const [measureDate, setMeasureDate] = useState(existing?.measureDate ?? '');
  const [guidance, setGuidance] = useState<Guidance>(existing?.guidance ?? 'yes');
  const [steps, setSteps] = useState<Record<Step, boolean>>({ hearing: existing?.hearing ?? false, classCouncil: existing?.classCouncil ?? false, clb: existing?.clb ?? false });
  const [handover, setHandover] = useState(existing?.handover ?? false);
  const [note, setNote] = useState(existing?.note ?? '');
  const { message, error, save } = useEntrySave('samples', Boolean(existing), onSaved);
  const title = t(existing ? 'onsite.samples.editing' : 'onsite.samples.new');

  function submit(e: FormEvent) {
    e.preventDefault();
    void save(
      () => send('saveDisciplinaryFile', { inspectionId, id: existing?.id, label, measure, measureDate, guidance, ...steps, handover: measure === 'definitive_exclusion' ? handover : null, note }),
      () => {
        setLabel('');
        setMeasureDate('');
        setMeasure('temporary_exclusion');
        setGuidance('yes');
        setSteps({ hearing: false, classCouncil: false, clb: false });
        setHandover(false);
        setNote('');
      },
    );
  }

  return (
    <form className="card entry-form" onSubmit={submit} aria-label={title}>
      <h3>{title}</h3>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${uid}-label`}>{t('onsite.samples.label')}</label>
          <input id={`${uid}-label`} required autoFocus={Boolean(existing)} value={label} onChange={(e) => setLabel(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-measure`}>{t('onsite.samples.measure')}</label>
          <select id={`${uid}-measure`} value={measure} onChange={(e) => setMeasure(e.target.value as Measure)}>
            {DISCIPLINARY_MEASURES.map((m) => (
              <option key={m} value={m}>{t(`onsite.samples.measures.${m}`)}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${uid}-date`}>{t('onsite.samples.date')}</label>
          <input id={`${uid}-date`} type="date" required value={measureDate} onChange={(e) => setMeasureDate(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${uid}-guidance`}>{t('onsite.samples.guidance')}</label>
          <select id={`${uid}-guidance`} value={guidance} onChange={(e) => setGuidance(e.target.value as Guidance)}>
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
        <label htmlFor={`${uid}-note`}>{t('onsite.samples.note')}</label>
        <input id={`${uid}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <EntryFormFooter namespace="samples" correcting={Boolean(existing)} onCancel={onSaved} message={message} error={error} />
    </form>
  );
}
