/** Issue 18: the agent's authority limits (the authorityLimits policy). */
export const authorityPolicyEn = {
  authorityPolicy: {
    intro: 'An agent cannot promise the remedies ticked here alone: choosing one on a call asks a lead for approval before the solve stage can be completed. Anything else beyond authority the agent still marks by hand.',
    legend: 'Remedies that need a lead’s approval',
    changes: 'Authority changes: {{count}}',
    noChanges: 'No changes yet.',
    needsApproval: '“{{remedy}}” now needs a lead’s approval',
    agentDecides: '“{{remedy}}” is now the agent’s call',
    publish: 'Publish new authority limits',
  },
};
