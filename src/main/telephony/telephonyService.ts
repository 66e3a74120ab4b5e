import type { IncomingCall } from '../../shared/api';
import type { CallEventRow, TelephonyEvent } from '../../shared/schemas/callEvents';
import type { Settings } from '../../shared/schemas/settings';
import { recordCallEvent } from '../actions/recordCallEvent';
import type { Actor } from '../store/actor';
import type { WritableDB } from '../store/db';
import { startTelephonyServer, type TelephonyServer } from './telephonyServer';

export interface TelephonyDeps {
  db: WritableDB;
  now: () => number;
  actor: () => Actor;
  screenPop: (number: string) => IncomingCall;
  log: (message: string, error?: unknown) => void;
  /** Every stored event, for the call screen. */
  onCallEvent?: (event: CallEventRow) => void;
  /** A ring: the screen pop, tied to the softphone's call id. */
  onIncomingCall?: (incoming: IncomingCall) => void;
}

export interface TelephonyService {
  /** Starts, restarts or stops the endpoint to match the settings. */
  apply(settings: Settings): Promise<void>;
  /** The port listened on, or null when off. */
  port(): number | null;
  close(): Promise<void>;
}

/**
 * The telephony endpoint as the settings want it (off by default; on only with a token), storing
 * each posted event as it arrives and telling the call screen.
 */
export function telephonyService(deps: TelephonyDeps): TelephonyService {
  let current: { key: string; server: TelephonyServer | null } | null = null;
  let queue: Promise<void> = Promise.resolve();

  const onEvent = (event: TelephonyEvent) => {
    const receivedAt = deps.now();
    const row = recordCallEvent(deps.db, {
      callRef: event.callId,
      kind: event.event,
      at: event.at ?? receivedAt,
      receivedAt,
      source: 'telephony',
      callerNumber: event.callerNumber ?? null,
      agentId: deps.actor().agentId,
      target: event.target,
    });
    if (event.event === 'ring' && event.callerNumber) deps.onIncomingCall?.({ ...deps.screenPop(event.callerNumber), receivedAt: row.at, callRef: event.callId });
    deps.onCallEvent?.(row);
    return { id: row.id };
  };

  const stop = async () => {
    const running = current?.server;
    current = null;
    await running?.close();
  };

  return {
    apply(settings) {
      const wanted = settings.telephonyEnabled && settings.telephonyToken ? `${settings.telephonyPort}|${settings.telephonyToken}` : null;
      queue = queue.then(async () => {
        if (current?.key === wanted) return;
        await stop();
        if (wanted === null) return;
        try {
          current = { key: wanted, server: await startTelephonyServer({ port: settings.telephonyPort, token: settings.telephonyToken, onEvent, log: deps.log }) };
        } catch (error) {
          deps.log(`telephony endpoint could not listen on 127.0.0.1:${settings.telephonyPort}`, error);
          current = { key: wanted, server: null };
        }
      });
      return queue;
    },
    port: () => current?.server?.port ?? null,
    close() {
      queue = queue.then(stop);
      return queue;
    },
  };
}
