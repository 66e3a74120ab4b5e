import { callEn } from './callEn';

import type { zhCN } from './zhCN';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English: every key of zh-CN, checked by the type. */
export const en: Messages<typeof zhCN> = {
  app: {
    title: 'AgentDesk',
    language: 'Language',
    standalone: 'Standalone · data kept on this computer',
    loading: 'Opening the local case store…',
    shortcuts: 'Shortcuts: Ctrl+K search · Ctrl+N new case · Ctrl+Enter submit',
  },
  channels: { phone: 'Phone', chat: 'Chat', email: 'Email', walkIn: 'Walk-in' },
  statuses: {
    new: 'New',
    inProgress: 'In progress',
    waitingCustomer: 'Waiting for customer',
    escalated: 'Escalated',
    transferred: 'Transferred',
    resolved: 'Resolved',
    closed: 'Closed',
    reopened: 'Reopened',
  },
  newCase: {
    title: 'New case',
    customerName: 'Customer name',
    customerNamePlaceholder: 'e.g. Ms Wang',
    customerPhone: 'Phone',
    customerPhonePlaceholder: 'Mobile, or landline with area code',
    channel: 'Channel',
    subject: 'Subject',
    subjectPlaceholder: 'The customer’s problem in one sentence',
    submit: 'Create case',
    submitting: 'Saving…',
    created: 'Case {{number}} saved on this computer',
  },
  caseList: {
    title: 'Cases',
    total: '{{count}} in all',
    empty: 'No cases yet. Fill in the customer’s details on the left to create the first one.',
    loadMore: 'Load more',
    loading: 'Loading…',
    columns: { number: 'Case no.', customer: 'Customer', phone: 'Phone', channel: 'Channel', subject: 'Subject', status: 'Status', updatedAt: 'Updated' },
  },
  ...callEn,
  search: {
    label: 'Search cases, customers and the knowledge base',
    placeholder: 'Search by name, phone, order or case number, or keyword (Ctrl+K)',
    results: 'Search results',
    none: 'No cases, customers or articles match “{{text}}”',
    kinds: { case: 'Case', customer: 'Customer', article: 'Article' },
  },
  validation: {
    required: 'Required',
    tooLong: 'Too long',
    invalidPhone: 'Enter a valid number: mobile, landline with area code, or +86…',
    invalidChoice: 'Choose one from the list',
    invalidType: 'Wrong format',
    unknownField: 'Contains an unrecognised field',
    invalid: 'Not valid',
  },
  errors: {
    validation: 'Please correct the marked fields and submit again.',
    unknown_channel: 'Request refused: the sender is not trusted.',
    not_found: 'That record was not found; it may have been removed.',
    conflict: 'Someone else changed this record. Refresh and try again.',
    invalid_transition: 'The case cannot move from its current status to the one chosen.',
    forbidden: 'Your role does not allow this. Ask your team lead.',
    storage: 'The local case store cannot be reached right now; nothing was changed. Try again, or call support.',
    internal: 'Something unexpected went wrong; nothing was changed. Try again, and call support if it keeps happening.',
  },
};
