import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionType } from '../../../../main/api/types';
import { send } from '../../api/client';
import { navigate } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';

const TYPES: InspectionType[] = ['full', 'unannounced', 'reinspection_2b', 'taskforce_followup'];

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function NewInspectionForm({ instellingsnummer }: { instellingsnummer: string }) {
  const { t } = useTranslation();
  const [type, setType] = useState<InspectionType>('full');
  const [startDate, setStartDate] = useState(today());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const inspection = await send('createInspection', { instellingsnummer, type, startDate });
      navigate({ place: 'inspection', id: inspection.id });
    } catch (e) {
      setError((e as Error).message);
      setBusy(false);
    }
  }

  return (
    <form className="card form-row" onSubmit={submit} aria-labelledby="new-inspection-title">
      <h3 id="new-inspection-title">{t('school.newInspection')}</h3>
      <div className="field">
        <label htmlFor="inspection-type">{t('school.type')}</label>
        <select id="inspection-type" value={type} onChange={(e) => setType(e.target.value as InspectionType)}>
          {TYPES.map((value) => (
            <option key={value} value={value}>
              {t(`inspectionTypes.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="inspection-start">{t('school.startDate')}</label>
        <input id="inspection-start" type="date" value={startDate} required onChange={(e) => setStartDate(e.target.value)} />
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {t('school.open')}
      </button>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
