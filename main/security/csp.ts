/**
 * The page policy for both the desktop app (app://doorlicht) and browser
 * mode: our own scripts only, no eval, no inline script, no plugins, no
 * framing, no form posts, and no network beyond our own origin.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** Names what makes a policy weaker than the checklist asks (empty when strict). */
export function cspViolations(policy: string): string[] {
  const directives = parseCsp(policy);
  const violations: string[] = [];
  const scriptSources = directives.get('script-src') ?? directives.get('default-src');
  if (!scriptSources) violations.push('no script-src or default-src');
  for (const source of scriptSources ?? []) {
    if (source === "'unsafe-eval'" || source === "'unsafe-inline'" || source === "'wasm-unsafe-eval'") violations.push(`script-src allows ${source}`);
    if (source === '*' || source === 'data:' || source === 'blob:' || /^https?:$/.test(source)) violations.push(`script-src allows ${source}`);
  }
  if (!(directives.get('object-src') ?? []).includes("'none'")) violations.push("object-src is not 'none'");
  if (!directives.has('base-uri')) violations.push('base-uri missing');
  if (!directives.has('frame-ancestors')) violations.push('frame-ancestors missing');
  return violations;
}
