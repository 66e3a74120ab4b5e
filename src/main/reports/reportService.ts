import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { utcOffsetMinutesOf } from '../../shared/domain/shifts';
import { buildReportDocument } from '../../shared/reports/reportDocument';
import { formatDate } from '../../shared/reports/reportFormat';
import { reportLabels } from '../../shared/reports/reportLabels';
import { AppError } from '../../shared/result';
import type { ExportFormat, ExportReply, ParsedExportReport, ReportFilter, ReportOptions, ReportProgress, ReportReply, ShiftReport } from '../../shared/schemas/reports';
import type { Actor } from '../store/actor';
import { writeAudit } from '../store/audit/auditLog';
import type { WritableDB } from '../store/db';
import { branchNameOf, teamNameOf } from '../store/organisation/organisationReads';
import { withReadSnapshot } from '../store/readSnapshot';
import { appendMutation } from '../store/sync/outbox';
import { calendarInForceAt } from '../actions/rulesInForce';
import { writeCsvZip } from './export/csvExport';
import { defaultExportDir, exportTarget, resolveInside, suggestedFileName, unusedPath } from './export/exportFiles';
import { writePdf, type PrintHtmlToPdf } from './export/pdfExport';
import { writeXlsx } from './export/xlsxExport';
import { leadScopeOf, reportOptions, scopedFilter } from './reportAccess';
import { computeShiftReport, ReportCancelled } from './shiftReport';

/** Asks where to save an export (the save dialog, at the edge); null: the user cancelled. */
export type ChooseSavePath = (suggestedName: string, format: ExportFormat) => Promise<string | null>;

export interface ReportServiceDeps {
  db: WritableDB;
  now: () => number;
  actor: () => Actor;
  /** Exports go to `<dataDir>/exports` when there is no save dialog. */
  dataDir: string;
  chooseSavePath?: ChooseSavePath | undefined;
  /** Electron's printToPDF in the app; absent, PDFs are drawn in Node. */
  printHtml?: PrintHtmlToPdf | undefined;
  onProgress?: ((progress: ReportProgress) => void) | undefined;
}

/**
 * Shift reports and their exports for team leads and admins (agents get `forbidden`). Each run is
 * a job the renderer names, so it can follow its progress and cancel it; the work runs in chunks
 * on a read snapshot, so the main process keeps answering while a large report is made.
 */
export class ReportService {
  private readonly jobs = new Map<string, { cancelled: boolean }>();

  constructor(private readonly deps: ReportServiceDeps) {}

  options(): ReportOptions {
    return reportOptions(this.deps.db, leadScopeOf(this.deps.db, this.deps.actor()), this.deps.now());
  }

  cancel(jobId: string): { cancelled: boolean } {
    const job = this.jobs.get(jobId);
    if (job) job.cancelled = true;
    return { cancelled: job !== undefined };
  }

  async run(jobId: string, filter: ReportFilter): Promise<ReportReply> {
    const scoped = scopedFilter(this.deps.db, leadScopeOf(this.deps.db, this.deps.actor()), filter);
    return this.asJob(jobId, async (job) => ({ status: 'done', report: await this.compute(jobId, job, scoped, false) }));
  }

  /**
   * Exports the report: asks where (save dialog, or the exports folder), computes it (personal data
   * unmasked only when asked for, with a reason), writes the file under a temporary name, records
   * the export in the audit log with its outbox mutation (one transaction), then gives the file its
   * name. Cancelled or failed: no file and no audit row is left behind.
   */
  async export(input: ParsedExportReport): Promise<ExportReply> {
    const { db } = this.deps;
    const actor = this.deps.actor();
    const filter = scopedFilter(db, leadScopeOf(db, actor), input.filter);
    if (this.jobs.has(input.jobId)) throw new AppError('conflict', `job ${input.jobId} is already running`);
    const offset = utcOffsetMinutesOf(this.timeZoneOf(filter), filter.from);
    const labels = reportLabels[input.locale];
    const scopeName =
      (filter.teamId && teamNameOf(db, filter.teamId)) ||
      (filter.branchId && branchNameOf(db, filter.branchId)) ||
      null;
    const name = suggestedFileName({ stem: labels.fileStem, scope: scopeName, firstDay: formatDate(filter.from, offset), lastDay: formatDate(filter.to - 1, offset) }, input.format);
    const chosen = this.deps.chooseSavePath ? await this.deps.chooseSavePath(name, input.format) : this.defaultPath(name);
    if (chosen === null) return { status: 'cancelled' };
    const path = exportTarget(chosen, input.format);

    return this.asJob(input.jobId, async (job) => {
      const report = await this.compute(input.jobId, job, filter, input.includePersonalData);
      const doc = buildReportDocument(report, input.locale, offset, input.reason);
      const temp = `${path}.${randomUUID().slice(0, 8)}.part`;
      const control = {
        isCancelled: () => job.cancelled,
        onProgress: (done: number, total: number) => this.deps.onProgress?.({ jobId: input.jobId, phase: 'writing', done, total }),
      };
      try {
        if (input.format === 'csv') await writeCsvZip(doc, temp, control);
        else if (input.format === 'xlsx') await writeXlsx(doc, temp, control);
        else await writePdf(doc, temp, { ...control, printHtml: this.deps.printHtml });
        if (job.cancelled) throw new ReportCancelled();
        const { size } = await stat(temp);
        this.audit(input, report, basename(path), size);
        await rename(temp, path);
        return { status: 'saved', path, fileName: basename(path), bytes: size };
      } finally {
        await rm(temp, { force: true });
      }
    });
  }

  private defaultPath(name: string): string {
    const dir = defaultExportDir(this.deps.dataDir);
    mkdirSync(dir, { recursive: true });
    return unusedPath(resolveInside(dir, name));
  }

  private audit(input: ParsedExportReport, report: ShiftReport, fileName: string, bytes: number): void {
    const { db } = this.deps;
    const now = this.deps.now();
    const actor = this.deps.actor();
    const { filter } = report;
    const entity = filter.teamId ? 'team' : filter.branchId ? 'branch' : 'store';
    const data = {
      report: 'shift',
      format: input.format,
      from: filter.from,
      to: filter.to,
      shift: filter.shift,
      agentId: filter.agentId,
      includesPersonalData: input.includePersonalData,
      rows: { breaches: report.breaches.length, reopened: report.reopened.length, agents: report.byAgent.length },
      file: fileName,
      bytes,
    };
    db.transaction(() => {
      writeAudit(db, {
        at: now,
        actorId: actor.agentId,
        action: 'export',
        entity,
        entityId: filter.teamId ?? filter.branchId ?? 'all',
        ...(input.includePersonalData ? { field: 'personalData', reason: input.reason } : {}),
        data,
      });
      appendMutation(db, 'audit.export', { ...data, entity, entityId: filter.teamId ?? filter.branchId ?? 'all', reason: input.includePersonalData ? (input.reason ?? null) : null, at: now }, now);
    })();
  }

  /** Shift hours and dates are read in the zone of the business calendar in force when the period starts (issue 18: a policy). */
  private timeZoneOf(filter: ReportFilter): string {
    return calendarInForceAt(this.deps.db, filter.from).timeZone;
  }

  private async compute(jobId: string, job: { cancelled: boolean }, filter: ReportFilter, personalData: boolean): Promise<ShiftReport> {
    const timeZone = this.timeZoneOf(filter);
    const report = await withReadSnapshot(this.deps.db, (reader) =>
      computeShiftReport(reader, filter, {
        now: this.deps.now(),
        personalData,
        utcOffsetMinutes: utcOffsetMinutesOf(timeZone, filter.from),
        isCancelled: () => job.cancelled,
        onProgress: (done, total) => this.deps.onProgress?.({ jobId, phase: 'computing', done, total }),
      }),
    );
    return { ...report, timeZone };
  }

  private async asJob<T extends { status: string }>(jobId: string, work: (job: { cancelled: boolean }) => Promise<T>): Promise<T | { status: 'cancelled' }> {
    if (this.jobs.has(jobId)) throw new AppError('conflict', `job ${jobId} is already running`);
    const job = { cancelled: false };
    this.jobs.set(jobId, job);
    try {
      return await work(job);
    } catch (error) {
      if (error instanceof ReportCancelled) return { status: 'cancelled' };
      throw error;
    } finally {
      this.jobs.delete(jobId);
    }
  }
}

