/** Returns as the lead oversees them (team view), return step clocks' wording and visit bookings (en). Same keys as `returnsOpsZhCN.ts`. */
export const returnsOpsEn = {
  teamReturns: {
    title: 'Returns in progress',
    empty: 'The team has no return in progress.',
    summary: '{{open}} in all, {{overdue}} overdue',
    waiting: 'Waiting for: {{step}}',
    due: 'by {{time}}',
    noDeadline: 'no deadline for this step',
    overdueBy: 'overdue by {{time}}',
    requested: 'requested {{time}} · handled by {{agent}}',
    record: 'Record the next step',
    hide: 'Hide',
    recorded: '{{number}}: {{step}} recorded',
  },
  visits: {
    title: 'Engineer visits',
    empty: 'No visit booked.',
    line: '{{day}} {{slot}} · engineer {{engineer}} · about {{minutes}} min',
    address: 'Visit address: {{address}}',
    fields: {
      address: 'Visit address',
      durationMinutes: 'Expected duration (minutes)',
    },
    durationHint: '15 to 720 minutes',
    errors: {
      engineer: 'Name the engineer who visits',
      date: 'Choose the visit day',
      address: 'Give the address to visit',
      duration: 'The expected duration is a whole number of minutes from 15 to 720',
    },
  },
};
