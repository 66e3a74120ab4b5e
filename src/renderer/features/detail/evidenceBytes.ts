import { evidenceMaxBytes } from '../../../shared/domain/evidenceFiles';

/** A file's bytes as base64 (the contract carries them so), read in pieces to keep the call stack small. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** base64 back to bytes (a PDF offered for saving). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Refused before reading: main would refuse it too, with the same reason. */
export const tooLargeToSend = (file: Blob) => file.size > evidenceMaxBytes;

/** 1.2 MB, 340 KB, 12 B. */
export function formatBytes(size: number, locale: string): string {
  const number = (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  if (size >= 1024 * 1024) return `${number(size / (1024 * 1024))} MB`;
  if (size >= 1024) return `${number(size / 1024)} KB`;
  return `${size} B`;
}
