import { createCipheriv, createDecipheriv, createHmac, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { CipherGCM, DecipherGCM } from 'node:crypto';
import type { KdfParams, PackageHeader } from './container-format';

/** scrypt defaults for new packages: ~32 MB and a fraction of a second, per the OWASP floor for scrypt. */
export const DEFAULT_KDF_COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const KEY_CHECK_LABEL = 'doorlicht-key-check';

function deriveKey(passphrase: string, kdf: KdfParams): Promise<Buffer> {
  // NFC so the same passphrase typed on macOS (NFD input) and Windows derives the same key.
  const secret = passphrase.normalize('NFC');
  const maxmem = Math.max(64 * 1024 * 1024, 2 * 128 * kdf.N * kdf.r);
  return new Promise((resolve, reject) => {
    scrypt(secret, Buffer.from(kdf.salt, 'base64'), KEY_BYTES, { N: kdf.N, r: kdf.r, p: kdf.p, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** Lets a reader tell a wrong passphrase from a damaged package before it decrypts a single byte. */
function keyCheckOf(key: Buffer): Buffer {
  return createHmac('sha256', key).update(KEY_CHECK_LABEL).digest();
}

export interface NewEncryption {
  header: Required<Pick<PackageHeader, 'kdf' | 'iv' | 'keyCheck'>>;
  key: Buffer;
}

export async function newEncryption(passphrase: string, cost: { N: number; r?: number; p?: number } = DEFAULT_KDF_COST): Promise<NewEncryption> {
  const kdf: KdfParams = {
    name: 'scrypt',
    N: cost.N,
    r: cost.r ?? DEFAULT_KDF_COST.r,
    p: cost.p ?? DEFAULT_KDF_COST.p,
    salt: randomBytes(16).toString('base64'),
  };
  const key = await deriveKey(passphrase, kdf);
  return { key, header: { kdf, iv: randomBytes(12).toString('base64'), keyCheck: keyCheckOf(key).toString('base64') } };
}

/** The header (magic through header JSON) is additional authenticated data, so it cannot be swapped unnoticed. */
export function encryptor(key: Buffer, iv: string, prefix: Buffer): CipherGCM {
  const cipher = createCipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  cipher.setAAD(prefix);
  return cipher;
}

/** The key for this header, or null when the passphrase does not match its key check. */
export async function keyFor(passphrase: string, header: PackageHeader): Promise<Buffer | null> {
  if (!header.kdf || !header.keyCheck) return null;
  const key = await deriveKey(passphrase, header.kdf);
  const expected = Buffer.from(header.keyCheck, 'base64');
  const actual = keyCheckOf(key);
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? key : null;
}

export function decryptor(key: Buffer, iv: string, prefix: Buffer, tag: Buffer): DecipherGCM {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
  decipher.setAAD(prefix);
  decipher.setAuthTag(tag);
  return decipher;
}
