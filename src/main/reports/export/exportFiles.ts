import { existsSync } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { AppError } from '../../../shared/result';
import type { ExportFormat } from '../../../shared/schemas/reports';

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
const MAX_NAME = 120;

/**
 * A file name safe on Windows, macOS and Linux, made from text that may hold anything (a team's
 * name, a date): path separators, reserved characters and control characters become "_", leading
 * dots and spaces go (no hidden files, no "..") as do trailing ones, reserved device names get a
 * prefix, and it is cut to a sane length keeping its extension.
 */
export function safeFileName(name: string): string {
  const ext = /^\.[A-Za-z0-9]{1,10}$/.test(extname(name)) ? extname(name) : '';
  let stem = (ext ? name.slice(0, -ext.length) : name)
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    .replace(/\.{2,}/g, '_')
    .replace(/_{2,}/g, '_')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!stem) stem = 'report';
  if (WINDOWS_RESERVED.test(stem)) stem = `_${stem}`;
  return Array.from(stem).slice(0, MAX_NAME).join('') + ext;
}

/** `dir/fileName`, refusing any name that is not a plain file name inside `dir` (no separators, no ".."). */
export function resolveInside(dir: string, fileName: string): string {
  const refuse = () => new AppError('validation', `refused file name: ${fileName.slice(0, 100)}`, [{ path: 'fileName', key: 'invalid' }]);
  if (!fileName || fileName !== basename(fileName) || fileName.includes('/') || fileName.includes('\\') || fileName === '.' || fileName === '..') throw refuse();
  const root = resolve(dir);
  const target = resolve(root, fileName);
  const rel = relative(root, target);
  if (!rel || rel.startsWith('..') || isAbsolute(rel)) throw refuse();
  return target;
}

export const extensionOf: Record<ExportFormat, string> = { csv: '.zip', xlsx: '.xlsx', pdf: '.pdf' };

/** A path the user chose, with the format's extension (added if missing): it must be absolute. */
export function exportTarget(path: string, format: ExportFormat): string {
  if (!isAbsolute(path)) throw new AppError('validation', 'the export path must be absolute', [{ path: 'path', key: 'invalid' }]);
  const ext = extensionOf[format];
  return path.toLowerCase().endsWith(ext) ? path : `${path}${ext}`;
}

/** `path`, or `name (2).ext`, `name (3).ext`… when a file is already there. */
export function unusedPath(path: string): string {
  if (!existsSync(path)) return path;
  const ext = extname(path);
  const stem = path.slice(0, path.length - ext.length);
  for (let i = 2; ; i++) {
    const candidate = `${stem} (${i})${ext}`;
    if (!existsSync(candidate)) return candidate;
  }
}

/** The name offered in the save dialog: "班次报表_售后一组_2026-11-16_2026-11-22.xlsx", sanitized. */
export function suggestedFileName(parts: { stem: string; scope: string | null; firstDay: string; lastDay: string }, format: ExportFormat): string {
  const days = parts.firstDay === parts.lastDay ? parts.firstDay : `${parts.firstDay}_${parts.lastDay}`;
  return safeFileName([parts.stem, parts.scope, days].filter(Boolean).join('_') + extensionOf[format]);
}

/** Where exports go when no save dialog is available (tests, headless use): the data directory's exports folder. */
export const defaultExportDir = (dataDir: string) => join(dataDir, 'exports');
