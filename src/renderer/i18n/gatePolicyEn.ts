/** Issue 18: the administrator's stage gates (the stageGates policy). */
export const gatePolicyEn = {
  gatePolicy: {
    intro: 'Decide what an agent must do at each stage of a call before moving on. The basics (a caller chosen, a category, a solution or an escalation) always apply.',
    legend: 'Stage requirements',
    switches: {
      requireVerified: { label: 'Greet: verify identity first', hint: 'A known customer must be verified (or recorded as not verified) before moving on; account details stay hidden until then.' },
      requireRestatement: { label: 'Confirm: customer agrees with the restatement', hint: 'After restating the problem, the agent needs the customer’s yes before solving.' },
      requireSurvey: { label: 'Follow-up: ask for satisfaction', hint: 'Before closing, the customer is asked for a score (or the refusal is recorded).' },
      requireChecklist: { label: 'Every stage: tick the checklist', hint: 'A stage can be completed only when every checklist item beside the script is ticked.' },
    },
    changes: 'Stage requirement changes: {{count}}',
    noChanges: 'No changes yet.',
    turnedOn: 'On: {{name}}',
    turnedOff: 'Off: {{name}}',
    publish: 'Publish new stage requirements',
  },
};
