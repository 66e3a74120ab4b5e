/** Channels of the telephony slice: call events (the agent's buttons), a call's events, a case's clocks. Import-free, so the preload bundles it without zod. */
export const telephonyChannels = {
  recordCallEvent: 'telephony:recordEvent',
  listCallEvents: 'telephony:listEvents',
  getCaseClockFacts: 'telephony:caseClockFacts',
} as const;
