import type { WritableDB } from '../store/db';
import type { Handlers } from '../../shared/api';
import { resolveLocale } from '../../shared/schemas/settings';
import type { SettingsService } from '../settings/settings';
import type { Actor } from '../store/actor';
import { getCaseDetail } from '../store/caseDetail';
import { getCaseSummary, listCases } from '../store/caseReads';
import { addNote, changeCaseStatus, createCase, updateCase } from '../store/caseWrites';
import { getCustomer } from '../store/customerReads';
import { search } from '../store/search/searchQuery';
import { getArticle, listArticles, saveArticle } from '../store/articles';
import { getCustomer360 } from '../store/customer360';
import { listFollowUps } from '../store/followUpReads';
import { completeFollowUp } from '../store/followUpWrites';
import { discardCallDraft, openCallDraft, saveCallDraft } from '../store/callDrafts';
import { finishCall } from '../store/finishCall';
import { revealField } from '../store/revealField';
import { saveWrapUp } from '../store/wrapUp';
import { bulkUpdateCases } from '../store/bulkCases';
import { currentAgentId, listActiveAgents } from '../store/organisation/agentReads';
import { join } from 'node:path';
import { writeDiagnostics } from '../logging/diagnostics';
import { rotatingLog, type RotatingLog } from '../logging/rotatingLog';
import { listRejectedChanges } from '../store/sync/rejectedChanges';
import type { Session } from '../sync/session';
import type { SyncClient } from '../sync/syncClient';
import { defaultCalendar } from '../../shared/domain/businessCalendar';
import { utcOffsetMinutesOf } from '../../shared/domain/shifts';
import type { ReportProgress } from '../../shared/schemas/reports';
import { decideApproval } from '../reports/approvals';
import type { PrintHtmlToPdf } from '../reports/export/pdfExport';
import { leadScopeOf } from '../reports/reportAccess';
import { ReportService, type ChooseSavePath } from '../reports/reportService';
import { getTeamView } from '../reports/teamView';

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
}

/** One handler per verb of the contract; `satisfies Handlers` makes a missing or misspelt verb a type error. */
export function createHandlers(deps: HandlerDeps) {
  const { db, settings } = deps;
  const ctx = () => ({ now: deps.now(), actor: deps.actor() });
  const createCtx = () => {
    const context = ctx();
    return { ...context, branchCode: settings.get().branchCode, utcOffsetMinutes: -new Date(context.now).getTimezoneOffset() };
  };
  const reports = new ReportService({ db, now: deps.now, actor: deps.actor, dataDir: deps.dataDir, chooseSavePath: deps.chooseSavePath, printHtml: deps.printHtml, onProgress: deps.onReportProgress });
  const teamView = (teamId: string | null) => {
    const now = deps.now();
    return getTeamView(db, leadScopeOf(db, deps.actor()), teamId, now, utcOffsetMinutesOf(defaultCalendar.timeZone, now));
  };
  return {
    getAppInfo: () => {
      const current = settings.get();
      return {
        version: deps.version,
        locale: resolveLocale(current.locale, deps.osLocale),
        dataDir: deps.dataDir,
        standalone: current.serverUrl === null,
      };
    },
    getSettings: () => settings.get(),
    updateSettings: (patch) => {
      const before = settings.get().serverUrl;
      const next = settings.update(patch);
      if (next.serverUrl !== before) deps.onServerChanged();
      return next;
    },
    createCase: (input) => getCaseSummary(db, createCase(db, input, createCtx())),
    listCases: (query) => listCases(db, query, deps.now()),
    getCase: ({ caseId }) => getCaseDetail(db, caseId),
    updateCase: ({ caseId, changes }) => {
      updateCase(db, caseId, changes, ctx());
      return getCaseDetail(db, caseId);
    },
    changeCaseStatus: (input) => {
      changeCaseStatus(db, input, ctx());
      return getCaseDetail(db, input.caseId);
    },
    addNote: ({ caseId, text }) => {
      addNote(db, caseId, text, ctx());
      return getCaseDetail(db, caseId);
    },
    saveWrapUp: (input) => {
      saveWrapUp(db, input, ctx());
      return getCaseDetail(db, input.caseId);
    },
    getCustomer: ({ customerId }) => getCustomer(db, customerId),
    revealCustomerField: (request) => ({ value: revealField(db, request, ctx()) }),
    search: (request) => search(db, request),
    getArticle: ({ articleId }) => getArticle(db, articleId),
    saveCallDraft: ({ draft }) => {
      saveCallDraft(db, draft, deps.actor().agentId);
      return { savedAt: deps.now() };
    },
    openCallDraft: () => openCallDraft(db),
    discardCallDraft: ({ id }) => ({ discarded: discardCallDraft(db, id) }),
    finishCall: ({ draft }) => getCaseDetail(db, finishCall(db, draft, createCtx())),
    getSyncStatus: () => deps.sync().status(),
    syncNow: async () => {
      await deps.sync().syncNow();
      return deps.sync().status();
    },
    listRejectedChanges: () => listRejectedChanges(db),
    getSignedInAgent: () => deps.session.current(),
    login: async (input) => {
      const agent = await deps.session.login(input);
      deps.onServerChanged();
      return agent;
    },
    bulkUpdateCases: ({ caseIds, action }) => ({ results: bulkUpdateCases(db, caseIds, action, ctx()) }),
    listAgents: () => ({ agents: listActiveAgents(db), meId: currentAgentId(db, deps.actor().agentId, settings.get().agentNumber) }),
    listFollowUps: (query) => listFollowUps(db, query, deps.now(), createCtx().utcOffsetMinutes),
    completeFollowUp: ({ id, note }) => {
      completeFollowUp(db, id, note, ctx());
      return listFollowUps(db, { view: 'today', limit: 200 }, deps.now(), createCtx().utcOffsetMinutes);
    },
    getCustomer360: ({ customerId }) => getCustomer360(db, customerId, deps.now()),
    listArticles: (query) => listArticles(db, query),
    saveArticle: (input) => saveArticle(db, input, ctx()),
    exportDiagnostics: () => {
      const log = deps.logFile ?? rotatingLog(join(deps.dataDir, 'logs'));
      return { path: writeDiagnostics({ db, settings: settings.get(), sync: deps.sync().status(), log, version: deps.version, dataDir: deps.dataDir, now: deps.now() }) };
    },
    logout: () => {
      deps.session.logout();
      deps.onServerChanged();
      return { signedOut: true as const };
    },
    getTeamView: ({ teamId }) => teamView(teamId),
    decideApproval: (input) => {
      const context = ctx();
      const scope = leadScopeOf(db, context.actor);
      decideApproval(db, scope, input, context);
      return teamView(scope.role === 'lead' ? scope.teamId : ((db.prepare('SELECT team_id FROM cases WHERE id = ?').pluck().get(input.caseId) as string | null | undefined) ?? null));
    },
    getReportOptions: () => reports.options(),
    runShiftReport: ({ jobId, filter }) => reports.run(jobId, filter),
    exportShiftReport: (input) => reports.export(input),
    cancelReport: ({ jobId }) => reports.cancel(jobId),
  } satisfies Handlers;
}
