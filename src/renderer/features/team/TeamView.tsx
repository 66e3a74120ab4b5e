import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDurationWords } from '../../../shared/domain/durationWords';
import type { AppErrorValue } from '../../../shared/result';
import type { ApprovalDecision, PendingApproval, TeamView as TeamViewData } from '../../../shared/schemas/reports';
import { useApi } from '../../apiContext';
import { Forbidden } from '../../ui/Forbidden';
import { useApiQuery } from '../../ui/useApiQuery';
import '../../ui/leadScreens.css';
import { LimitedInput } from '../../ui/LimitedInput';
import { formatNear, formatTime } from '../../ui/formatSpan';
import { IncidentsTeamPanel } from './IncidentsTeamPanel';
import { ProactiveListsPanel } from './ProactiveListsPanel';
import { LiveApprovalsPanel } from './LiveApprovalsPanel';
import { MajorComplaintBanner, MajorComplaintsPanel, MissedFollowUpsPanel } from './PromisePanels';
import { ReturnsPanel } from './ReturnsPanel';

const REFRESH_MS = 30_000;
/** A wait or a time left in words, to the minute (the view refreshes every half minute): "3天4小时", "2 h 5 min". */
const span = (ms: number, language: string) => formatDurationWords(Math.max(0, ms) / 1000, language === 'en' ? 'en' : 'zh-CN', 'minute');

/** Approve or deny one request; the reason goes on the case timeline. */
function ApprovalItem({ approval, now, onDecide }: { approval: PendingApproval; now: number; onDecide(decision: ApprovalDecision, reason: string): Promise<AppErrorValue | null> }) {
  const { t, i18n } = useTranslation();
  const [deciding, setDeciding] = useState<ApprovalDecision | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const tooShort = Array.from(reason.trim()).length < 2;
  const remedy = approval.remedy ? t(`terms.remedies.${approval.remedy}`, { defaultValue: approval.remedy }) : t('terms.remedies.none');
  return (
    <li aria-label={approval.number}>
      <div className="title">
        {approval.number} · {approval.subject}
      </div>
      <div className="muted">
        {approval.customerName} · {t('team.requested', { who: approval.requestedBy ?? '—', time: formatNear(approval.requestedAt, now, i18n.language), remedy })}
      </div>
      {approval.solution && <div>{approval.solution}</div>}
      {deciding === null ? (
        <div className="row">
          <button type="button" className="small" onClick={() => setDeciding('grant')}>
            {t('team.approve')}
          </button>
          <button type="button" className="secondary small" onClick={() => setDeciding('deny')}>
            {t('team.deny')}
          </button>
        </div>
      ) : (
        <form
          className="decision"
          aria-label={t('team.decisionTitle', { number: approval.number })}
          onSubmit={async (e) => {
            e.preventDefault();
            if (tooShort || busy) return;
            setBusy(true);
            const failure = await onDecide(deciding, reason.trim());
            setBusy(false);
            setError(failure);
          }}
        >
          <label className="field">
            {t('team.reason')}
            <LimitedInput value={reason} onValue={setReason} aria-invalid={tooShort} maxLength={500} autoFocus />
          </label>
          {error && (
            <p role="alert" className="error-banner">
              {t(`errors.${error.code}`)}
            </p>
          )}
          <div className="row">
            <button type="submit" className={deciding === 'deny' ? 'danger small' : 'small'} disabled={tooShort || busy}>
              {deciding === 'grant' ? t('team.confirmGrant') : t('team.confirmDeny')}
            </button>
            <button type="button" className="secondary small" onClick={() => setDeciding(null)}>
              {t('team.cancel')}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

/** The team lead's live view: agents and their calls, cases about to breach, approvals, escalations waiting. */
export function TeamView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [teamId, setTeamId] = useState<string | null>(null);
  const [view, setView] = useState<TeamViewData | null>(null);
  const reportOptions = useApiQuery((bridge) => bridge.getReportOptions(), []);
  const options = reportOptions.state === 'loaded' ? reportOptions.value : null;
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [decided, setDecided] = useState<string | null>(null);
  const [recorded, setRecorded] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const reply = await api.getTeamView({ teamId });
    if (reply.ok) {
      setView(reply.value);
      setError(null);
    } else setError(reply.error);
  }, [api, teamId]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  if (error?.code === 'forbidden') {
    return <Forbidden titleId="team-title" title={t('team.title')} />;
  }

  const decide = async (approval: PendingApproval, decision: ApprovalDecision, reason: string) => {
    const reply = await api.decideApproval({ caseId: approval.caseId, requestId: approval.requestId, decision, reason });
    if (!reply.ok) return reply.error;
    setView(reply.value);
    setDecided(approval.number);
    return null;
  };
  const now = view?.asOf ?? 0;

  return (
    <div className="lead-screen">
      <section className="panel" aria-labelledby="team-title">
        <header className="panel-header">
          <h2 id="team-title">{view?.teamName ? `${t('team.title')} · ${view.teamName}` : t('team.title')}</h2>
          <div className="row">
            {options?.role === 'admin' && (
              <label>
                {t('team.chooseTeam')}{' '}
                <select value={teamId ?? view?.teamId ?? ''} onChange={(e) => setTeamId(e.target.value || null)}>
                  {options.teams.map((team) => (
                    <option key={team.id} value={team.id}>
                      {team.name}
                    </option>
                  ))}
                </select>
              </label>
            )}
            {view && <span className="muted">{t('team.asOf', { time: formatTime(view.asOf) })}</span>}
            <button type="button" className="secondary small" onClick={() => void refresh()}>
              {t('team.refresh')}
            </button>
          </div>
        </header>
        {error && (
          <p role="alert" className="error-banner">
            {t(`errors.${error.code}`)}
          </p>
        )}
        {decided && (
          <p role="status" className="success-banner">
            {t('team.decided', { number: decided })}
          </p>
        )}
        {recorded && (
          <p role="status" className="success-banner">
            {recorded}
          </p>
        )}
        <p className="muted small-note">{t('team.note')}</p>
        {view && <MajorComplaintBanner alerts={view.majorComplaints ?? []} />}
      </section>
      <LiveApprovalsPanel now={view?.asOf ?? 0} />
      <IncidentsTeamPanel now={view?.asOf ?? 0} />
      {view && (
        <div className="team-grid">
          <MajorComplaintsPanel alerts={view.majorComplaints ?? []} now={now} />
          <section className="panel" aria-labelledby="team-approvals">
            <h3 id="team-approvals">{t('team.approvals')}</h3>
            {view.approvals.length === 0 ? (
              <p className="muted">{t('team.approvalsEmpty')}</p>
            ) : (
              <ul className="lead-list">
                {view.approvals.map((approval) => (
                  <ApprovalItem key={approval.requestId} approval={approval} now={now} onDecide={(decision, reason) => decide(approval, decision, reason)} />
                ))}
              </ul>
            )}
          </section>
          <section className="panel" aria-labelledby="team-breaching">
            <h3 id="team-breaching">{t('team.breaching')}</h3>
            {view.breachingSoon.length === 0 ? (
              <p className="muted">{t('team.breachingEmpty')}</p>
            ) : (
              <ul className="lead-list">
                {view.breachingSoon.map((c) => (
                  <li key={`${c.caseId}-${c.metric}`}>
                    <div className="title">
                      {c.number} · {c.subject}
                    </div>
                    <div className="muted">
                      {t(`team.metrics.${c.metric}`)} · {t('team.dueIn', { time: span(c.dueAt - now, i18n.language) })} · {c.customerName} · {c.assigneeName ?? '—'}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="panel span-2" aria-labelledby="team-agents">
            <h3 id="team-agents">{t('team.agents')}</h3>
            <div className="table-scroll">
              <table aria-labelledby="team-agents">
                <thead>
                  <tr>
                    {(['agent', 'state', 'currentCall', 'lastCall', 'callsToday', 'openCases'] as const).map((c) => (
                      <th key={c} scope="col">
                        {t(`team.columns.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {view.agents.map((agent) => (
                    <tr key={agent.id}>
                      <td>
                        {agent.name} <span className="muted">{agent.number}</span>
                      </td>
                      <td>
                        <span className={`agent-state agent-state-${agent.state}`}>{t(`team.states.${agent.state}`)}</span>
                      </td>
                      <td>
                        {agent.currentCall
                          ? t('team.currentCall', {
                              channel: t(`channels.${agent.currentCall.channel}`),
                              caller: agent.currentCall.callerMasked ?? t('team.unknownCaller'),
                              stage: t(`call.stages.${agent.currentCall.stage}`),
                              time: span(now - agent.currentCall.startedAt, i18n.language),
                            })
                          : '—'}
                      </td>
                      <td>{agent.lastCallEndedAt ? formatNear(agent.lastCallEndedAt, now, i18n.language) : '—'}</td>
                      <td>{agent.callsToday}</td>
                      <td>{agent.openCases}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <section className="panel span-2" aria-labelledby="team-escalations">
            <h3 id="team-escalations">{t('team.escalations')}</h3>
            {view.escalations.length === 0 ? (
              <p className="muted">{t('team.escalationsEmpty')}</p>
            ) : (
              <ul className="lead-list">
                {view.escalations.map((e) => (
                  <li key={e.caseId}>
                    <div className="title">
                      {e.number} · {e.subject}
                    </div>
                    <div className="muted">
                      {t('team.waiting', { kind: t(`team.kinds.${e.kind}`), target: e.target || '—', time: span(now - e.since, i18n.language) })} · {e.assigneeName ?? '—'}
                      {e.feedbackDueAt !== null &&
                        (e.feedbackDueAt < now ? <span className="overdue"> · {t('team.feedbackOverdue')}</span> : <> · {t('team.feedbackDue', { time: formatNear(e.feedbackDueAt, now, i18n.language) })}</>)}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <MissedFollowUpsPanel missed={view.missedFollowUps ?? []} now={now} />
          <ProactiveListsPanel />
          <ReturnsPanel
            returns={view.openReturns ?? []}
            now={now}
            onRecorded={(item, detail) => {
              const last = detail.returns.find((r) => r.id === item.id)?.steps.at(-1);
              setDecided(null);
              setRecorded(t('teamReturns.recorded', { number: item.number, step: t(`caseDetail.returnSteps.${last?.step ?? item.waitingFor}`) }));
              void refresh();
            }}
          />
        </div>
      )}
    </div>
  );
}
