import { acknowledgeLeadAlertInput, type LeadAlert, type LeadAlertAcknowledgement } from '../schemas/leadAlerts';
import type { alertsChannels } from './channels/alerts';
import { none, type SliceContract } from './slice';

/** Alerts a team lead must see at once, on any screen (issue 17). */
export const alertsContract = {
  /** The signed-in lead's (or admin's) alerts not yet acknowledged, newest first; none for an agent. */
  listLeadAlerts: { request: none, reply: {} as LeadAlert[] },
  /** The signed-in lead acknowledges one: recorded on the case's timeline (who and when). */
  acknowledgeLeadAlert: { request: acknowledgeLeadAlertInput, reply: {} as LeadAlertAcknowledgement },
} satisfies SliceContract<typeof alertsChannels>;
