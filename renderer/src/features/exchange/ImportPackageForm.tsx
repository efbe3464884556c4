import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, send } from '../../api/client';
import { hrefFor } from '../../app/router';
import { ErrorMessage } from '../../components/ErrorMessage';
import { formatDateTime } from '../../components/format';
import { type ImportResult, useExchange } from './store';
import { uploadPackage } from './transfer';

/**
 * Reads a colleague's package and merges it. After a refusal for the
 * passphrase, the file stays uploaded: typing the passphrase again is enough.
 */
export function ImportPackageForm({ scope, beforeSend, onImported, showLink = false }: { scope: string; beforeSend?: () => Promise<void>; onImported?: (result: ImportResult) => void; showLink?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const [uploaded, setUploaded] = useState<{ file: File; uploadId: string } | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const result = useExchange((s) => (s.lastImport?.scope === scope ? s.lastImport.result : null));
  const setResult = (next: ImportResult | null) => useExchange.setState({ lastImport: next && { scope, result: next } });
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    setResult(null);
    if (!file) return setError(t('exchange.import.noFile'));
    setError(null);
    try {
      let uploadId = uploaded?.file === file ? uploaded.uploadId : null;
      if (!uploadId) {
        uploadId = await uploadPackage(file, (f) => {
          setProgress(f);
          setStatus(t('exchange.import.uploading', { percent: Math.round(f * 100) }));
        });
        setUploaded({ file, uploadId });
      }
      setProgress(null);
      setStatus(t('exchange.import.merging'));
      await beforeSend?.();
      const merged = await send('importPackage', { uploadId, passphrase: passphrase || undefined });
      setUploaded(null);
      setPassphrase('');
      if (fileInput.current) fileInput.current.value = '';
      setResult(merged);
      onImported?.(merged);
    } catch (err) {
      setError(`${(err as Error).message} ${t('exchange.import.refused')}`);
      if (err instanceof ApiError && err.field === 'passphrase') passphraseInput.current?.focus();
      else if (!(err instanceof ApiError && err.field === 'passphrase')) setUploaded(null);
    } finally {
      setStatus(null);
      setProgress(null);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="exchange-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('exchange.import.title')}</h3>
      <div className="form-row">
        <label className="field">
          {t('exchange.import.file')}
          <input ref={fileInput} type="file" accept=".dlpkg,application/octet-stream" onChange={() => setUploaded(null)} />
        </label>
        <label className="field">
          {t('exchange.import.passphrase')}
          <input ref={passphraseInput} type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
        </label>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={status !== null}>
          {t('exchange.import.button')}
        </button>
        {status && (
          <span role="status">
            {progress !== null && <progress max={1} value={progress} aria-hidden="true" />} {status}
          </span>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
      {result && (
        <div role="status" className="card exchange-result">
          <p>{t('exchange.import.done', { author: result.author, createdAt: formatDateTime(result.createdAt) })}</p>
          <dl className="facts">
            <div><dt>{t('exchange.import.added')}</dt><dd>{result.added}</dd></div>
            <div><dt>{t('exchange.import.updated')}</dt><dd>{result.updated}</dd></div>
            <div><dt>{t('exchange.import.same')}</dt><dd>{result.same}</dd></div>
            <div><dt>{t('exchange.import.conflicts')}</dt><dd>{result.conflicts}</dd></div>
          </dl>
          {result.missingFiles > 0 && <p className="warning">{t('exchange.import.missingFiles', { count: result.missingFiles })}</p>}
          {showLink && (
            <p>
              {result.kind === 'referral' && result.referralId ? (
                <a href={hrefFor({ place: 'referral', id: result.referralId })}>{t('exchange.import.openReferral')}</a>
              ) : (
                <a href={hrefFor({ place: 'inspection', id: result.inspectionId })}>{t('exchange.import.open')}</a>
              )}
            </p>
          )}
        </div>
      )}
    </form>
  );
}
