import type { Database } from 'better-sqlite3';
import type { Handlers } from '../../shared/api';
import { resolveLocale } from '../../shared/schemas/settings';
import type { SettingsService } from '../settings/settings';
import { getCaseSummary, listCases } from '../store/caseReads';
import { createCase } from '../store/caseWrites';

export interface HandlerDeps {
  db: Database;
  settings: SettingsService;
  version: string;
  dataDir: string;
  osLocale: string;
  now: () => number;
}

/** One handler per verb of the contract; `satisfies Handlers` makes a missing or misspelt verb a type error. */
export function createHandlers(deps: HandlerDeps) {
  const { db, settings } = deps;
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
    updateSettings: (patch) => settings.update(patch),
    createCase: (input) => {
      const now = deps.now();
      const id = createCase(db, input, { now, branchCode: settings.get().branchCode, utcOffsetMinutes: -new Date(now).getTimezoneOffset() });
      return getCaseSummary(db, id);
    },
    listCases: (query) => listCases(db, query),
  } satisfies Handlers;
}
