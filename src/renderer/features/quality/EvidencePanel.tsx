import { useTranslation } from 'react-i18next';
import type { ChecklistTick } from '../../../shared/domain/callChecklist';
import type { CallEvidence } from '../../../shared/domain/quality/evidence';
import { channelScriptFor } from '../../../shared/domain/scripts/channelScripts';
import type { CallStage } from '../../../shared/schemas/domainTerms';
import { formatAt } from '../../ui/formatSpan';
import { minutesAndSeconds } from '../../ui/formatDuration';

/** A stage's checklist as the agent left it on the call: how many were ticked, then each item, the unticked marked. */
function StageChecklist({ ticks, texts }: { ticks: readonly ChecklistTick[]; texts: ReadonlyMap<string, string> }) {
  const { t } = useTranslation();
  const done = ticks.filter((tick) => tick.done).length;
  return (
    <div className="quality-checklist">
      <span className="muted">{t('quality.evidence.checklist', { done, total: ticks.length })}</span>
      <ul className="plain-list">
        {ticks.map((tick) => (
          <li key={tick.id} className={tick.done ? undefined : 'quality-missing'}>
            {t(tick.done ? 'quality.evidence.ticked' : 'quality.evidence.notTicked', { item: texts.get(tick.id) ?? tick.id })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The saved call's record beside the scores: stages, identity check, what was done, holds, kept wording, clocks, survey. */
export function EvidencePanel({ evidence }: { evidence: CallEvidence }) {
  const { t, i18n } = useTranslation();
  const at = (ms: number) => formatAt(ms, i18n.language);
  // The items' wording in the reader's language (item ids are the same in every language).
  const script = channelScriptFor(evidence.scenario, evidence.channel, i18n.language === 'en' ? 'en' : 'zh-CN');
  const checklistTexts = (stage: CallStage) => new Map(script.stages[stage].checklist.map((item) => [item.id, item.text]));
  return (
    <section className="panel quality-evidence" aria-labelledby="quality-evidence-title">
      <h3 id="quality-evidence-title">{t('quality.evidence.title')}</h3>
      <p>
        {t('quality.evidence.call', {
          channel: t(`channels.${evidence.channel}`),
          time: at(evidence.startedAt),
          talk: minutesAndSeconds(evidence.talkSeconds),
          acw: minutesAndSeconds(evidence.acwSeconds),
        })}
      </p>
      <p className="muted">
        {evidence.caseNumber} · {evidence.subject} · {t('quality.evidence.agent', { name: evidence.agentName ?? '—' })}
      </p>
      <dl className="quality-facts">
        <dt>{t('quality.evidence.stages')}</dt>
        <dd>
          <ul className="plain-list">
            {evidence.stages.map((s) => (
              <li key={s.stage} className={s.completedAt === null ? 'quality-missing' : undefined}>
                {t(`call.stages.${s.stage}`)}：{s.completedAt === null ? t('quality.evidence.stageNotDone') : t('quality.evidence.stageDone', { time: at(s.completedAt) })}
                {s.visits > 1 ? ` · ${t('quality.evidence.visits', { count: s.visits })}` : ''}
                {s.checklist.length > 0 && <StageChecklist ticks={s.checklist} texts={checklistTexts(s.stage)} />}
              </li>
            ))}
          </ul>
        </dd>
        <dt>{t('quality.evidence.verification')}</dt>
        <dd>{evidence.verification ? `${t(`quality.evidence.verificationMethods.${evidence.verification.method}`)} · ${at(evidence.verification.at)}` : t('quality.evidence.notVerifiedYet')}</dd>
        <dt>{t('quality.evidence.acts')}</dt>
        <dd>{t('quality.evidence.actsLine', { solutions: evidence.solutions, escalations: evidence.escalations, transfers: evidence.transfers, notSolved: evidence.notSolved })}</dd>
        <dt>{t('quality.evidence.hold')}</dt>
        <dd>{evidence.holdCount === 0 && evidence.holdSeconds === 0 ? t('quality.evidence.noHold') : t('quality.evidence.holdLine', { count: evidence.holdCount, duration: minutesAndSeconds(evidence.holdSeconds) })}</dd>
        <dt>{t('quality.evidence.flags')}</dt>
        <dd>
          {evidence.phraseFlags.length === 0 ? (
            t('quality.evidence.noFlags')
          ) : (
            <ul className="plain-list">
              {evidence.phraseFlags.map((f, i) => (
                <li key={i}>{t('quality.evidence.flag', { phrase: f.phrase, reason: f.reason })}</li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('quality.evidence.clocks')}</dt>
        <dd>
          {evidence.clocks.length === 0 ? (
            t('quality.evidence.noClocks')
          ) : (
            <ul className="plain-list">
              {evidence.clocks.map((c) => (
                <li key={c.clock} className={c.outcome === 'breached' ? 'quality-missing' : undefined}>
                  {t(`quality.evidence.clock.${c.clock}`)}：{t(`quality.evidence.clockOutcome.${c.outcome}`)}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('quality.evidence.survey')}</dt>
        <dd>{evidence.surveyScore === null ? t('quality.evidence.noSurvey') : t('quality.evidence.surveyScore', { score: evidence.surveyScore })}</dd>
      </dl>
    </section>
  );
}
