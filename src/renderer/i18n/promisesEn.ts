/** Issue 17 (promises kept): the lead's alerts for major complaints and missed follow-ups. */
export const promisesEn = {
  promises: {
    kinds: {
      callback: 'Promised callback',
      escalationFeedback: 'Feedback after escalation',
      transferCheck: 'Check after transfer',
      visitConfirmation: 'Check after visit',
      complaintPlan: 'Complaint handling plan',
    },
    majorTitle: 'Major complaints',
    majorEmpty: 'No major complaint is waiting for the lead.',
    majorBanner: '{{count}} major complaint(s) escalated to you: please follow up now.',
    majorLine: '{{customer}} · handled by {{agent}} · escalated {{time}}',
    feedbackDue: 'feedback due by {{time}}',
    feedbackDone: 'feedback given',
    feedbackMissed: 'feedback overdue',
    missedTitle: 'Missed follow-ups',
    missedEmpty: 'No follow-up has been missed.',
    missedLine: 'promised for {{time}} · owner: {{agent}}',
  },
};
