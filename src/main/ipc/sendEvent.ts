import type { WebContents } from 'electron';
import type { AgentDeskEvents } from '../../shared/api';
import { eventChannelOf, type EventName } from '../../shared/channels';

/** Sends one contract event to the renderer, typed by the contract. */
export function sendEvent<E extends EventName>(target: Pick<WebContents, 'send'>, event: E, payload: AgentDeskEvents[E]): void {
  target.send(eventChannelOf[event], payload);
}
