import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../../api/client';
import { saveFile } from '../../components/download';
import { isImage } from '../../components/photo';

interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  sha256: string;
}

// Photos are stored content-addressed and never change, so a thumbnail once loaded is kept for the session.
const loaded = new Map<string, string>();

/** An attachment in the evidence list: a photo shows as a thumbnail; a click saves the file. */
export function AttachmentLink({ attachment: a }: { attachment: Attachment }) {
  const { t } = useTranslation();
  const image = isImage(a.mimeType);
  const [src, setSrc] = useState<string | null>(() => loaded.get(a.sha256) ?? null);

  useEffect(() => {
    if (!image || src) return;
    let current = true;
    send('getAttachment', { id: a.id }).then(
      (file) => {
        const url = `data:${file.mimeType};base64,${file.base64}`;
        loaded.set(a.sha256, url);
        if (current) setSrc(url);
      },
      () => undefined, // the link below still names the file; a thumbnail is a convenience
    );
    return () => {
      current = false;
    };
  }, [a.id, a.sha256, image, src]);

  async function download() {
    const file = await send('getAttachment', { id: a.id });
    saveFile(file.fileName, file.mimeType, file.base64);
  }

  return (
    <button type="button" className={image ? 'link attachment photo' : 'link attachment'} title={`SHA-256 ${a.sha256}`} onClick={() => void download()}>
      {image && src && <img className="thumb" src={src} alt={t('onsite.evidence.photoOf', { name: a.fileName })} />}
      <span>{a.fileName}</span>
    </button>
  );
}
