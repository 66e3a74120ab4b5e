import { z } from 'zod';
import type { Incident, IncidentDetail } from '../schemas/incidents';
import { caseIncidentsQuery, incidentQuery, incidentUpdateInput, linkIncidentCaseInput, listIncidentsQuery, moveIncidentInput, reportIncidentInput } from '../schemas/incidents';
import {
  buildProactiveListInput,
  closeProactiveListInput,
  previewProactiveFilterInput,
  proactiveListQuery,
  proactiveNextQuery,
  recordProactiveOutcomeInput,
  type ProactiveBuildResult,
  type ProactiveContact,
  type ProactiveList,
  type ProactiveNext,
  type ProactiveSummary,
} from '../schemas/proactive';
import type { incidentsChannels } from './channels/incidents';
import { type SliceContract } from './slice';

/** Incidents and proactive lists (issue 18). */
export const incidentsContract = {
  /** Anyone signed in reports an incident (linked to the case on screen, if any); synced at once, the branch's leads are alerted. */
  reportIncident: { request: reportIncidentInput, reply: {} as IncidentDetail },
  /** Incidents not yet closed (or all), newest first. */
  listIncidents: { request: listIncidentsQuery.default({ scope: 'open' }), reply: {} as Incident[] },
  getIncident: { request: incidentQuery, reply: {} as IncidentDetail },
  /** Anyone adds what they learn until the incident is closed. */
  addIncidentUpdate: { request: incidentUpdateInput, reply: {} as IncidentDetail },
  /** Leads and admins: acknowledge, resolve, close. */
  moveIncident: { request: moveIncidentInput, reply: {} as IncidentDetail },
  linkIncidentCase: { request: linkIncidentCaseInput, reply: {} as IncidentDetail },
  listCaseIncidents: { request: caseIncidentsQuery, reply: {} as Incident[] },
  /** Leads: how many customers a filter finds, before building the list. */
  previewProactiveFilter: { request: previewProactiveFilterInput, reply: {} as { count: number; sample: string[] } },
  /** Leads: a list from a filter or a CSV file (bad lines by number; nothing stored then). */
  buildProactiveList: { request: buildProactiveListInput, reply: {} as ProactiveBuildResult },
  listProactiveLists: { request: z.strictObject({ state: z.enum(['open', 'all']).default('open') }).default({ state: 'open' }), reply: {} as ProactiveList[] },
  listProactiveContacts: { request: proactiveListQuery, reply: {} as ProactiveContact[] },
  /** The next customer for the agent, with the number to dial. */
  nextProactiveContact: { request: proactiveNextQuery, reply: {} as ProactiveNext },
  recordProactiveOutcome: { request: recordProactiveOutcomeInput, reply: {} as ProactiveContact },
  closeProactiveList: { request: closeProactiveListInput, reply: {} as { closed: true } },
  /** Leads: outcomes recorded in a period (default: today so far, in the desktop's time). */
  getProactiveSummary: { request: z.strictObject({ from: z.number().int().min(0), to: z.number().int().min(0) }), reply: {} as ProactiveSummary & { incidents: { reported: number; open: number; resolved: number } } },
} satisfies SliceContract<typeof incidentsChannels>;
