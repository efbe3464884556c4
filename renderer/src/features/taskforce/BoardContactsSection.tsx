import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BOARD_CONTACT_CHANNELS } from '../../../../main/api/vocabulary';
import { type ApiResult, send } from '../../api/client';
import { formatDate } from '../../components/format';
import { EntryFormButtons, PlanEntryButtons } from './PlanEntryButtons';
import { changePlan } from './store';

type Plan = ApiResult<'getReferral'>;
type Contact = Plan['contacts'][number];
type Channel = (typeof BOARD_CONTACT_CHANNELS)[number];

/** "Contacten met het bestuur": the log of every contact with the school board, correctable, with its versions. */
export function BoardContactsSection({ plan, locked }: { plan: Plan; locked: boolean }) {
  const { t } = useTranslation();
  const referralId = plan.referral.id;
  const [editing, setEditing] = useState<Contact | null>(null);
  const [date, setDate] = useState('');
  const [people, setPeople] = useState('');
  const [channel, setChannel] = useState<Channel>('meeting');
  const [summary, setSummary] = useState('');
  const [agreements, setAgreements] = useState('');
  const channelWord = (c: string) => t(`visitRecords.channels.${c}`);
  // Newest first: the latest agreements are what the member follows up on.
  const contacts = [...plan.contacts].reverse();

  function load(c: Contact | null) {
    setEditing(c);
    setDate(c?.date ?? '');
    setPeople(c?.people ?? '');
    setChannel(c?.channel ?? 'meeting');
    setSummary(c?.summary ?? '');
    setAgreements(c?.agreements ?? '');
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (await changePlan(() => send('saveBoardContact', { referralId, id: editing?.id, date, people, channel, summary, agreements }))) load(null);
  }

  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('visitRecords.contacts')}</h2>
      <p className="muted">{t('visitRecords.contactsIntro')}</p>
      {contacts.length === 0 && <p>{t('visitRecords.noContacts')}</p>}
      <ul className="plain contacts">
        {contacts.map((c) => {
          const label = `${formatDate(c.date)} (${channelWord(c.channel)})`;
          return (
            <li key={c.id} className="contact">
              <strong>{formatDate(c.date)}</strong> <span className="badge">{channelWord(c.channel)}</span> <span className="muted">— {c.people}</span>
              {!locked && <PlanEntryButtons referralId={referralId} kind="board_contact" id={c.id} label={label} onEdit={() => load(c)} />}
              <p>{c.summary}</p>
              {c.agreements && (
                <p>
                  <span className="muted">{t('visitRecords.agreements')}:</span> {c.agreements}
                </p>
              )}
              {c.versions.length > 1 && (
                <details>
                  <summary>{t('visitRecords.corrected', { count: c.versions.length - 1 })}</summary>
                  <ol className="plain history">
                    {c.versions.map((v, i) => (
                      <li key={i}>{t('visitRecords.version', { date: formatDate(v.at.slice(0, 10)), who: v.by, channel: channelWord(v.record.channel), summary: v.record.summary })}</li>
                    ))}
                  </ol>
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {!locked && (
        <form className="card" onSubmit={save} aria-label={editing ? `${t('taskforce.edit')}: ${formatDate(editing.date)}` : t('visitRecords.addContact')}>
          <div className="form-row">
            <div className="field">
              <label htmlFor="contact-date">{t('visitRecords.contactDate')}</label>
              <input id="contact-date" type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="contact-channel">{t('visitRecords.channel')}</label>
              <select id="contact-channel" value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
                {BOARD_CONTACT_CHANNELS.map((c) => (
                  <option key={c} value={c}>
                    {channelWord(c)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field grow">
              <label htmlFor="contact-people">{t('visitRecords.people')}</label>
              <input id="contact-people" type="text" required value={people} onChange={(e) => setPeople(e.target.value)} />
            </div>
          </div>
          <label htmlFor="contact-summary">{t('visitRecords.summary')}</label>
          <textarea id="contact-summary" rows={3} required value={summary} onChange={(e) => setSummary(e.target.value)} />
          <label htmlFor="contact-agreements">{t('visitRecords.agreements')}</label>
          <textarea id="contact-agreements" rows={2} value={agreements} onChange={(e) => setAgreements(e.target.value)} />
          <EntryFormButtons editing={editing !== null} addLabel={t('visitRecords.addContact')} onCancel={() => load(null)} />
        </form>
      )}
    </section>
  );
}
