import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_LIMITS, MAX_IMPORT_BODY_BYTES } from '../../main/domain/import/limits';
import { type HttpHost, startHttpHost, TOKEN_HEADER } from '../../main/host/http';
import { awaitPreview } from '../../main/services/import';
import { rawRequest } from '../helpers/http';
import { openTestServices, type TestServices } from '../helpers/services';
import { bombStream, handZip, SHEET_CLOSE, SHEET_OPEN, workbookEntries } from '../helpers/zip-by-hand';

let services: TestServices;
let host: HttpHost;
beforeAll(async () => {
  services = await openTestServices({ seedDemo: false });
  host = await startHttpHost({ ctx: services.ctx, port: 0 });
});
afterAll(async () => {
  await host.close();
  await services.close();
});

describe('a large import over the HTTP host (browser mode)', () => {
  it('the body cap fits the largest import file as base64', () => {
    expect(MAX_IMPORT_BODY_BYTES).toBeGreaterThan(Math.ceil(IMPORT_LIMITS.maxFileBytes / 3) * 4);
  });

  it('takes a 12 MB schools file (16 MB of base64) and previews all its rows', async () => {
    const rows = ['instellingsnummer;naam;niveau;onderwijsvorm;straat'];
    const filler = 'x'.repeat(50);
    for (let i = 0; i < 200_000; i++) rows.push(`${300000 + i};School ${i};basis;gewoon;${filler}`);
    const bytes = Buffer.from(rows.join('\n'));
    expect(bytes.length).toBeGreaterThan(12 * 1024 * 1024);
    const res = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/previewImport',
      headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' },
      body: JSON.stringify({ fileName: 'groot.csv', base64: bytes.toString('base64') }),
    });
    expect(res.status).toBe(200);
    expect(res.json.ok).toBe(true);
    // parsing yields to the event loop: another call is answered while the file is still being read
    const other = await rawRequest(host.port, { method: 'POST', path: '/api/listSchools', headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: '{}' });
    expect(other.status).toBe(200);
    const during = await rawRequest(host.port, { method: 'POST', path: '/api/importProgress', headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: JSON.stringify({ previewId: res.json.value.previewId }) });
    expect(during.json.value.phase).toBe('reading');
    expect(during.json.value.progress).toBeLessThan(1);
    const preview = await awaitPreview(res.json.value.previewId);
    expect(preview).toMatchObject({ phase: 'ready', errorCount: 0, summary: { rows: 200_000, rowsNew: 200_000 } });
  }, 120_000);

  it('an XLSX that lies about its size (4 kB declared, 4 GB inflated) fails its preview with a message; the host keeps answering', async () => {
    const data = bombStream(`${SHEET_OPEN}<row r="1"><c t="inlineStr"><is><t>`, 4096, `</t></is></c></row>${SHEET_CLOSE}`);
    const bytes = handZip([...workbookEntries(), { name: 'xl/worksheets/sheet1.xml', data, declare: { uncompressed: 4000 } }]);
    const api = (name: string, body: unknown) =>
      rawRequest(host.port, { method: 'POST', path: `/api/${name}`, headers: { [TOKEN_HEADER]: host.token, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const started = await api('previewImport', { fileName: 'bom.xlsx', base64: bytes.toString('base64') });
    expect(started.json.ok).toBe(true);
    const preview = await awaitPreview(started.json.value.previewId);
    expect(preview).toMatchObject({ phase: 'failed', message: expect.stringContaining('pakt groter uit dan het zegt') });
    expect((await api('listSchools', {})).status).toBe(200);
  }, 60_000);
});
