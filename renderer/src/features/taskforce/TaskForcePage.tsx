import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiResult, send } from '../../api/client';
import { ErrorMessage, Loading } from '../../components/ErrorMessage';
import { saveBlob } from '../../components/download';
import { AgendaNotice } from './AgendaNotice';
import { CaseloadTable, type CaseRow } from './CaseloadTable';
import './taskforce.css';

/**
 * "Mijn trajecten": the referrals of one task-force member (by default the
 * person of the profile), open and closed apart, filterable and sortable,
 * with what needs attention first; and their calendar for Outlook.
 */
export function TaskForcePage() {
  const { t } = useTranslation();
  const [rows, setRows] = useState<CaseRow[] | null>(null);
  const [me, setMe] = useState<string>('');
  const [member, setMember] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [calendarMessage, setCalendarMessage] = useState<string | null>(null);

  useEffect(() => {
    send('listReferrals', {}).then(setRows, (e: Error) => setError(e.message));
    send('getSettings', {}).then((s: ApiResult<'getSettings'>) => setMe(s.profileName ?? ''), () => undefined);
  }, []);

  // Until the person chooses, "mine" when I have trajectories, everyone otherwise.
  const chosen = member ?? (rows?.some((r) => r.assignedMember === me && me !== '') ? me : '*');
  const members = useMemo(() => [...new Set((rows ?? []).map((r) => r.assignedMember).filter(Boolean))].sort(), [rows]);
  const shown = (rows ?? []).filter(
    (r) => (chosen === '*' || r.assignedMember === (chosen === '-' ? '' : chosen)) && r.schoolName.toLowerCase().includes(search.trim().toLowerCase()),
  );
  const open = shown.filter((r) => r.open);
  const closed = shown.filter((r) => !r.open);

  async function downloadCalendar() {
    setError(null);
    try {
      const calendar = await send('exportCalendar', { member: chosen === '*' || chosen === '-' ? undefined : chosen });
      saveBlob(calendar.fileName, new Blob([calendar.text], { type: 'text/calendar' }));
      setCalendarMessage(t('taskforce.calendarReady', { fileName: calendar.fileName, count: calendar.events }));
    } catch (e) {
      setError((e as Error).message);
    }
  }

  return (
    <section aria-labelledby="taskforce-title">
      <h1 id="taskforce-title">{t('taskforce.mine')}</h1>
      <p>{t('taskforce.intro')}</p>
      <AgendaNotice />
      {error && <ErrorMessage error={error} />}
      {!rows && !error && <Loading />}
      {rows && rows.length === 0 && <p className="muted">{t('taskforce.empty')}</p>}
      {rows && rows.length > 0 && (
        <>
          <div className="form-row filters">
            <div className="field">
              <label htmlFor="caseload-member">{t('taskforce.memberFilter')}</label>
              <select id="caseload-member" value={chosen} onChange={(e) => setMember(e.target.value)}>
                <option value="*">{t('taskforce.everyone')}</option>
                {me && !members.includes(me) && <option value={me}>{me}</option>}
                {members.map((m) => (
                  <option key={m} value={m}>
                    {m}
                  </option>
                ))}
                <option value="-">{t('taskforce.unassigned')}</option>
              </select>
            </div>
            <div className="field grow">
              <label htmlFor="caseload-search">{t('taskforce.search')}</label>
              <input id="caseload-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
            </div>
            <button type="button" onClick={() => void downloadCalendar()}>
              {t('taskforce.calendar')}
            </button>
          </div>
          <p role="status" aria-live="polite">
            {calendarMessage}
          </p>
          <h2 id="open-cases">{t('taskforce.openCases', { count: open.length })}</h2>
          <CaseloadTable rows={open} labelledBy="open-cases" />
          <h2 id="closed-cases">{t('taskforce.closedCases', { count: closed.length })}</h2>
          <CaseloadTable rows={closed} labelledBy="closed-cases" closed />
        </>
      )}
    </section>
  );
}
