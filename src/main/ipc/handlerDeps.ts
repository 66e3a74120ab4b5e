import type { WritableDB } from '../store/db';
import type { SliceHandlers } from '../../shared/api';
import type { VerbSpec } from '../../shared/contract/slice';
import type { ReportProgress } from '../../shared/schemas/reports';
import type { CrashRecords } from '../logging/crashRecords';
import type { NoticeBoard } from '../logging/notices';
import type { RotatingLog } from '../logging/rotatingLog';
import type { PrintHtmlToPdf } from '../reports/export/pdfExport';
import type { ChooseSavePath } from '../reports/reportService';
import type { SettingsService } from '../settings/settings';
import type { Actor } from '../store/actor';
import type { Session } from '../sync/session';
import type { SyncClient } from '../sync/syncClient';
import type { HandlerContext } from './handlerContext';
import type { BackupService } from '../backups/backupService';
import type { StartupControl } from '../startup/startupControl';

export interface HandlerDeps {
  db: WritableDB;
  settings: SettingsService;
  version: string;
  dataDir: string;
  osLocale: string;
  now: () => number;
  /** The agent using this desktop: the signed-in one, or a local agent when standalone. */
  actor: () => Actor;
  session: Session;
  sync: () => SyncClient;
  /** The server URL changed: sync restarts against the new one. */
  onServerChanged: () => void;
  /** The desktop's log files (for "export diagnostics"); none in benchmarks. */
  logFile?: RotatingLog;
  /** Asks where to save a report export (the save dialog, index.ts); absent: `<dataDir>/exports`. */
  chooseSavePath?: ChooseSavePath | undefined;
  /** Prints report HTML to PDF (Electron's printToPDF, index.ts); absent: drawn in Node. */
  printHtml?: PrintHtmlToPdf | undefined;
  onReportProgress?: ((progress: ReportProgress) => void) | undefined;
  /** Notices waiting for the agent (settings reset, a service that failed, a recovered window); none in benchmarks. */
  notices?: NoticeBoard | undefined;
  /** Crash records (logging/crashRecords.ts), for the renderer's error boundary and diagnostics. */
  crashes?: CrashRecords | undefined;
  /** Scheduled backups of the store (issue 20); absent in tests that do not need them. */
  backups?: BackupService | undefined;
  /** The startup controller: startup state, restore, start empty (issue 20); absent: always ready. */
  startup?: StartupControl | undefined;
}

/**
 * One feature's handlers (`handlers/<feature>.ts`): one per verb of its contract slice, receiving
 * the already-validated request and the request's context.
 */
export type FeatureHandlers<Slice extends Record<string, VerbSpec>> = SliceHandlers<Slice, [context: HandlerContext]>;
