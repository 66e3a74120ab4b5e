import { createStore } from 'zustand/vanilla';
import type { AgentDeskApi, IncomingCall } from '../../../shared/api';
import { completeStage, defaultGatePolicy, gateOf, goToStage, newCallDraft, type CallRules, type GateItem } from '../../../shared/domain/callFlow';
import type { AppErrorValue } from '../../../shared/result';
import { recordCollaboration, recordVerification } from '../../../shared/domain/callHistory';
import type { CallDraft, Collaboration, VerificationMethod } from '../../../shared/schemas/callDraft';
import type { CallEventKind, CallEventRow } from '../../../shared/schemas/callEvents';
import type { Channel } from '../../../shared/schemas/case';
import type { CaseDetail, MaskedCustomer } from '../../../shared/schemas/caseDetail';
import type { CallStage } from '../../../shared/schemas/domainTerms';
import type { FollowUpItem } from '../../../shared/schemas/workspace';

/** How a call begins: a ringing number (screen pop), or a callback about an existing case with its customer known. */
export interface CallStart {
  channel: Channel;
  incoming?: IncomingCall | null;
  /** The existing case the call is about (a follow-up's case); the saved call is added to it. */
  caseId?: string | null;
  followUpId?: string | null;
  /** The customer to link at once, e.g. the one a follow-up is for. */
  customer?: Pick<MaskedCustomer, 'id' | 'name' | 'salutation'> | null;
}

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

export interface CallState {
  draft: CallDraft | null;
  /** The number that rang, with the customers it matched (screen pop). */
  incoming: IncomingCall | null;
  /** What blocks the current stage, shown after an attempt to complete it. */
  blocked: GateItem[];
  saveState: SaveState;
  error: AppErrorValue | null;
  /** A call that rang while another was in progress: offered once this one is saved or discarded. */
  waiting: IncomingCall | null;
  /** The case a finished call was saved as, for the confirmation screen. */
  saved: CaseDetail | null;
  /** The call's recorded events (ring, answer, hold, resume, mute…), from the softphone or the agent's buttons. */
  events: CallEventRow[];
  /** Records an event from the agent's call controls. */
  callEvent(kind: CallEventKind): Promise<boolean>;
  /** An event the telephony endpoint stored: kept when it is this call's. */
  receiveEvent(event: CallEventRow): void;
  resume(): Promise<void>;
  start(init: CallStart): void;
  /** Calls a follow-up's customer back: the greet stage opens with them linked and the call tied to the follow-up's case. */
  startFromFollowUp(item: Pick<FollowUpItem, 'id' | 'caseId' | 'customerId' | 'customerName'>): Promise<void>;
  update(change: (draft: CallDraft) => CallDraft): void;
  /** Completes the stage if its gate holds under `gates` (the stage-gates policy in force). */
  complete(checklistIds?: readonly string[], gates?: CallRules): boolean;
  goTo(stage: CallStage): void;
  /** Records an escalation or a transfer; added to the call's history, never replacing an earlier one. */
  collaborate(collaboration: Collaboration): void;
  /** Chat and email: a reply the agent sent through the mail or chat tool, recorded as sent now. */
  recordReply(text: string, templateId: string | null): void;
  /** Records how the caller's identity was checked (or that it could not be). */
  verify(method: VerificationMethod | null): void;
  endTalk(): void;
  finish(): Promise<boolean>;
  discard(): Promise<void>;
  flush(): Promise<void>;
  close(): void;
}

/** How long typing may pause before the draft is written; stage moves write after the next frame. */
export const DRAFT_DEBOUNCE_MS = 400;
/** How long a stage move waits for a frame to be drawn before it is written anyway. */
const NO_FRAME_WRITE_MS = 100;

/**
 * The call in progress. Every change goes to main as a draft (debounced while typing; on stage
 * moves, as soon as the new stage is drawn), so closing the window or a crash mid-call loses at
 * most the last few keystrokes.
 */
export function createCallStore(api: AgentDeskApi, now: () => number = Date.now, newId: () => string = () => crypto.randomUUID()) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let writing: Promise<void> = Promise.resolve();

  const store = createStore<CallState>()((set, get) => {
    const cancelPending = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    };
    const write = () => {
      cancelPending();
      const draft = get().draft;
      if (!draft) return writing;
      set({ saveState: 'saving' });
      writing = writing.then(async () => {
        const reply = await api.saveCallDraft({ draft });
        if (get().draft?.id !== draft.id) return;
        set(reply.ok ? { saveState: get().draft === draft ? 'saved' : 'pending' } : { saveState: 'failed', error: reply.error });
      });
      return writing;
    };
    const schedule = (delay = DRAFT_DEBOUNCE_MS) => {
      set({ saveState: 'pending' });
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void write(), delay);
    };
    // A stage move is written once the new stage is on screen: the first frame callback comes
    // before the frame that draws it, the second after that frame. Copying the draft to main any
    // sooner competes with drawing the stage (`npm run bench -- call`). A hidden window draws no
    // frames: then the timer writes it; a window closed meanwhile writes it on unload (`flush`).
    const writeSoon = () => {
      schedule(NO_FRAME_WRITE_MS);
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => {
          frame = null;
          schedule(0);
        });
      });
    };

    return {
      draft: null,
      incoming: null,
      blocked: [],
      saveState: 'idle',
      error: null,
      saved: null,
      waiting: null,
      events: [],
      async callEvent(kind) {
        const draft = get().draft;
        if (!draft) return false;
        const reply = await api.recordCallEvent({ callRef: draft.callRef ?? draft.id, kind, callerNumber: draft.callerNumber });
        if (!reply.ok) {
          set({ error: reply.error });
          return false;
        }
        get().receiveEvent(reply.value);
        return true;
      },
      receiveEvent(event) {
        const draft = get().draft;
        if (!draft || event.callRef !== (draft.callRef ?? draft.id) || get().events.some((e) => e.id === event.id)) return;
        set({ events: [...get().events, event].sort((a, b) => a.at - b.at) });
        // The softphone hung up: after-call work starts then.
        if (event.kind === 'hangup' && draft.talkEndedAt === null) {
          set({ draft: { ...draft, talkEndedAt: event.at, updatedAt: now() } });
          void write();
        }
      },
      async resume() {
        const reply = await api.openCallDraft();
        if (reply.ok && reply.value && !get().draft) {
          const draft = reply.value;
          set({ draft, saveState: 'saved', saved: null, events: [] });
          const events = await api.listCallEvents({ callRef: draft.callRef ?? draft.id });
          if (events.ok && get().draft?.id === draft.id) set({ events: events.value });
        }
      },
      start({ channel, incoming = null, caseId = null, followUpId = null, customer = null }) {
        if (get().draft) {
          if (incoming) set({ waiting: incoming });
          return;
        }
        const only = customer ?? (incoming?.matches.length === 1 ? incoming.matches[0] : undefined);
        const caller = only
          ? ({ mode: 'linked', customerId: only.id, name: only.name, salutation: toSalutation(only.salutation) } as const)
          : incoming && incoming.matches.length === 0
            ? ({ mode: 'new', name: '', phone: incoming.number, salutation: null } as const)
            : null;
        const id = newId();
        const draft = newCallDraft({ id, now: now(), channel, callerNumber: incoming?.number ?? null, caseId, followUpId, caller, callRef: incoming?.callRef ?? id });
        set({ draft, incoming, blocked: [], error: null, saved: null, events: [], waiting: get().waiting?.number === incoming?.number ? null : get().waiting });
        void write();
        if (incoming?.callRef) {
          // The softphone already recorded the ring (and maybe more): show what it said.
          void api.listCallEvents({ callRef: incoming.callRef }).then((reply) => {
            if (reply.ok && get().draft?.id === id) for (const event of reply.value) get().receiveEvent(event);
          });
        } else if (incoming && channel === 'phone') {
          // A screen pop without a softphone link: the pop is the ring; the agent's button records the answer.
          void get().callEvent('ring');
        }
      },
      async startFromFollowUp(item) {
        if (get().draft) return;
        // The follow-up names its customer; fall back to the case's customer for one that does not.
        const reply = item.customerId ? await api.getCustomer({ customerId: item.customerId }) : await api.getCase({ caseId: item.caseId });
        const customer = !reply.ok ? null : 'customer' in reply.value ? reply.value.customer : reply.value;
        const known = customer ?? (item.customerId && item.customerName ? { id: item.customerId, name: item.customerName, salutation: null } : null);
        get().start({ channel: 'phone', caseId: item.caseId, followUpId: item.id, customer: known });
      },
      update(change) {
        const draft = get().draft;
        if (!draft) return;
        set({ draft: { ...change(draft), updatedAt: now() }, blocked: [] });
        schedule();
      },
      complete(checklistIds = [], gates = defaultGatePolicy) {
        const draft = get().draft;
        if (!draft) return false;
        const missing = gateOf(draft, draft.stage, gates, checklistIds);
        if (missing.length > 0) {
          set({ blocked: missing });
          return false;
        }
        set({ draft: completeStage(draft, now(), gates, checklistIds), blocked: [] });
        writeSoon();
        return true;
      },
      goTo(stage) {
        const draft = get().draft;
        if (!draft) return;
        set({ draft: goToStage(draft, stage, now()), blocked: [] });
        writeSoon();
      },
      collaborate(collaboration) {
        const draft = get().draft;
        if (!draft) return;
        set({ draft: recordCollaboration(draft, collaboration, now()), blocked: [] });
        writeSoon();
      },
      recordReply(text, templateId) {
        const draft = get().draft;
        if (!draft || !text.trim()) return;
        const reply = { id: newId(), text: text.trim(), sentAt: now(), templateId };
        set({ draft: { ...draft, replies: [...(draft.replies ?? []), reply], updatedAt: now() }, blocked: [] });
        void write();
      },
      verify(method) {
        const draft = get().draft;
        if (!draft) return;
        set({ draft: recordVerification(draft, method, now()), blocked: [] });
        writeSoon();
      },
      endTalk() {
        const draft = get().draft;
        if (!draft || draft.talkEndedAt !== null) return;
        set({ draft: { ...draft, talkEndedAt: now(), updatedAt: now() } });
        void write();
        if (!get().events.some((e) => e.kind === 'hangup')) void get().callEvent('hangup');
      },
      async finish() {
        const draft = get().draft;
        if (!draft) return false;
        const missing = gateOf(draft, 'record');
        if (missing.length > 0) {
          set({ blocked: missing });
          return false;
        }
        await write();
        const reply = await api.finishCall({ draft });
        if (!reply.ok) {
          set({ error: reply.error });
          return false;
        }
        set({ draft: null, incoming: null, saved: reply.value, saveState: 'idle', error: null, events: [] });
        return true;
      },
      async discard() {
        const draft = get().draft;
        cancelPending();
        if (draft) await api.discardCallDraft({ id: draft.id });
        set({ draft: null, incoming: null, blocked: [], saveState: 'idle', error: null, events: [] });
      },
      flush: () => write(),
      close() {
        set({ saved: null });
      },
    };
  });
  return store;
}

function toSalutation(value: string | null): 'mr' | 'ms' | null {
  return value === 'mr' || value === 'ms' ? value : null;
}

export type CallStore = ReturnType<typeof createCallStore>;
