import { create } from 'zustand';
import { type ApiResult, send } from '../../api/client';
import { MAX_IMPORT_FILE_BYTES } from '../../../../main/api/operations/import';
import { readAsBase64 } from '../../components/base64';
import { saveFile } from '../../components/download';

export type ImportStatus = ApiResult<'importProgress'>;
export type ImportLogEntry = ApiResult<'listImports'>[number];
export type KindChoice = '' | 'schools' | 'figures';

interface ImportState {
  kind: KindChoice;
  sheet: string;
  status: ImportStatus | null;
  /** Reading the chosen file in the page, before the main process has it. */
  uploading: boolean;
  committing: boolean;
  error: string | null;
  log: ImportLogEntry[];
}

export const useImport = create<ImportState>(() => ({ kind: '', sheet: '', status: null, uploading: false, committing: false, error: null, log: [] }));

const POLL_MS = 250;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));


/** Polls while the main process reads or writes, so the bar moves and cancel stays possible. */
async function pollWhile(previewId: string, busy: (s: ImportStatus) => boolean): Promise<void> {
  for (;;) {
    await wait(POLL_MS);
    let status: ImportStatus;
    try {
      status = await send('importProgress', { previewId });
    } catch {
      return; // committed or cancelled: the session is gone
    }
    if (useImport.getState().status?.previewId !== previewId) return;
    useImport.setState({ status });
    if (!busy(status)) return;
  }
}

export async function loadImportLog(): Promise<void> {
  try {
    useImport.setState({ log: await send('listImports', {}) });
  } catch (error) {
    useImport.setState({ error: (error as Error).message });
  }
}

export async function startPreview(file: File, tooLarge: string): Promise<void> {
  const { kind, sheet } = useImport.getState();
  // Refused here, before the upload, with the limit named (the host would only say the request is too large).
  if (file.size > MAX_IMPORT_FILE_BYTES) return void useImport.setState({ status: null, error: tooLarge });
  useImport.setState({ status: null, error: null, uploading: true });
  try {
    const base64 = await readAsBase64(file);
    const status = await send('previewImport', {
      fileName: file.name,
      base64,
      kind: kind || undefined,
      sheet: sheet.trim() || undefined,
    });
    useImport.setState({ status, uploading: false });
    await pollWhile(status.previewId, (s) => s.phase === 'reading');
  } catch (error) {
    useImport.setState({ uploading: false, error: (error as Error).message });
  }
}

export async function commitPreview(): Promise<void> {
  const current = useImport.getState().status;
  if (!current) return;
  useImport.setState({ committing: true, error: null, status: { ...current, phase: 'committing', progress: 0 } });
  const polling = pollWhile(current.previewId, (s) => s.phase === 'committing');
  try {
    const status = await send('commitImport', { previewId: current.previewId });
    useImport.setState({ status, committing: false });
    await loadImportLog();
  } catch (error) {
    useImport.setState({ committing: false, status: null, error: (error as Error).message });
  }
  await polling;
}

export async function cancelPreview(): Promise<void> {
  const current = useImport.getState().status;
  if (!current) return;
  try {
    await send('cancelImport', { previewId: current.previewId });
  } finally {
    if (!useImport.getState().committing) useImport.setState({ status: { ...current, phase: 'cancelled' } });
  }
}

export async function downloadTemplate(kind: 'schools' | 'figures'): Promise<void> {
  const file = await send('importTemplate', { kind });
  saveFile(file.fileName, file.mimeType, file.base64);
}

export async function downloadErrors(): Promise<void> {
  const current = useImport.getState().status;
  if (!current) return;
  const file = await send('importErrorsCsv', { previewId: current.previewId });
  saveFile(file.fileName, file.mimeType, file.base64);
}
