import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * Maps an app://doorlicht request to a file under the built renderer, or
 * null when the path would leave it (`..`, encoded separators, another drive).
 * Pure apart from path arithmetic, so the containment rule is testable
 * without Electron.
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(root, file);
  if (rel === '' || rel.split(sep)[0] === '..' || isAbsolute(rel)) return null;
  return file;
}
