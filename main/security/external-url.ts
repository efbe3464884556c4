/**
 * `shell.openExternal` hands a URL to the operating system, which may start
 * any program registered for its scheme. Only https links to a short list of
 * public sites the workbench refers to are allowed; everything else is
 * refused. Hosts are compared exactly after parsing, never by prefix.
 */
export const EXTERNAL_HOST_ALLOWLIST: readonly string[] = [
  'onderwijsinspectie.be',
  'www.onderwijsinspectie.be',
  'onderwijs.vlaanderen.be',
  'www.vlaanderen.be',
  'data-onderwijs.vlaanderen.be',
];

export function isAllowedExternalUrl(candidate: unknown, allowlist: readonly string[] = EXTERNAL_HOST_ALLOWLIST): boolean {
  if (typeof candidate !== 'string' || candidate.length > 2048) return false;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:') return false;
  // Credentials in a URL are a classic way to disguise the real host.
  if (url.username !== '' || url.password !== '') return false;
  if (url.port !== '') return false;
  return allowlist.includes(url.hostname.toLowerCase());
}
