import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import { resolveLocale } from '../../shared/schemas/settings';
import type { SettingsService } from '../settings/settings';
import type { Actor } from '../store/actor';
import { getCaseDetail } from '../store/caseDetail';
import { getCaseSummary, listCases } from '../store/caseReads';
import { addNote, changeCaseStatus, createCase, updateCase } from '../store/caseWrites';
import { getCustomer } from '../store/customerReads';
import { search } from '../store/search/searchQuery';
import { getArticle } from '../store/articles';
import { discardCallDraft, openCallDraft, saveCallDraft } from '../store/callDrafts';
import { finishCall } from '../store/finishCall';
import { revealField } from '../store/revealField';
import { saveWrapUp } from '../store/wrapUp';
import { join } from 'node:path';
import { writeDiagnostics } from '../logging/diagnostics';
import { rotatingLog, type RotatingLog } from '../logging/rotatingLog';
import { listRejectedChanges } from '../sync/rejectedChanges';
import type { Session } from '../sync/session';
import type { SyncClient } from '../sync/syncClient';

export interface HandlerDeps {
  db: Database;
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
}

/** One handler per verb of the contract; `satisfies Handlers` makes a missing or misspelt verb a type error. */
export function createHandlers(deps: HandlerDeps) {
  const { db, settings } = deps;
  const ctx = () => ({ now: deps.now(), actor: deps.actor() });
  const createCtx = () => {
    const context = ctx();
    return { ...context, branchCode: settings.get().branchCode, utcOffsetMinutes: -new Date(context.now).getTimezoneOffset() };
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
    exportDiagnostics: () => {
      const log = deps.logFile ?? rotatingLog(join(deps.dataDir, 'logs'));
      return { path: writeDiagnostics({ db, settings: settings.get(), sync: deps.sync().status(), log, version: deps.version, dataDir: deps.dataDir, now: deps.now() }) };
    },
    logout: () => {
      deps.session.logout();
      deps.onServerChanged();
      return { signedOut: true as const };
    },
  } satisfies Handlers;
}
