/** A file (or a slice of one) as base64, the form in which bytes cross to the main process. */
export function readAsBase64(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error(`Het bestand ${blob instanceof File ? blob.name : ''} kan niet gelezen worden.`));
    reader.readAsDataURL(blob);
  });
}
