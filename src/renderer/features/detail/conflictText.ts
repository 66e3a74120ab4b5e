import type { TFunction } from 'i18next';
import { formatAtSeconds } from '../../ui/formatSpan';

/** Case columns (as the sync protocol names them) → the label the case screens already use. */
const fieldLabels: Record<string, string> = {
  subject: 'caseList.columns.subject',
  status: 'caseList.columns.status',
  channel: 'caseList.columns.channel',
  customer_id: 'caseList.columns.customer',
  scenario: 'call.confirm.scenario',
  category: 'call.confirm.category',
  priority: 'call.confirm.priority',
  severity: 'call.confirm.severity',
  description: 'call.confirm.keyPoints',
  product: 'call.confirm.product',
  order_no: 'call.confirm.orderNo',
  resolution: 'call.solve.solution',
  response_due_at: 'call.sla.response',
  resolution_due_at: 'call.sla.resolution',
  satisfaction: 'call.followUp.satisfaction',
  due_at: 'call.followUp.callback',
  kind: 'call.followUp.callbackKind',
  note: 'call.record.notes',
};

/** Values of these columns are terms with translations of their own. */
const valueTerms: Record<string, string> = {
  status: 'statuses',
  channel: 'channels',
  scenario: 'terms.scenarios',
  category: 'terms.categories',
  priority: 'terms.priorities',
  severity: 'terms.severities',
  kind: 'terms.followUpKinds',
};

export interface ConflictData {
  table: string;
  field: string;
  kept: unknown;
  lost: unknown;
  mutation: string | null;
}

/** The conflict event's data, when it has the shape the server writes. */
export function conflictData(data: Record<string, unknown>): ConflictData | null {
  if (typeof data.field !== 'string') return null;
  return { table: typeof data.table === 'string' ? data.table : '', field: data.field, kept: data.kept, lost: data.lost, mutation: typeof data.mutation === 'string' ? data.mutation : null };
}

/** A field's name in the agent's words; a column without a label shows its raw name. */
export function fieldLabel(t: TFunction, field: string): string {
  const key = fieldLabels[field];
  return key ? t(key) : field;
}

/** A kept or lost value as the agent would read it: terms translated, times as dates, empty marked. */
export function conflictValue(t: TFunction, field: string, value: unknown, locale: string): string {
  if (value === null || value === undefined || value === '') return t('conflict.empty');
  const terms = valueTerms[field];
  if (terms && typeof value === 'string') return t(`${terms}.${value}`, { defaultValue: value });
  if (field.endsWith('_at') && typeof value === 'number') return formatAtSeconds(value, locale);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
