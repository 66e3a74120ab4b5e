import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { identityDisclosed } from '../../../shared/domain/callFlow';
import { channelScriptFor, writtenChannel } from '../../../shared/domain/scripts/channelScripts';
import type { TFunction } from 'i18next';
import { callPlaceholderValues } from '../../../shared/domain/scripts/callPlaceholders';
import type { PlaceholderValues } from '../../../shared/domain/scripts/fillScript';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { CallEventRow } from '../../../shared/schemas/callEvents';
import { callStages } from '../../../shared/schemas/domainTerms';
import type { Locale } from '../../../shared/schemas/settings';
import type { Profile } from '../../state/profile';
import { CallControls } from './CallControls';
import { CallHeader } from './CallHeader';
import type { CallStore } from './callStore';
import { ConfirmStage } from './ConfirmStage';
import { CustomerCard } from './CustomerCard';
import { FollowUpStage } from './FollowUpStage';
import { GateNotice } from './GateNotice';
import { GreetStage } from './GreetStage';
import { KbPanel } from './KbPanel';
import { RecordStage } from './RecordStage';
import { ScriptPanel } from './ScriptPanel';
import { SlaClocks } from './SlaClocks';
import { CallHistoryList } from './CallHistoryList';
import { ContactReceived } from './ContactReceived';
import { ReplyComposer } from './ReplyComposer';
import './channelFlow.css';
import { SolveStage, type CollaborationDialog } from './SolveStage';
import { StageRail } from './StageRail';
import { StageSlot } from './StageSlot';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useNow } from '../../ui/useNow';
import { useFocusFirstField } from '../../ui/useFocusFirstField';
import { useCallRules } from './useCallRules';

/** What the script placeholders are filled with, from the agent's profile and what the call has captured. */
export function placeholderValues(draft: CallDraft, profile: Profile, locale: Locale, t: TFunction): PlaceholderValues {
  return callPlaceholderValues(draft, profile, locale, { minutes: (count) => t('callFlow.minutes', { count }), seconds: (count) => t('callFlow.seconds', { count }) });
}

/** Talk runs from the answer when one was recorded (the ring before it is not talk), else from when the screen opened. */
function talkStartOf(startedAt: number, events: readonly CallEventRow[]): number {
  return events.find((e) => e.kind === 'answer')?.at ?? startedAt;
}

/** The screen an agent lives in during a call: stage rail, script, the stage's form, customer, knowledge base, clocks. */
export function CallScreen({ store, profile, locale, clock = Date.now }: { store: CallStore; profile: Profile; locale: Locale; clock?: () => number }) {
  const { t } = useTranslation();
  const draft = useStore(store, (s) => s.draft);
  const incoming = useStore(store, (s) => s.incoming);
  const blocked = useStore(store, (s) => s.blocked);
  const error = useStore(store, (s) => s.error);
  const events = useStore(store, (s) => s.events);
  const now = useNow(1000, clock);
  const { scripts, gates, dispositionsAt } = useCallRules(clock);
  const [dialog, setDialog] = useState<CollaborationDialog>(null);
  const [finishing, setFinishing] = useState(false);
  const kbInput = useRef<HTMLInputElement>(null);
  const stagePanel = useRef<HTMLElement>(null);
  useFocusFirstField(stagePanel, draft?.stage);
  const actions = store.getState();
  const insertArticle = useCallback(
    (articleId: string, text: string) =>
      store.getState().update((d) => ({ ...d, solve: { ...d.solve, solution: d.solve.solution ? `${d.solve.solution}\n${text}` : text, articleIds: d.solve.articleIds.includes(articleId) ? d.solve.articleIds : [...d.solve.articleIds, articleId] } })),
    [store],
  );

  const checklistIds = draft ? channelScriptFor(draft.scenario, draft.channel, locale, scripts).stages[draft.stage].checklist.map((c) => c.id) : [];
  const finish = async () => {
    setFinishing(true);
    await store.getState().finish();
    setFinishing(false);
  };
  const next = () => (store.getState().draft?.stage === 'record' ? void finish() : store.getState().complete(checklistIds, gates));
  /**
   * A stage change from the keyboard with the focused field blurred first. A focused element
   * removed with its stage makes the browser fix up focus during the commit, which costs the new
   * stage a frame (`npm run bench -- call`); a blur first is cheap. Refused (a gate), focus goes back.
   */
  const leaveStage = (act: () => void) => {
    const focused = document.activeElement;
    const inStage = focused instanceof HTMLElement && stagePanel.current?.contains(focused) === true;
    const before = store.getState().draft?.stage;
    if (inStage) focused.blur();
    act();
    if (inStage && store.getState().draft?.stage === before) focused.focus();
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const current = store.getState().draft;
      if (!current) return;
      const index = callStages.indexOf(current.stage);
      const digit = /^Digit([1-5])$/.exec(e.code);
      let handled = true;
      if (e.altKey && digit) leaveStage(() => store.getState().goTo(callStages[Number(digit[1]) - 1]!));
      else if (e.altKey && e.key === 'ArrowLeft' && index > 0) leaveStage(() => store.getState().goTo(callStages[index - 1]!));
      else if ((e.altKey && e.key === 'ArrowRight') || ((e.ctrlKey || e.metaKey) && e.key === 'Enter')) {
        if (current.stage === 'record') next();
        else leaveStage(next);
      }
      else if (e.altKey && e.code === 'KeyE' && current.stage === 'solve') setDialog('escalate');
      else if (e.altKey && e.code === 'KeyT' && current.stage === 'solve') setDialog('transfer');
      else if (e.altKey && e.code === 'KeyH') store.getState().endTalk();
      else if (e.altKey && e.code === 'KeyK') kbInput.current?.focus();
      else if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.code === 'KeyS') void (current.stage === 'record' ? finish() : store.getState().flush());
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  useEffect(() => {
    const flush = () => void store.getState().flush();
    window.addEventListener('beforeunload', flush);
    return () => window.removeEventListener('beforeunload', flush);
  }, [store]);

  if (!draft) return null;
  const values = placeholderValues(draft, profile, locale, t);
  const solveLines = channelScriptFor(draft.scenario, draft.channel, locale, scripts).stages.solve.lines;
  const phone = draft.channel === 'phone';
  const update = actions.update;
  return (
    <section className="call-screen" aria-labelledby="call-title">
      <CallHeader store={store} channel={draft.channel} callerNumber={draft.callerNumber} talkStart={talkStartOf(draft.startedAt, events)} talkEndedAt={draft.talkEndedAt} now={now} />
      {phone && <CallControls store={store} now={now} />}
      <SlaClocks draft={draft} events={events} now={now} />
      <StageRail draft={draft} onGoTo={(stage) => actions.goTo(stage)} />
      <div className="call-body">
        <ScriptPanel draft={draft} locale={locale} scripts={scripts} values={values} onTick={(id, done) => update((d) => ({ ...d, checklist: { ...d.checklist, [id]: done } }))} />
        <div className="call-main">
        <section className="panel stage-panel" aria-labelledby="stage-title" ref={stagePanel}>
          <h3 id="stage-title">{t(`call.stages.${draft.stage}`)}</h3>
          <StageSlot active={draft.stage === 'greet'}>
            <GreetStage draft={draft} incoming={incoming} update={update} onVerify={(method) => actions.verify(method)} />
            <ContactReceived draft={draft} update={update} now={now} />
          </StageSlot>
          <StageSlot active={draft.stage === 'confirm'}>
            <ConfirmStage draft={draft} update={update} />
          </StageSlot>
          <StageSlot active={draft.stage === 'solve'}>
            <SolveStage
              draft={draft}
              update={update}
              now={now}
              clock={clock}
              dialog={dialog}
              setDialog={setDialog}
              onCollaborate={(c) => {
                actions.collaborate(c);
                setDialog(null);
              }}
              lines={{ escalate: solveLines.find((l) => l.id === 'escalate'), transfer: solveLines.find((l) => l.id === 'transfer') }}
              values={values}
              approvalRemedies={gates.approvalRemedies}
            />
          </StageSlot>
          <StageSlot active={draft.stage === 'followUp'}>
            <FollowUpStage draft={draft} update={update} now={now} />
          </StageSlot>
          <StageSlot active={draft.stage === 'record'}>
            <RecordStage draft={draft} update={update} offered={dispositionsAt(draft.startedAt)} />
          </StageSlot>
          <GateNotice missing={blocked} channel={draft.channel} />
          <ErrorBanner error={error} />
          <div className="row stage-actions">
            <button type="button" className="secondary" disabled={draft.stage === 'greet'} onClick={() => actions.goTo(callStages[callStages.indexOf(draft.stage) - 1]!)}>
              {t('call.back')} <kbd>Alt+←</kbd>
            </button>
            <button type="button" onClick={next} disabled={finishing}>
              {draft.stage === 'record' ? (finishing ? t('call.saving') : t(`channelFlow.finish.${draft.channel}`)) : t('call.complete')} <kbd>{draft.stage === 'record' ? 'Ctrl+S' : 'Ctrl+Enter'}</kbd>
            </button>
          </div>
        </section>
        {writtenChannel(draft.channel) && <ReplyComposer draft={draft} locale={locale} values={values} onRecord={(text, templateId) => actions.recordReply(text, templateId)} />}
        </div>
        <aside className="call-side">
          <CustomerCard caller={draft.caller} disclosed={identityDisclosed(draft, gates)} channel={draft.channel} />
          <CallHistoryList history={draft.history} channel={draft.channel} />
          <KbPanel inputRef={kbInput} onInsert={insertArticle} />
        </aside>
      </div>
      <footer className="muted call-shortcuts">{t(`channelFlow.wording.shortcuts.${draft.channel}`)}</footer>
    </section>
  );
}
