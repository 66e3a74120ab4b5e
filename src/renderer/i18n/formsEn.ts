import type { formsZhCN } from './formsZhCN';

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

/** English messages under `guard.*` and `forms.*`: the same keys as formsZhCN.ts. */
export const formsEn: Messages<typeof formsZhCN> = {
  guard: {
    flagged: '“{{phrase}}” · {{category}}',
    replaceClause: 'Replace “{{clause}}” with:',
    keep: 'Keep as written…',
    keepHelp: 'If the wording must stay (quoting the customer, approved by your lead), say why. The reason is recorded on the case for quality review.',
    keepReason: 'Reason for keeping it',
    keepReasonPlaceholder: 'e.g. full refund approved by the team lead',
    keepConfirm: 'Keep it',
    keepCancel: 'Cancel',
    kept: 'Kept as written · reason: {{reason}}',
    undoKeep: 'Undo',
    mustResolve: 'Before saving, deal with the marked wording: use a suggested sentence, or keep it and give a reason.',
    solutionFlags: 'Wording in the solution',
    timeline: '“{{excerpt}}” ({{category}}) · reason: {{reason}}',
  },
  forms: {
    count: '{{count}}/{{max}}',
    countLabel: '{{count}} of {{max}} characters used',
    full: 'Limit of {{max}} characters reached',
    pasteCut: 'The pasted text was longer than the {{max}}-character limit: the last {{cut}} characters were not pasted.',
    dateHint: 'Format: year-month-day, e.g. {{example}}',
    dateTimeHint: 'Format: year-month-day hour:minute (24-hour), e.g. {{example}}',
    dateErrors: {
      format: 'Not recognised. Type it like {{example}}',
      noSuchDate: 'That day does not exist. Check the month and day',
      time: 'Invalid time: hours 0–23, minutes 0–59',
      past: 'That time has passed. Choose a later one',
      beforeMin: 'Cannot be before {{min}}',
      afterMax: 'Cannot be after {{max}}',
    },
    picks: 'Quick picks',
    in15: 'In 15 min',
    in60: 'In 1 hour',
    tomorrow10: 'Tomorrow 10:00',
    nextWorkday10: 'Next working day {{day}} 10:00',
    clear: 'Clear',
    stepHelp: 'Type it, or use ↑ ↓ to change the year, month, day, hour or minute at the cursor',
  },
};
