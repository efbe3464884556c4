/** The longest side of a photo as stored: enough to read a poster or a timetable, small enough for many per visit. */
export const PHOTO_MAX_SIDE = 1600;

/**
 * A photo from the camera or the library, made ready to keep: turned upright
 * (Exif orientation applied), scaled down to PHOTO_MAX_SIDE, and drawn anew
 * as a JPEG — which carries no Exif at all, so no GPS position leaves the
 * tablet's camera roll (the main process strips JPEG metadata again, for
 * files attached the ordinary way).
 */
export async function preparePhoto(file: File, now = new Date()): Promise<File> {
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const scale = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Deze browser kan de foto niet verkleinen.');
    context.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', 0.85));
    if (!blob) throw new Error('De foto kan niet bewaard worden.');
    return new File([blob], photoName(now), { type: 'image/jpeg' });
  } finally {
    bitmap.close();
  }
}

/** "foto-20260304-0930.jpg": the time it was taken, never the camera's own file name (which can hold a name). */
export function photoName(now: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `foto-${now.getFullYear()}${two(now.getMonth() + 1)}${two(now.getDate())}-${two(now.getHours())}${two(now.getMinutes())}${two(now.getSeconds())}.jpg`;
}

export function isImage(mimeType: string): boolean {
  return /^image\/(jpeg|png|gif|webp)$/i.test(mimeType);
}
