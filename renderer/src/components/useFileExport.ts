import { useState } from 'react';
import { saveFile } from './download';

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  version: number;
}

/**
 * One export at a time to Word or PDF: busy state, the message when the file
 * is ready, and the error when it is not; the file is handed to the user
 * (a download, or the save dialog on the desktop).
 */
export function useFileExport(describe: (file: ExportedFile) => string) {
  const [busy, setBusy] = useState<'docx' | 'pdf' | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function run(format: 'docx' | 'pdf', produce: () => Promise<ExportedFile>): Promise<boolean> {
    setBusy(format);
    setError(null);
    setMessage(null);
    try {
      const file = await produce();
      saveFile(file.fileName, file.mimeType, file.base64);
      setMessage(describe(file));
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(null);
    }
  }

  return { busy, message, error, setError, run };
}
