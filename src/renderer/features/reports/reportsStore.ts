import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi } from '../../../shared/api';
import { defaultCalendar } from '../../../shared/domain/businessCalendar';
import { defaultReportPeriod } from '../../../shared/domain/reportPeriod';
import { utcOffsetMinutesOf, type ShiftId } from '../../../shared/domain/shifts';
import type { AppErrorValue } from '../../../shared/result';
import { MAX_REPORT_SPAN_MS, type ExportFormat, type ReportFilterInput, type ReportOptions, type ReportProgress, type ShiftReport } from '../../../shared/schemas/reports';
import type { Locale } from '../../../shared/schemas/settings';

export interface DayFilter {
  /** Local dates 'YYYY-MM-DD' in the business calendar's zone, both included. */
  fromDay: string;
  toDay: string;
  shift: ShiftId | null;
  teamId: string | null;
  agentId: string | null;
}

export interface ReportJob {
  id: string;
  kind: 'run' | 'export';
  phase: ReportProgress['phase'];
  done: number;
  total: number;
}

export type ReportNotice = { kind: 'saved'; path: string } | { kind: 'cancelled' } | { kind: 'exportCancelled' } | { kind: 'badRange' };

export interface ReportsState {
  options: ReportOptions | null;
  /** The actor is not a lead or admin: the screen shows a refusal. */
  forbidden: boolean;
  error: AppErrorValue | null;
  filter: DayFilter;
  job: ReportJob | null;
  report: ShiftReport | null;
  notice: ReportNotice | null;
  load(): Promise<void>;
  setFilter(patch: Partial<DayFilter>): void;
  run(): Promise<void>;
  exportAs(format: ExportFormat, locale: Locale, personalData: { include: boolean; reason: string }): Promise<void>;
  cancel(): Promise<void>;
  progress(progress: ReportProgress): void;
}

const DAY_MS = 86_400_000;

/** Local midnight of a 'YYYY-MM-DD' day in `zone` (the business calendar's), as epoch milliseconds. */
export function dayStart(day: string, zone: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return utcMidnight - utcOffsetMinutesOf(zone, utcMidnight) * 60_000;
}

/** The filter as main takes it: [first day 00:00, day after the last day 00:00), in `zone`. */
export function toReportFilter(filter: DayFilter, zone: string): ReportFilterInput {
  return { from: dayStart(filter.fromDay, zone), to: dayStart(filter.toDay, zone) + DAY_MS, shift: filter.shift, teamId: filter.teamId, agentId: filter.agentId };
}

const newJobId = () => `job-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

/** UI state of the shift report screen; the report itself is computed by main, as a job that reports progress and can be cancelled. */
export function createReportsStore(api: AgentDeskApi, now: () => number = Date.now) {
  return createStore<ReportsState>()((set, get) => {
    // Days are read in the zone of the business calendar in force (main's options), the built-in one until they arrive.
    const zone = () => get().options?.timeZone ?? defaultCalendar.timeZone;
    const filterForMain = () => toReportFilter(get().filter, zone());
    const validRange = () => {
      const f = filterForMain();
      const ok = Number.isFinite(f.from) && Number.isFinite(f.to) && f.to > f.from && f.to - f.from <= MAX_REPORT_SPAN_MS;
      if (!ok) set({ notice: { kind: 'badRange' } });
      return ok;
    };
    const failed = (error: AppErrorValue) => set({ job: null, error, forbidden: error.code === 'forbidden' });
    // Dates the lead chose are kept; until then the screen follows the default period.
    let datesChosen = false;
    return {
      options: null,
      forbidden: false,
      error: null,
      filter: { ...defaultReportPeriod(now(), null, defaultCalendar.timeZone), shift: null, teamId: null, agentId: null },
      job: null,
      report: null,
      notice: null,
      async load() {
        const reply = await api.getReportOptions();
        if (!reply.ok) return failed(reply.error);
        // Main's clock and store decide the default period (the last complete week with work).
        const period = datesChosen || !reply.value.defaultPeriod ? {} : reply.value.defaultPeriod;
        set((s) => ({ options: reply.value, forbidden: false, error: null, filter: { ...s.filter, ...period, teamId: reply.value.fixedTeamId ?? s.filter.teamId } }));
      },
      setFilter(patch) {
        if (patch.fromDay !== undefined || patch.toDay !== undefined) datesChosen = true;
        set((s) => ({ filter: { ...s.filter, ...patch, ...(patch.teamId !== undefined && patch.teamId !== s.filter.teamId ? { agentId: null } : {}) }, notice: null }));
      },
      async run() {
        if (get().job || !validRange()) return;
        const job: ReportJob = { id: newJobId(), kind: 'run', phase: 'computing', done: 0, total: 1 };
        set({ job, notice: null, error: null });
        const reply = await api.runShiftReport({ jobId: job.id, filter: filterForMain() });
        if (!reply.ok) return failed(reply.error);
        if (reply.value.status === 'cancelled') set({ job: null, notice: { kind: 'cancelled' } });
        else set({ job: null, report: reply.value.report });
      },
      async exportAs(format, locale, personalData) {
        if (get().job || !validRange()) return;
        const job: ReportJob = { id: newJobId(), kind: 'export', phase: 'computing', done: 0, total: 1 };
        set({ job, notice: null, error: null });
        const reply = await api.exportShiftReport({
          jobId: job.id,
          filter: filterForMain(),
          format,
          locale,
          includePersonalData: personalData.include,
          ...(personalData.include ? { reason: personalData.reason } : {}),
        });
        if (!reply.ok) return failed(reply.error);
        set({ job: null, notice: reply.value.status === 'saved' ? { kind: 'saved', path: reply.value.path } : { kind: 'exportCancelled' } });
      },
      async cancel() {
        const job = get().job;
        if (job) await api.cancelReport({ jobId: job.id });
      },
      progress(progress) {
        const job = get().job;
        if (job && job.id === progress.jobId) set({ job: { ...job, phase: progress.phase, done: progress.done, total: progress.total } });
      },
    };
  });
}

export type ReportsStore = ReturnType<typeof createReportsStore>;
