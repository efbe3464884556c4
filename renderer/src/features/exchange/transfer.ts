import { PACKAGE_CHUNK_BYTES } from '../../../../main/api/operations/exchange';
import { send } from '../../api/client';
import { saveBlob } from '../../components/download';

/**
 * Packages cross to the main process in chunks (the same operations the CLI
 * uses), so a package of many megabytes never travels as one request.
 */

function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('Het bestand kan niet gelezen worden.'));
    reader.readAsDataURL(blob);
  });
}

function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export async function downloadPackage(request: { inspectionId?: string; referralId?: string; passphrase?: string }, onProgress: (fraction: number) => void) {
  onProgress(0);
  const exported = await send('exportPackage', request);
  const parts: Uint8Array<ArrayBuffer>[] = [];
  for (let offset = 0; ; ) {
    const chunk = await send('readPackageChunk', { packageId: exported.packageId, offset });
    parts.push(bytesOf(chunk.base64));
    offset += chunk.bytes;
    onProgress(chunk.total ? offset / chunk.total : 1);
    if (chunk.done) break;
  }
  saveBlob(exported.fileName, new Blob(parts, { type: 'application/octet-stream' }));
  return exported;
}

/** Sends the file in chunks and returns the upload id the merge refers to. */
export async function uploadPackage(file: File, onProgress: (fraction: number) => void): Promise<string> {
  const uploadId = crypto.randomUUID();
  for (let offset = 0; offset < file.size; offset += PACKAGE_CHUNK_BYTES) {
    onProgress(offset / file.size);
    const base64 = await base64Of(file.slice(offset, offset + PACKAGE_CHUNK_BYTES));
    await send('uploadPackageChunk', { uploadId, fileName: file.name, offset, base64 });
  }
  onProgress(1);
  return uploadId;
}
