import { safeStorage } from 'electron';
import type { SecretSealer } from '../services/sync/credential';

/**
 * Electron's safeStorage as the device credential's sealer (Keychain on
 * macOS, DPAPI on Windows, the desktop's secret service on Linux). Where it
 * would only obfuscate (Linux without a keyring: 'basic_text'), none: the
 * credential file's 0600 permissions are then the protection, as in the CLI.
 */
export function safeStorageSealer(): SecretSealer | undefined {
  if (!safeStorage.isEncryptionAvailable()) return undefined;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return undefined;
  return {
    kind: 'electron-safestorage',
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}
