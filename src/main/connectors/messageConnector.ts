/**
 * The seam for a mail or chat connector. Today the desktop neither sends email nor runs a chat
 * widget: the agent sends through the company's own tool and records each reply as sent
 * (`recordReplies`). A connector written later implements this interface: `send` hands a reply
 * to the tool and returns the id the tool gave it (stored in `case_replies.external_id`) and
 * when it really went out; `onInbound` reports customer messages, whose arrival time starts the
 * response clocks (the draft's `contactAt`). Nothing in the app calls a connector yet.
 */
import type { Channel } from '../../shared/schemas/case';

export type MessageChannel = Extract<Channel, 'chat' | 'email'>;

export interface OutboundMessage {
  caseId: string;
  channel: MessageChannel;
  /** The customer's address on that channel (email address, chat session id). */
  to: string;
  /** Email only. */
  subject?: string;
  body: string;
}

export interface SentMessage {
  externalId: string;
  sentAt: number;
}

export interface InboundMessage {
  channel: MessageChannel;
  externalId: string;
  from: string;
  receivedAt: number;
  body: string;
  /** The conversation or thread it belongs to, as the tool names it. */
  threadId: string | null;
}

export interface MessageConnector {
  readonly channel: MessageChannel;
  send(message: OutboundMessage): Promise<SentMessage>;
  /** Subscribes to customer messages; returns the unsubscribe function. */
  onInbound(listener: (message: InboundMessage) => void): () => void;
}

/** The connector of a desktop without one: nothing is sent; the agent records replies by hand. */
export const manualConnector = (channel: MessageChannel): MessageConnector => ({
  channel,
  send: () => Promise.reject(new Error(`no ${channel} connector: send the reply from the company tool and record it as sent`)),
  onInbound: () => () => undefined,
});
