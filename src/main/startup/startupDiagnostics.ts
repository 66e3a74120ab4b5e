import { mkdirSync, writeFileSync } from 'node:fs';
import { arch, platform, release } from 'node:os';
import { join } from 'node:path';
import type { StartupState } from '../../shared/contract/startup';
import { redact } from '../../shared/domain/redact';
import type { RotatingLog } from '../logging/rotatingLog';

export interface StartupDiagnosticsInput {
  state: StartupState;
  dbPath: string;
  log: RotatingLog;
  version: string;
  dataDir: string;
  now: number;
}

/**
 * The support file when the store cannot be used (damaged or failed): versions, the startup state
 * with its reason, the backups on hand and the last 500 log lines, redacted — the store itself is
 * not opened, so nothing is read from it.
 */
export function writeStartupDiagnostics(input: StartupDiagnosticsInput): string {
  const report = {
    generatedAt: new Date(input.now).toISOString(),
    app: { version: input.version, node: process.versions.node, electron: process.versions['electron'] ?? null, platform: platform(), release: release(), arch: arch() },
    startup: input.state,
    store: { path: input.dbPath },
    log: input.log.tail(500).map(redact),
  };
  const dir = join(input.dataDir, 'diagnostics');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `agentdesk-startup-diagnostics-${new Date(input.now).toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
  return path;
}
