import { PACKAGE_CHUNK_BYTES } from '../../../../main/api/operations/exchange';
import { send } from '../../api/client';
import { readAsBase64 } from '../../components/base64';
import { saveBlob } from '../../components/download';

/**
 * Packages cross to the main process in chunks (the same operations the CLI
 * uses), so a package of many megabytes never travels as one request.
 */


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
    const base64 = await readAsBase64(file.slice(offset, offset + PACKAGE_CHUNK_BYTES));
    await send('uploadPackageChunk', { uploadId, fileName: file.name, offset, base64 });
  }
  onProgress(1);
  return uploadId;
}
