import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../components/ErrorMessage';
import { downloadPackage } from './transfer';

function megabytes(bytes: number, lang: string) {
  return `${(bytes / 1024 / 1024).toLocaleString(lang, { maximumFractionDigits: 1 })} MB`;
}

/** Makes a package of an inspection or a referral, optionally encrypted, and hands the file to the user. */
/** `beforeSend` saves what is still being typed, so the package holds it. */
export function ExportPackageForm(props: { inspectionId?: string; referralId?: string; beforeSend?: () => Promise<void>; onDone?: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en-GB' : 'nl-BE';
  const id = useId();
  const [encrypt, setEncrypt] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    setWarning(null);
    if (encrypt && passphrase.length < 8) return setError(t('exchange.export.tooShort'));
    if (encrypt && passphrase !== repeat) return setError(t('exchange.export.mismatch'));
    setError(null);
    try {
      await props.beforeSend?.();
      const exported = await downloadPackage({ inspectionId: props.inspectionId, referralId: props.referralId, passphrase: encrypt ? passphrase : undefined }, setProgress);
      setMessage(
        t('exchange.export.done', {
          fileName: exported.fileName,
          entries: exported.entries,
          attachments: exported.attachments,
          size: megabytes(exported.bytes, lang),
          encrypted: exported.encrypted ? t('exchange.export.encrypted') : '',
        }),
      );
      if (exported.missingAttachments.length) setWarning(t('exchange.export.missing', { count: exported.missingAttachments.length, names: exported.missingAttachments.join(', ') }));
      setPassphrase('');
      setRepeat('');
      props.onDone?.();
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setProgress(null);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="exchange-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.referralId ? t('exchange.export.referralTitle') : t('exchange.export.title')}</h3>
      {props.referralId && <p className="muted">{t('exchange.export.referralIntro')}</p>}
      <label className="choice-line">
        <input type="checkbox" checked={encrypt} onChange={(e) => setEncrypt(e.target.checked)} /> {t('exchange.export.encrypt')}
      </label>
      {encrypt && (
        <div className="form-row">
          <label className="field">
            {t('exchange.export.passphrase')}
            <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
          </label>
          <label className="field">
            {t('exchange.export.repeat')}
            <input type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />
          </label>
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={progress !== null}>
          {t('exchange.export.button')}
        </button>
        {progress !== null && (
          <span role="status">
            <progress max={1} value={progress} aria-hidden="true" /> {t('exchange.export.busy', { percent: Math.round(progress * 100) })}
          </span>
        )}
      </div>
      {message && <p role="status">{message}</p>}
      {warning && <p className="warning">{warning}</p>}
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
