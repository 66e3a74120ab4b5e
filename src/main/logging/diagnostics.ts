import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { join } from 'node:path';
import { redact } from '../../shared/domain/redact';
import type { Settings } from '../../shared/schemas/settings';
import type { SyncStatus } from '../../shared/schemas/sync';
import type { ReadableDB } from '../store/db';
import { storeHealth } from '../store/storeHealth';
import type { CrashRecord } from './crashRecords';
import type { RotatingLog } from './rotatingLog';

export interface DiagnosticsInput {
  db: ReadableDB;
  settings: Settings;
  sync: SyncStatus;
  log: RotatingLog;
  /** The latest crash records (logging/crashRecords.ts), already redacted. */
  crashes?: CrashRecord[];
  version: string;
  dataDir: string;
  now: number;
}

/**
 * "Export diagnostics" for support: one JSON file in `<data>/diagnostics/` with the versions, the
 * store's schema version, row counts and integrity, the sync state, the settings (the server URL
 * without credentials) the last 500 log lines and the latest crash records — no customer data, everything redacted again.
 */
export function writeDiagnostics(input: DiagnosticsInput): string {
  const serverUrl = input.settings.serverUrl ? new URL(input.settings.serverUrl) : null;
  if (serverUrl) {
    serverUrl.username = '';
    serverUrl.password = '';
  }
  const report = {
    generatedAt: new Date(input.now).toISOString(),
    app: { version: input.version, node: process.versions.node, electron: process.versions['electron'] ?? null, platform: platform(), release: release(), arch: arch() },
    store: storeHealth(input.db),
    sync: input.sync,
    settings: { ...input.settings, serverUrl: serverUrl?.toString() ?? null },
    log: input.log.tail(500).map(redact),
    crashes: (input.crashes ?? []).map((c) => ({ ...c, message: redact(c.message), ...(c.detail ? { detail: redact(c.detail) } : {}) })),
  };
  const dir = join(input.dataDir, 'diagnostics');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `agentdesk-diagnostics-${new Date(input.now).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
  return path;
}
