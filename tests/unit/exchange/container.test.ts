import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, PACKAGE_SCHEMA_VERSION, PackageError, openPackage, writePackage } from '../../../main/exchange/container';
import type { PackageErrorCode, PackageHeaderInput, PartSource } from '../../../main/exchange/container';

const SEED = 20250612;
const FAST_KDF = { N: 2 ** 10 };
const PASS = 'correct horse battery staple';
const MAGIC = Buffer.from('DOORLICHT-PAKKET\n', 'ascii');

const header: PackageHeaderInput = {
  packageId: '7d0c1f7e-5a4b-4c3d-9e2f-0a1b2c3d4e5f',
  kind: 'inspection',
  subjectId: 'insp-42',
  createdAt: '2025-06-12T09:30:00.000Z',
  createdBy: 'An Peeters',
  appVersion: '0.1.0',
};

/** Deterministic pseudo-random bytes (xorshift32), so failures reproduce. */
function bytesOf(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}

const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const attachmentName = (data: Buffer) => `attachments/${sha(data)}`;

let root: string;
let tempDir: string;
let n = 0;
const fresh = (name = 'pakket.dlpkg') => join(root, `${++n}-${name}`);

async function refusal(file: string, options: { passphrase?: string } = {}): Promise<PackageError> {
  let opened;
  try {
    opened = await openPackage(file, { tempDir, ...options });
  } catch (error) {
    if (error instanceof PackageError) return error;
    throw error;
  }
  await opened.dispose();
  throw new Error(`${file} was opened but should have been refused`);
}

async function expectTempDirEmpty() {
  expect(await readdir(tempDir)).toEqual([]);
}

/** Recomputes the trailer, as a deliberate tamperer would; leaves only the deeper checks to catch the change. */
function withFreshTrailer(bytes: Buffer): Buffer {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Builds a plain package by hand from the documented layout, for manifests the writer would never produce. */
function craftPlain(manifest: Buffer, parts: Buffer[], manifestLength = manifest.length, headerExtra: object = {}): Buffer {
  const partBytes = parts.reduce((sum, part) => sum + part.length, 0);
  const clear = Buffer.from(JSON.stringify({ encrypted: false, bodyBytes: 4 + manifest.length + partBytes, ...headerExtra }));
  const u32 = (v: number) => {
    const b = Buffer.alloc(4);
    b.writeUInt32BE(v);
    return b;
  };
  const body = Buffer.concat([MAGIC, Buffer.from([1]), u32(clear.length), clear, u32(manifestLength), manifest, ...parts]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

const records = Buffer.from(JSON.stringify({ schemaVersion: 1, observations: [{ id: 'o1', text: 'Leerlingen spreken elkaar aan' }] }));
const photo = bytesOf(3000, 7);
const big = bytesOf(5 * 1024 * 1024 + 123, 11);
let bigPath: string;
let smallPlain: Buffer;
let smallEncrypted: Buffer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'doorlicht-container-'));
  tempDir = join(root, 'extract');
  await mkdir(tempDir);
  bigPath = join(root, 'big.bin');
  await writeFile(bigPath, big);
  const smallParts: PartSource[] = [
    { name: 'records.json', data: records },
    { name: attachmentName(photo), data: photo.subarray(0, 400) },
    { name: 'attachments/empty', data: Buffer.alloc(0) },
  ];
  const plainFile = fresh();
  await writePackage(plainFile, header, smallParts);
  smallPlain = await readFile(plainFile);
  const encryptedFile = fresh();
  await writePackage(encryptedFile, header, smallParts, { passphrase: PASS, kdfCost: FAST_KDF });
  smallEncrypted = await readFile(encryptedFile);
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('round trip', () => {
  const parts = (): PartSource[] => [
    { name: 'records.json', data: records },
    { name: attachmentName(photo), data: photo },
    { name: 'attachments/empty', data: Buffer.alloc(0) },
    { name: attachmentName(big), path: bigPath },
  ];

  async function roundTrip(options: { passphrase?: string; kdfCost?: { N: number } }) {
    const file = fresh();
    const written = await writePackage(file, header, parts(), options);
    const onDisk = await readFile(file);
    expect(written.bytes).toBe(onDisk.length);
    expect(written.sha256).toBe(sha(onDisk));
    expect(written.manifest.encrypted).toBe(options.passphrase !== undefined);
    expect(written.manifest.schemaVersion).toBe(PACKAGE_SCHEMA_VERSION);
    expect(written.manifest.parts.map((p) => [p.name, p.bytes])).toEqual([
      ['records.json', records.length],
      [attachmentName(photo), photo.length],
      ['attachments/empty', 0],
      [attachmentName(big), big.length],
    ]);
    // Encryption must hide the content: no plain attachment bytes in the file.
    expect(onDisk.includes(big.subarray(1000, 1064))).toBe(options.passphrase === undefined);
    expect(await readdir(root)).not.toEqual(expect.arrayContaining([expect.stringMatching(/\.deel$/)]));

    const opened = await openPackage(file, { tempDir, passphrase: options.passphrase });
    expect(opened.manifest).toEqual(written.manifest);
    expect([opened.sha256, opened.bytes]).toEqual([sha(onDisk), onDisk.length]);
    expect(await opened.readPart('records.json')).toEqual(records);
    expect(await opened.readPart(attachmentName(photo))).toEqual(photo);
    expect((await opened.readPart('attachments/empty')).length).toBe(0);
    expect((await readFile(opened.partPath(attachmentName(big)))).equals(big)).toBe(true);
    expect(opened.partPath('records.json').startsWith(opened.dir)).toBe(true);
    expect(() => opened.partPath('attachments/missing')).toThrow(PackageError);
    await opened.dispose();
    await expectTempDirEmpty();
  }

  it('plain, with Buffer and path sources, an empty part and a 5 MB part', () => roundTrip({}));
  it('encrypted, with Buffer and path sources, an empty part and a 5 MB part', () => roundTrip({ passphrase: PASS, kdfCost: FAST_KDF }));

  it('encrypted with the default scrypt cost; the passphrase is matched after Unicode normalisation', async () => {
    const file = fresh();
    await writePackage(file, header, [{ name: 'records.json', data: records }], { passphrase: 'café' });
    const headerJson = JSON.parse((await readFile(file)).subarray(22, 22 + (await readFile(file)).readUInt32BE(18)).toString());
    expect(headerJson.kdf).toMatchObject({ name: 'scrypt', ...DEFAULT_KDF_COST });
    const opened = await openPackage(file, { tempDir, passphrase: 'cafe\u0301' });
    expect(await opened.readPart('records.json')).toEqual(records);
    await opened.dispose();
  });

  it('a passphrase given for a plain package is ignored', async () => {
    const file = fresh();
    await writeFile(file, smallPlain);
    const opened = await openPackage(file, { tempDir, passphrase: 'whatever' });
    expect(await opened.readPart('records.json')).toEqual(records);
    await opened.dispose();
  });

  it('overwrites an existing file only once the new package is complete', async () => {
    const file = fresh();
    await writeFile(file, 'old');
    await expect(writePackage(file, header, [{ name: 'records.json', path: join(root, 'does-not-exist') }])).rejects.toThrow();
    expect(await readFile(file, 'utf8')).toBe('old');
  });
});

describe('refusals', () => {
  const ANY_DAMAGE: PackageErrorCode[] = ['tampered', 'not_a_package', 'truncated'];

  async function expectRefused(bytes: Buffer, codes: PackageErrorCode[], options: { passphrase?: string } = {}) {
    const file = join(root, 'probe.dlpkg');
    await writeFile(file, bytes);
    const error = await refusal(file, options);
    expect(codes).toContain(error.code);
    expect(error.message).toContain('probe.dlpkg');
    await expectTempDirEmpty();
    return error;
  }

  it('every single-byte change anywhere in a plain package is refused and leaves nothing behind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: smallPlain.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, mask) => {
        const bytes = Buffer.from(smallPlain);
        bytes[position] ^= mask;
        await expectRefused(bytes, ANY_DAMAGE);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('every single-byte change anywhere in an encrypted package is refused and leaves nothing behind', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: smallEncrypted.length - 1 }), fc.integer({ min: 1, max: 255 }), async (position, mask) => {
        const bytes = Buffer.from(smallEncrypted);
        bytes[position] ^= mask;
        await expectRefused(bytes, [...ANY_DAMAGE, 'wrong_passphrase'], { passphrase: PASS });
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('names the damaged part in the message when a part was changed and the trailer recomputed', async () => {
    const bytes = Buffer.from(smallPlain);
    const at = bytes.indexOf(photo.subarray(0, 400));
    bytes[at + 10] ^= 1;
    const error = await expectRefused(withFreshTrailer(bytes), ['tampered']);
    expect(error.part).toBe(attachmentName(photo));
    expect(error.message).toBe(`probe.dlpkg is gewijzigd of beschadigd (onderdeel ${attachmentName(photo)}); er is niets ingelezen.`);
  });

  it('a change to encrypted content is caught by the GCM tag even with a recomputed trailer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 600 }), async (fromEnd) => {
        const bytes = Buffer.from(smallEncrypted);
        bytes[bytes.length - 32 - 1 - fromEnd] ^= 0x40;
        await expectRefused(withFreshTrailer(bytes), ['tampered'], { passphrase: PASS });
      }),
      { seed: SEED, numRuns: 60 },
    );
  });

  it('the clear header is authenticated: a reformatted header with a recomputed trailer is refused', async () => {
    const headerLength = smallEncrypted.readUInt32BE(18);
    const clear = Buffer.from(' ' + smallEncrypted.subarray(22, 22 + headerLength).toString());
    const lengthField = Buffer.alloc(4);
    lengthField.writeUInt32BE(clear.length);
    const rebuilt = Buffer.concat([smallEncrypted.subarray(0, 18), lengthField, clear, smallEncrypted.subarray(22 + headerLength)]);
    await expectRefused(withFreshTrailer(rebuilt), ['tampered'], { passphrase: PASS });
  });

  it('a package cut short at any length is refused as truncated', async () => {
    for (let length = 0; length < smallPlain.length; length++) {
      const error = await expectRefused(smallPlain.subarray(0, length), ['truncated']);
      expect(error.message).toMatch(/is onvolledig: het pakket is afgebroken \(\d+( van \d+)? bytes\)\./);
    }
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: smallEncrypted.length - 1 }), async (length) => {
        await expectRefused(smallEncrypted.subarray(0, length), ['truncated'], { passphrase: PASS });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('reports the figures of a cut-short package', async () => {
    const error = await expectRefused(smallPlain.subarray(0, smallPlain.length - 100), ['truncated']);
    expect(error.message).toBe(`probe.dlpkg is onvolledig: het pakket is afgebroken (${smallPlain.length - 100} van ${smallPlain.length} bytes).`);
  });

  it('bytes appended after the trailer are refused', async () => {
    await expectRefused(Buffer.concat([smallPlain, Buffer.from([0])]), ['tampered']);
    await expectRefused(Buffer.concat([smallEncrypted, bytesOf(5000, 3)]), ['tampered'], { passphrase: PASS });
  });

  it('other files are not packages', async () => {
    const error = await expectRefused(Buffer.from('schoolnummer;naam\n12345;De Boomgaard\n'), ['not_a_package']);
    expect(error.message).toBe('probe.dlpkg is geen Doorlicht-pakket.');
    await expectRefused(Buffer.from('PK\u0003\u0004 a zip file'), ['not_a_package']);
    const newerContainer = Buffer.from(smallPlain);
    newerContainer[17] = 2;
    await expectRefused(newerContainer, ['not_a_package']);
  });

  it('an encrypted package needs the right passphrase', async () => {
    const missing = await expectRefused(smallEncrypted, ['passphrase_required']);
    expect(missing.message).toBe('probe.dlpkg is versleuteld; geef de wachtwoordzin op.');
    await expectRefused(smallEncrypted, ['passphrase_required'], { passphrase: '' });
    const wrong = await expectRefused(smallEncrypted, ['wrong_passphrase'], { passphrase: PASS + '!' });
    expect(wrong.message).toBe('De wachtwoordzin past niet bij probe.dlpkg.');
  });

  it('a package from a newer schema is refused with the update advice, plain and encrypted', async () => {
    for (const options of [{}, { passphrase: PASS, kdfCost: FAST_KDF }]) {
      const file = fresh('nieuw.dlpkg');
      await writePackage(file, header, [{ name: 'records.json', data: records }], { ...options, schemaVersion: PACKAGE_SCHEMA_VERSION + 1 });
      const error = await refusal(file, options);
      expect(error.code).toBe('newer_schema');
      expect(error.message).toBe(
        `${file.split('/').pop()} is gemaakt door een nieuwere versie van Doorlicht (schema ${PACKAGE_SCHEMA_VERSION + 1}); deze versie leest tot schema ${PACKAGE_SCHEMA_VERSION}. Werk Doorlicht bij.`,
      );
      await expectTempDirEmpty();
    }
  });

  it('an intact package with an invalid manifest is refused naming the field', async () => {
    const manifest = {
      format: 'doorlicht-package',
      schemaVersion: 1,
      ...header,
      encrypted: false,
      parts: [{ name: 'records.json', bytes: records.length, sha256: sha(records) }],
    };
    const cases: Array<[object, string]> = [
      [{ ...manifest, kind: 'audit' }, 'kind'],
      [{ ...manifest, createdAt: 'gisteren' }, 'createdAt'],
      [{ ...manifest, encrypted: true }, 'encrypted'],
      [{ ...manifest, parts: [{ ...manifest.parts[0], name: '../../etc/passwd' }] }, 'parts.0.name'],
      [{ ...manifest, parts: [manifest.parts[0], manifest.parts[0]] }, 'parts.1.name'],
    ];
    for (const [bad, field] of cases) {
      const parts = (bad as typeof manifest).parts.map(() => records);
      const error = await expectRefused(craftPlain(Buffer.from(JSON.stringify(bad)), parts), ['invalid_manifest']);
      expect(error.part).toBe(field);
      expect(error.message).toContain(`veld ${field}`);
    }
    await expectRefused(craftPlain(Buffer.from('{"format":'), []), ['invalid_manifest']);
    // Parts longer than the body announced, and a body with bytes no part accounts for.
    const sized = (bytes: number) => ({ ...manifest, parts: [{ ...manifest.parts[0], bytes }] });
    await expectRefused(craftPlain(Buffer.from(JSON.stringify(sized(records.length + 5))), [records]), ['invalid_manifest']);
    await expectRefused(craftPlain(Buffer.from(JSON.stringify(sized(records.length - 5))), [records]), ['invalid_manifest', 'tampered']);
  });

  it('absurd lengths are refused without allocating them', async () => {
    await expectRefused(craftPlain(Buffer.from('{}'), [], 0xffffffff), ['invalid_manifest']);
    await expectRefused(craftPlain(Buffer.from('{}'), [], 4 * 1024 * 1024 + 1), ['invalid_manifest']);
    await expectRefused(craftPlain(Buffer.from('{}'), [], 2, { bodyBytes: Number.MAX_SAFE_INTEGER }), ['truncated']);
    const hugeHeader = Buffer.from(smallPlain);
    hugeHeader.writeUInt32BE(0x7fffffff, 18);
    await expectRefused(hugeHeader, ['tampered']);
  });
});

describe('writing refuses bad part names', () => {
  const badNames = ['../records.json', '/etc/passwd', 'Records.json', 'a/../b', 'a..b', '', '.hidden', 'a'.repeat(201), 'a//b', 'map/', 'naïef', 'a b'];

  for (const name of badNames) {
    it(`refuses ${JSON.stringify(name.length > 30 ? `${name.slice(0, 10)}… (${name.length})` : name)}`, async () => {
      const file = fresh();
      const attempt = writePackage(file, header, [{ name, data: records }]);
      await expect(attempt).rejects.toBeInstanceOf(PackageError);
      await expect(attempt).rejects.toMatchObject({ code: 'invalid_manifest' });
      await expect(stat(file)).rejects.toThrow();
    });
  }

  it('refuses duplicate names and an invalid header field', async () => {
    const file = fresh();
    await expect(writePackage(file, header, [{ name: 'records.json', data: records }, { name: 'records.json', data: records }])).rejects.toMatchObject({
      code: 'invalid_manifest',
    });
    await expect(writePackage(file, { ...header, createdAt: 'morgen' }, [{ name: 'records.json', data: records }])).rejects.toMatchObject({
      code: 'invalid_manifest',
      part: 'createdAt',
    });
    await expect(stat(file)).rejects.toThrow();
  });

  it('accepts the names the exchange uses', async () => {
    const file = fresh();
    const { manifest } = await writePackage(file, header, [
      { name: 'records.json', data: records },
      { name: attachmentName(photo), data: photo },
      { name: 'attachments/2025-06_foto-1.jpg', data: photo },
    ]);
    expect(manifest.parts).toHaveLength(3);
  });
});
