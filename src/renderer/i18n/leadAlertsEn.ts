/** A major complaint alerts the team lead (issue 17), in English. `leadAlertsZhCN.ts` has the same keys. */
export const leadAlertsEn = {
  leadAlerts: {
    label: 'Major complaint alert',
    heading: 'Major complaint: a lead must follow up',
    what: 'Customer {{customer}} · case {{number}} · {{subject}}',
    assignee: 'Handled by {{agent}}',
    noAssignee: 'Not yet assigned to an agent',
    clock: '30-minute feedback clock: contact the customer by {{due}} ({{left}} left)',
    clockCustom: '{{minutes}}-minute feedback clock: contact the customer by {{due}} ({{left}} left)',
    overdue: 'Feedback clock ran out (the customer was due a contact by {{due}}, {{late}} ago)',
    open: 'Open the case',
    acknowledge: 'Got it',
    more: '{{count}} more major complaint alerts not yet acknowledged',
    failed: 'The acknowledgement was not recorded: ',
  },
};
