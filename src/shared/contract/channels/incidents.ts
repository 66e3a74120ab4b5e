/** Channels of the incidents and proactive lists slice (issue 18). Import-free, so the preload bundles it without zod. */
export const incidentsChannels = {
  reportIncident: 'incident:report',
  listIncidents: 'incident:list',
  getIncident: 'incident:get',
  addIncidentUpdate: 'incident:update',
  moveIncident: 'incident:move',
  linkIncidentCase: 'incident:linkCase',
  listCaseIncidents: 'incident:ofCase',
  previewProactiveFilter: 'proactive:preview',
  buildProactiveList: 'proactive:build',
  listProactiveLists: 'proactive:lists',
  listProactiveContacts: 'proactive:contacts',
  nextProactiveContact: 'proactive:next',
  recordProactiveOutcome: 'proactive:outcome',
  closeProactiveList: 'proactive:close',
  getProactiveSummary: 'proactive:summary',
} as const;
