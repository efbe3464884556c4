import { describe, expect, it } from 'vitest';
import { ignoreFor, parseFindings } from '../../../scripts/electronegativity';

const CSV = `issue, severity, confidence, filename, location, sample, description, url
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.ts","64:17","const window = new BrowserWindow({ width: 1360, height: 880, title: 'Doorlicht', show: false, webPreferences });","Review the use of the contextIsolation option",https://example/x
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/other.ts","3:1","new BrowserWindow({ webPreferences: { contextIsolation: false } })","Review the use of the contextIsolation option",https://example/x
CSP_GLOBAL_CHECK,"LOW","CERTAIN","N/A","0:0",N/A,"Failed to parse CSP,
 it may not be valid.",https://example/y`;

describe('scripts/electronegativity.ts', () => {
  const findings = parseFindings(CSV, '/scan');

  it('parses the CSV, multi-line fields included', () => {
    expect(findings.map((f) => [f.issue, f.severity, f.file])).toEqual([
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/index.ts'],
      ['CONTEXT_ISOLATION_JS_CHECK', 'HIGH', 'main/other.ts'],
      ['CSP_GLOBAL_CHECK', 'LOW', 'N/A'],
    ]);
  });

  it('ignores only the justified occurrence, not the same check elsewhere', () => {
    expect(ignoreFor(findings[0])?.reason).toMatch(/secureWebPreferences/);
    expect(ignoreFor(findings[1])).toBeUndefined();
  });
});
