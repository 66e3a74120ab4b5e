import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import type { AgentDeskApi, AppInfo } from '../shared/api';
import type { Locale, Theme } from '../shared/schemas/settings';
import { ApiProvider, useApi } from './apiContext';
import { GuardRulesProvider } from './ui/guardRules';
import { CaseList } from './features/cases/CaseList';
import { createCasesStore } from './features/cases/casesStore';
import { NewCaseForm } from './features/cases/NewCaseForm';
import { SearchBox } from './features/search/SearchBox';
import { CaseDetailView } from './features/detail/CaseDetailView';
import { Customer360View } from './features/customers/Customer360View';
import { FollowUpQueue } from './features/followups/FollowUpQueue';
import { KnowledgeBase } from './features/kb/KnowledgeBase';
import { useFollowUpReminders } from './features/followups/useFollowUpReminders';
import { CallSaved } from './features/call/CallSaved';
import { CallScreen } from './features/call/CallScreen';
import { ChannelStart } from './features/call/ChannelStart';
import { ProfileDialog } from './features/profile/ProfileDialog';
import { speakingProfile, type Profile } from './state/profile';
import { createCallStore } from './features/call/callStore';
import { LockScreen } from './features/lock/LockScreen';
import { useIdleLock } from './features/lock/useIdleLock';
import { AgentSession } from './features/sync/AgentSession';
import { SignInDialog } from './features/sync/SignInDialog';
import { SyncBadge } from './features/sync/SyncBadge';
import { createSyncStore, needsSignIn } from './features/sync/syncStore';
import { useSyncTriggers } from './features/sync/useSyncTriggers';
import { LeadWorkspace } from './LeadWorkspace';
import { WorkspaceNav } from './features/shell/WorkspaceNav';
import { workspaceOf, workspacesFor, type Opened, type Workspace } from './features/shell/workspaces';
import { PoliciesScreen } from './features/policies/PoliciesScreen';
import { QualityWorkspace } from './features/quality/QualityWorkspace';
import { agentStatusOf, type ChosenStatus } from './features/shell/agentStatus';
import { AgentStatusControl } from './features/shell/AgentStatusControl';
import { DisplayPreferences } from './features/shell/DisplayPreferences';
import { ShortcutHelp } from './features/shell/ShortcutHelp';
import { useShellShortcuts } from './features/shell/useShellShortcuts';
import { useTheme } from './features/shell/useTheme';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { NoticeBanner } from './ui/NoticeBanner';
import type { LocalAccess } from '../shared/schemas/accounts';
import { AccessGate } from './features/accounts/AccessGate';
import { LocalSession } from './features/accounts/LocalSession';
import { IncidentBar } from './features/incidents/IncidentBar';
import { IncidentDialog } from './features/incidents/IncidentDialog';
import { ProactiveWork } from './features/proactive/ProactiveWork';
import { LeadAlertBanner } from './features/alerts/LeadAlertBanner';

function Shell({ info, initialTheme, access, onAccessChanged }: { info: AppInfo; initialTheme: Theme; access: LocalAccess; onAccessChanged(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const store = useMemo(() => createCasesStore(api), [api]);
  const firstField = useRef<HTMLInputElement>(null);
  const [locale, setLocale] = useState<Locale>(info.locale);
  const calls = useMemo(() => createCallStore(api), [api]);
  // The shell re-renders when a call starts, ends talk or ends, not on every keystroke of the call.
  const callPhase = useStore(calls, (s) => (s.draft === null ? null : s.draft.talkEndedAt === null ? 'talk' : 'afterTalk'));
  const inCall = callPhase !== null;
  const callChannel = useStore(calls, (s) => s.draft?.channel ?? 'phone');
  const [chosenStatus, setChosenStatus] = useState<ChosenStatus>('available');
  const [theme, setTheme] = useState<Theme>(initialTheme);
  useTheme(theme);
  const [helpOpen, setHelpOpen] = useState(false);
  const [reportingIncident, setReportingIncident] = useState(false);
  const [incidentsReported, setIncidentsReported] = useState(0);
  const saved = useStore(calls, (s) => s.saved);
  const waiting = useStore(calls, (s) => s.waiting);
  const [profile, setProfile] = useState<Profile>({ companyName: '', agentName: '', agentNumber: '' });
  const [editingProfile, setEditingProfile] = useState(false);
  const [workspace, setWorkspace] = useState<Workspace>('cases');
  // What is open in each workspace (a case or customer with the cases, an article in the knowledge base).
  const [opened, setOpenedState] = useState<Opened | null>(null);
  const open = (next: Opened) => {
    setOpenedState(next);
    setWorkspace(workspaceOf(next));
  };
  const close = () => setOpenedState(null);
  const [lockAfterMinutes, setLockAfterMinutes] = useState(0);
  const lock = useIdleLock(lockAfterMinutes, inCall);
  const sync = useMemo(() => createSyncStore(api), [api]);
  const signIn = useStore(sync, needsSignIn);
  const serverUrl = useStore(sync, (s) => s.serverUrl);
  const syncPhase = useStore(sync, (s) => s.status?.phase ?? null);
  const serverAgent = useStore(sync, (s) => (s.serverUrl !== null ? s.agent : null));
  // Signed in (to the server or to a local account), the header already names the agent; the profile button just opens the profile.
  const identity = access.signedIn ?? serverAgent ?? null;
  const signedIn = identity !== null;
  const speaking = useMemo(() => speakingProfile(profile, identity), [profile, identity]);
  const role = identity?.role ?? null;
  const shownWorkspaces = useMemo(() => workspacesFor(role), [role]);
  useSyncTriggers(api, sync);
  // A reminder clicked in the system's notification area opens the follow-ups.
  useFollowUpReminders(api, undefined, undefined, () => setWorkspace('followUps'));
  // The OS locked the screen or is going to sleep, or the agent chose Lock in the menu.
  const lockNow = lock.lockNow;
  useEffect(() => api.onLockRequested(() => lockNow()), [api, lockNow]);

  useEffect(() => {
    void store.getState().refresh();
    void calls.getState().resume();
    void api.getSettings().then((r) => {
      if (!r.ok) return;
      setProfile({ companyName: r.value.companyName, agentName: r.value.agentName, agentNumber: r.value.agentNumber });
      setLockAfterMinutes(r.value.lockAfterMinutes);
      setTheme(r.value.theme);
    });
    // Screen pop: a ringing call opens the call screen with the caller looked up by number.
    const stopPop = api.onIncomingCall((incoming) => calls.getState().start({ channel: 'phone', incoming }));
    // The softphone's later events (answer, hold, hangup…) for the call on screen.
    const stopEvents = api.onCallEvent((event) => calls.getState().receiveEvent(event));
    return () => {
      stopPop();
      stopEvents();
    };
  }, [store, calls, api]);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('app.title');
  }, [locale, t]);

  useShellShortcuts(
    shownWorkspaces,
    useMemo(
      () => ({
        newCall: () => calls.getState().start({ channel: 'phone' }),
        newCase: () => {
          setWorkspace('cases');
          firstField.current?.focus();
        },
        workspace: setWorkspace,
        help: () => setHelpOpen(true),
        reportIncident: () => setReportingIncident(true),
      }),
      [calls],
    ),
  );

  async function switchLocale(next: Locale) {
    setLocale(next);
    await i18n.changeLanguage(next);
    await api.updateSettings({ locale: next });
  }

  async function switchTheme(next: Theme) {
    setTheme(next);
    await api.updateSettings({ theme: next });
  }

  return (
    <>
      {/* Locked: the workspace stays mounted (nothing typed is lost) but inert and covered. */}
      {lock.locked && <LockScreen onUnlock={lock.unlock} onSwitchAgent={access.signedIn ? () => void api.logout().then(onAccessChanged) : undefined} />}
      <div className="app" inert={lock.locked} aria-hidden={lock.locked || undefined}>
        <header className="topbar">
          <div className="topbar-row">
            <h1>{t('app.title')}</h1>
            <SyncBadge store={sync} onOpenCase={(id) => open({ kind: 'case', id })} />
            <SearchBox onOpen={(hit) => open({ kind: hit.kind, id: hit.id })} />
            <span className="spacer" />
            {!inCall && (
              <button type="button" className="topbar-action" onClick={() => calls.getState().start({ channel: 'phone' })}>
                {t('call.newCall')} <kbd>{t('call.newCallShortcut')}</kbd>
              </button>
            )}
            {!inCall && <ChannelStart onStart={(channel) => calls.getState().start({ channel })} />}
            <AgentStatusControl status={agentStatusOf(callPhase, chosenStatus)} channel={callChannel} onChoose={setChosenStatus} />
            <AgentSession store={sync} />
            <LocalSession access={access} onSignedOut={onAccessChanged} />
            <button type="button" className="secondary topbar-action" onClick={() => setEditingProfile(true)}>
              {signedIn ? t('profile.title') : profile.agentName ? t('profile.button', { name: profile.agentName, number: profile.agentNumber }) : t('profile.setUp')}
            </button>
          </div>
          <div className="topbar-row">
            <WorkspaceNav current={workspace} role={role} onChange={setWorkspace} />
            <span className="spacer" />
            {signedIn && (
              <button type="button" className="secondary small topbar-action incident-report-button" onClick={() => setReportingIncident(true)} aria-keyshortcuts="Control+Shift+X">
                {t('incidents.report')} <kbd>{t('incidents.reportShortcut')}</kbd>
              </button>
            )}
            <DisplayPreferences locale={locale} theme={theme} onLocale={(l) => void switchLocale(l)} onTheme={(th) => void switchTheme(th)} />
            <button type="button" className="link help-button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="F1 Shift+?">
              {t('shell.help.button')}
            </button>
          </div>
          <NoticeBanner api={api} />
          {signedIn && <IncidentBar isLead={identity.role === 'lead' || identity.role === 'admin'} reported={incidentsReported} />}
          {/* Issue 17: a major complaint alerts a signed-in lead (or admin) on every screen. */}
          {(identity?.role === 'lead' || identity?.role === 'admin') && <LeadAlertBanner onOpenCase={(id) => open({ kind: 'case', id })} />}
        </header>
        {helpOpen && <ShortcutHelp workspaces={shownWorkspaces} onClose={() => setHelpOpen(false)} />}
        {reportingIncident && signedIn && (
          <IncidentDialog openCaseId={inCall ? (calls.getState().draft?.caseId ?? null) : opened?.kind === 'case' ? opened.id : null} offline={serverUrl !== null && syncPhase === 'offline'} onReported={() => setIncidentsReported((n) => n + 1)} onClose={() => setReportingIncident(false)} />
        )}
        {editingProfile && (
          <ProfileDialog
            profile={profile}
            identity={identity}
            serverUrl={serverUrl}
            onClose={() => setEditingProfile(false)}
            onSaved={(saved, savedServerUrl) => {
              setProfile(saved);
              setEditingProfile(false);
              if (savedServerUrl !== serverUrl) void sync.getState().serverChanged(savedServerUrl);
            }}
          />
        )}
        {signIn && <SignInDialog store={sync} />}
        {waiting && (
          <p className="warning-banner waiting-call" role="status">
            {t('call.waiting', { number: waiting.number })}{' '}
            {!inCall && (
              <button type="button" className="small" onClick={() => calls.getState().start({ channel: 'phone', incoming: waiting })}>
                {t('call.answer')}
              </button>
            )}
          </p>
        )}
        {inCall ? (
          <main className="workspace-call">
            <CallScreen store={calls} profile={speaking} locale={locale} />
          </main>
        ) : workspace === 'team' || workspace === 'reports' ? (
          <LeadWorkspace workspace={workspace} />
        ) : workspace === 'quality' ? (
          <main className="workspace-lead">
            <QualityWorkspace />
          </main>
        ) : workspace === 'policies' && shownWorkspaces.includes('policies') ? (
          <main className="workspace-lead">
            <PoliciesScreen />
          </main>
        ) : workspace === 'followUps' ? (
          <FollowUpQueue onOpenCase={(id) => open({ kind: 'case', id })} onStartCall={(item) => void calls.getState().startFromFollowUp(item)} above={signedIn ? <ProactiveWork onStartCall={(c) => calls.getState().start({ channel: 'phone', customer: c.customerId ? { id: c.customerId, name: c.name, salutation: null } : null })} /> : undefined} />
        ) : workspace === 'kb' ? (
          <KnowledgeBase articleId={opened?.kind === 'article' ? opened.id : null} onArticleChange={(id) => (id ? open({ kind: 'article', id }) : close())} />
        ) : (
          <main className="workspace">
            {saved && (
              <CallSaved
                saved={saved}
                onClose={() => {
                  calls.getState().close();
                  void store.getState().refresh();
                }}
              />
            )}
            <NewCaseForm firstFieldRef={firstField} onCreated={() => void store.getState().refresh()} />
            {opened?.kind === 'case' ? (
              <CaseDetailView caseId={opened.id} onClose={close} onOpenCustomer={(id) => open({ kind: 'customer', id })} />
            ) : opened?.kind === 'customer' ? (
              <Customer360View customerId={opened.id} onClose={close} onOpenCase={(id) => open({ kind: 'case', id })} />
            ) : (
              <CaseList store={store} onOpen={(id) => open({ kind: 'case', id })} />
            )}
          </main>
        )}
        <footer className="statusbar muted">{t('app.shortcuts', { last: shownWorkspaces.length })}</footer>
      </div>
    </>
  );
}

export function App({ api, i18n, info, theme = 'system' }: { api: AgentDeskApi; i18n: i18n; info: AppInfo; theme?: Theme }) {
  return (
    <ApiProvider value={api}>
      <I18nextProvider i18n={i18n}>
        <ErrorBoundary api={api}>
          <AccessGate>
            {(access, recheck) => (
              <GuardRulesProvider>
                <Shell info={info} initialTheme={theme} access={access} onAccessChanged={recheck} />
              </GuardRulesProvider>
            )}
          </AccessGate>
        </ErrorBoundary>
      </I18nextProvider>
    </ApiProvider>
  );
}
