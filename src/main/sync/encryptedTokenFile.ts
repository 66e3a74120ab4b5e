import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { TokenVault } from './session';

/** The part of Electron's `safeStorage` the vault needs (OS keychain / DPAPI / libsecret). */
export interface StringCipher {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/**
 * The sign-in token in a file, encrypted by the OS through `safeStorage`. Where the OS offers no
 * encryption the token is kept in memory only: the agent signs in again after a restart rather
 * than have the token written in clear.
 */
export function encryptedTokenFile(path: string, cipher: StringCipher): TokenVault {
  let inMemory: string | null = null;
  return {
    read() {
      if (!cipher.isEncryptionAvailable()) return inMemory;
      try {
        return cipher.decryptString(readFileSync(path));
      } catch {
        return null;
      }
    },
    write(token) {
      inMemory = token;
      if (token === null) rmSync(path, { force: true });
      else if (cipher.isEncryptionAvailable()) writeFileSync(path, cipher.encryptString(token), { mode: 0o600 });
    },
  };
}
