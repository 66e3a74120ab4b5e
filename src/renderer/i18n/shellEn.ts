/** English messages under `shell.*`: the same keys as shellZhCN.ts. */
export const shellEn = {
  shell: {
    nav: { cases: 'Cases', followUps: 'Follow-ups', kb: 'Knowledge base', team: 'Team view', reports: 'Shift report' },
  },
};
