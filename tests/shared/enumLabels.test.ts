import { describe, expect, it } from 'vitest';
import { en } from '../../src/renderer/i18n/en';
import { zhCN } from '../../src/renderer/i18n/zhCN';
import { dispositions } from '../../src/shared/domain/callFlow';
import { guardReasons } from '../../src/shared/domain/phraseGuard';
import { eligibilityReasons } from '../../src/shared/domain/returns';
import { savedViews } from '../../src/shared/domain/savedViews';
import { shiftIds } from '../../src/shared/domain/shifts';
import { reportSections } from '../../src/shared/reports/reportDocument';
import { reportLabels } from '../../src/shared/reports/reportLabels';
import { errorCodes } from '../../src/shared/result';
import { remedies } from '../../src/shared/schemas/callDraft';
import { caseStatuses, channels, slaStates } from '../../src/shared/schemas/case';
import {
  callStages,
  categories,
  complaintSeverities,
  faultClasses,
  followUpKinds,
  followUpStates,
  kbCategories,
  piiFields,
  priorities,
  returnKinds,
  returnReasons,
  returnSteps,
  scenarios,
  timelineKinds,
} from '../../src/shared/schemas/domainTerms';
import { agentStates, exportFormats } from '../../src/shared/schemas/reports';
import { searchKinds } from '../../src/shared/schemas/search';
import { locales, themes, type Locale } from '../../src/shared/schemas/settings';
import { syncPhases } from '../../src/shared/schemas/sync';
import { followUpViews } from '../../src/shared/schemas/workspace';
import { termLabels } from '../../src/shared/schemas/termLabels';
import { rejectionReasons } from '../../src/shared/sync/protocol';
import { validationKeys } from '../../src/shared/validation';

const resources = { 'zh-CN': zhCN, en } as const;

/** Where a table lives: src/shared/schemas/termLabels.ts, src/shared/reports/reportLabels.ts, or the renderer's i18n resources. */
type Source = 'termLabels' | 'reportLabels' | 'i18n';

interface LabelTable {
  source: Source;
  path: string;
  values: readonly string[];
  /** Keys the table has beyond its enum, on purpose (the label for "none", a heading, …). */
  extras?: readonly string[];
}

const table = (source: Source, path: string, values: readonly string[], extras: readonly string[] = []): LabelTable => ({ source, path, values, extras });

/**
 * Every table that names the values of one of the domain's enums. (No enum of roles has labels.)
 * The follow-up kinds are named in three tables that disagree on purpose today, each kept as its
 * screen shows it: followUps.kinds (the follow-up queue), terms.followUpKinds (call screen, case
 * detail), and the shift report's followUpKinds.
 */
const tables: LabelTable[] = [
  table('termLabels', 'channels', channels),
  table('termLabels', 'statuses', caseStatuses),
  table('termLabels', 'priorities', priorities),
  table('termLabels', 'categories', categories),
  table('termLabels', 'scenarios', scenarios),
  table('termLabels', 'complaintSeverities', complaintSeverities),
  table('reportLabels', 'channels', channels),
  table('reportLabels', 'statuses', caseStatuses),
  table('reportLabels', 'priorities', priorities),
  table('reportLabels', 'categories', categories, ['none']),
  table('reportLabels', 'complaintTypes', complaintSeverities, ['unspecified']),
  table('reportLabels', 'followUpKinds', followUpKinds),
  table('reportLabels', 'sections', reportSections),
  table('reportLabels', 'shifts', shiftIds),
  table('i18n', 'channels', channels),
  table('i18n', 'statuses', caseStatuses),
  table('i18n', 'cases.priorities', priorities),
  table('i18n', 'cases.categories', categories),
  table('i18n', 'cases.sla', slaStates),
  table('i18n', 'cases.views', savedViews, ['label', 'needsMe']),
  table('i18n', 'terms.scenarios', scenarios),
  table('i18n', 'terms.categories', categories),
  table('i18n', 'terms.priorities', priorities),
  table('i18n', 'terms.severities', complaintSeverities, ['none']),
  table('i18n', 'terms.followUpKinds', followUpKinds),
  table('i18n', 'terms.faultClasses', faultClasses, ['none']),
  table('i18n', 'terms.remedies', remedies, ['none']),
  table('i18n', 'terms.dispositions', dispositions),
  table('i18n', 'terms.returnKinds', returnKinds),
  table('i18n', 'terms.returnReasons', returnReasons),
  table('i18n', 'followUps.kinds', followUpKinds),
  table('i18n', 'followUps.views', followUpViews),
  table('i18n', 'followUps.empty', followUpViews),
  table('i18n', 'caseDetail.followUpStates', followUpStates),
  table('i18n', 'caseDetail.returnSteps', returnSteps),
  table('i18n', 'detail.events', timelineKinds),
  table('i18n', 'call.stages', callStages),
  table('i18n', 'call.guard.reasons', guardReasons),
  table('i18n', 'returns.why', eligibilityReasons),
  table('i18n', 'kb.categories', kbCategories),
  table('i18n', 'kb.locales', locales, ['all']),
  table('i18n', 'customer360.fieldNames', piiFields),
  table('i18n', 'search.kinds', searchKinds),
  table('i18n', 'team.states', agentStates),
  table('i18n', 'report.formats', exportFormats),
  table('i18n', 'sync.announce', syncPhases),
  table('i18n', 'sync.rejected.reasons', rejectionReasons, ['unknown']),
  table('i18n', 'shell.theme', themes, ['label']),
  table('i18n', 'errors', errorCodes),
  table('i18n', 'validation', validationKeys),
];

function labelsAt(locale: Locale, { source, path }: LabelTable): Record<string, unknown> {
  const root: unknown = source === 'termLabels' ? termLabels[locale] : source === 'reportLabels' ? reportLabels[locale] : resources[locale];
  const found = path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
  if (!found || typeof found !== 'object') throw new Error(`no label table at ${source} ${path} (${locale})`);
  return found as Record<string, unknown>;
}

describe('label tables', () => {
  it.each(locales.flatMap((locale) => tables.map((t) => [locale, t.source, t.path, t] as const)))('%s %s %s names every value of its enum, and nothing else', (locale, _source, path, t) => {
    const labels = labelsAt(locale, t);
    expect(Object.keys(labels).sort()).toEqual([...t.values, ...(t.extras ?? [])].sort());
    for (const [key, label] of Object.entries(labels)) expect(typeof label === 'string' && label.trim() !== '', `${path}.${key}`).toBe(true);
  });

  it.each(locales)('%s: the screens and the shift report take channels, statuses, priorities, categories, scenarios and complaint severities from termLabels', (locale) => {
    const terms = termLabels[locale];
    const messages = resources[locale];
    const report = reportLabels[locale];
    for (const shown of [messages.channels, report.channels]) expect(shown).toEqual(terms.channels);
    for (const shown of [messages.statuses, report.statuses]) expect(shown).toEqual(terms.statuses);
    for (const shown of [messages.cases.priorities, messages.terms.priorities, report.priorities]) expect(shown).toEqual(terms.priorities);
    for (const shown of [messages.cases.categories, messages.terms.categories]) expect(shown).toEqual(terms.categories);
    expect(report.categories).toEqual({ ...terms.categories, none: report.categories.none });
    expect(messages.terms.scenarios).toEqual(terms.scenarios);
    expect(messages.terms.severities).toEqual({ ...terms.complaintSeverities, none: '—' });
    expect(report.complaintTypes).toEqual({ ...terms.complaintSeverities, unspecified: report.complaintTypes.unspecified });
  });
});
