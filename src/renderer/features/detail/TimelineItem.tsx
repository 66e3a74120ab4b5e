import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TimelineEvent } from '../../../shared/schemas/caseDetail';
import { mutationName } from '../../ui/mutationName';
import { conflictData, conflictValue, fieldLabel } from './conflictText';
import { formatAt, formatAtSeconds } from '../../ui/formatSpan';

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** Case columns that only the case screens name (the conflict labels cover the rest). */
function eventFieldLabel(t: TFunction, field: string): string {
  const own = t(`caseDetail.fields.${field}`, { defaultValue: '' });
  return own || fieldLabel(t, field);
}

/** What the event says beyond its kind, in words: statuses, who a case went to, scores, steps, due times. */
function detailOf(t: TFunction, event: TimelineEvent, locale: string): string | null {
  const d = event.data;
  switch (event.kind) {
    case 'note':
      return str(d.text);
    case 'statusChanged': {
      const from = str(d.from);
      const to = str(d.to);
      if (!from || !to) return null;
      const move = t('caseDetail.timeline.statusChanged', { from: t(`statuses.${from}`, { defaultValue: from }), to: t(`statuses.${to}`, { defaultValue: to }) });
      return str(d.note) ? `${move} · ${String(d.note)}` : move;
    }
    case 'fieldChanged': {
      const field = str(d.field);
      if (!field) return null;
      return t('caseDetail.timeline.fieldChanged', { field: eventFieldLabel(t, field), from: conflictValue(t, field, d.from, locale), to: conflictValue(t, field, d.to, locale) });
    }
    case 'stageCompleted':
      return str(d.stage) ? t(`call.stages.${String(d.stage)}`) : null;
    case 'transfer': {
      const target = str(d.target);
      const wait = num(d.waitSeconds);
      // Transfers saved before they had their own fields carry a feedback time instead of a wait.
      if (!target || wait === null) break;
      const text = t('callFlow.timeline.transfer', { target, wait: wait % 60 === 0 ? t('callFlow.minutes', { count: wait / 60 }) : t('callFlow.seconds', { count: wait }) });
      return [text, str(d.reason), str(d.note)].filter(Boolean).join(' · ');
    }
    case 'solutionAttempt':
      return str(d.solution);
    case 'replySent':
      return str(d.text);
    case 'evidenceAdded':
    case 'evidenceRemoved':
      return str(d.fileName);
    case 'callNotSolved':
      return d.next === 'solve' || d.next === 'record' ? t(`callFlow.timeline.notSolved.${d.next}`) : null;
    case 'identityChecked':
      return str(d.method) ? t(`callFlow.verify.methods.${String(d.method)}`, { defaultValue: String(d.method) }) : null;
    default:
      break;
  }
  switch (event.kind) {
    case 'transfer':
    case 'escalation': {
      const target = str(d.target);
      if (!target) return null;
      const text = t('caseDetail.timeline.collaboration', { target, minutes: num(d.feedbackMinutes) ?? '—' });
      return str(d.note) ? `${text} · ${String(d.note)}` : text;
    }
    case 'approvalRequested':
      return str(d.remedy) ? t('caseDetail.timeline.remedy', { remedy: t(`terms.remedies.${String(d.remedy)}`, { defaultValue: String(d.remedy) }) }) : null;
    case 'approvalGranted':
    case 'approvalDenied':
      return str(d.reason);
    case 'survey':
      return num(d.score) !== null ? t('caseDetail.timeline.survey', { score: d.score }) : null;
    case 'followUpScheduled': {
      const dueAt = num(d.dueAt);
      if (dueAt === null) return null;
      const kind = str(d.kind);
      return t('caseDetail.timeline.followUp', { kind: kind ? t(`terms.followUpKinds.${kind}`, { defaultValue: kind }) : t('detail.events.followUpScheduled'), time: formatAt(dueAt, locale) });
    }
    case 'returnStep': {
      if (d.declined === true) {
        const why = str(d.why) ?? 'notCovered';
        const offered = str(d.offered);
        const text = `${t('returns.notEligible')} · ${t(`returns.why.${why}`, { defaultValue: why })}`;
        return offered ? `${text} · ${t('returnOffer.offered', { alternative: t(`returnOffer.alternatives.${offered}`, { defaultValue: offered }) })}` : text;
      }
      const step = str(d.step);
      if (!step) return null;
      if (d.breached === true) return `${t('caseDetail.timeline.returnStep', { step: t(`caseDetail.returnSteps.${step}`, { defaultValue: step }) })} · ${t('returnFlow.breached')}`;
      const text = t('caseDetail.timeline.returnStep', { step: t(`caseDetail.returnSteps.${step}`, { defaultValue: step }) });
      const next = num(d.nextDueAt);
      return next === null ? text : `${text} · ${t('caseDetail.timeline.nextDue', { time: formatAt(next, locale) })}`;
    }
    case 'fieldRevealed': {
      const field = str(d.field);
      return field ? t('caseDetail.timeline.revealed', { field: t(`customer360.fieldNames.${field}`, { defaultValue: field }), reason: str(d.reason) ?? '—' }) : null;
    }
    case 'phraseKept': {
      const category = str(d.category);
      return t('guard.timeline', { excerpt: str(d.excerpt) ?? str(d.phrase) ?? '—', category: category ? t(`call.guard.reasons.${category}`, { defaultValue: category }) : '—', reason: str(d.reason) ?? '—' });
    }
    default:
      return null;
  }
}

/** One line of a case's history; a sync conflict says which value was kept and which was not used. */
export const TimelineItem = memo(function TimelineItem({ event }: { event: TimelineEvent }) {
  const { t, i18n } = useTranslation();
  const when = new Date(event.at);
  const valid = !Number.isNaN(when.getTime());
  const at = (
    <time dateTime={valid ? when.toISOString() : undefined} className="muted">
      {valid ? formatAtSeconds(event.at, i18n.language) : '—'}
    </time>
  );
  const conflict = event.kind === 'conflict' ? conflictData(event.data) : null;
  if (conflict) {
    return (
      <li className="timeline-conflict">
        {at}{' '}
        <strong>
          {t('conflict.text', {
            field: fieldLabel(t, conflict.field),
            kept: conflictValue(t, conflict.field, conflict.kept, i18n.language),
            lost: conflictValue(t, conflict.field, conflict.lost, i18n.language),
          })}
        </strong>
        {conflict.mutation && <span className="muted"> · {t('conflict.from', { mutation: mutationName(t, conflict.mutation) })}</span>}
      </li>
    );
  }
  const detail = detailOf(t, event, i18n.language);
  return (
    <li className={`timeline-${event.kind}`}>
      {at} <span className="timeline-kind">{t(`detail.events.${event.kind}`)}</span>
      {detail !== null && <>: {detail}</>}
    </li>
  );
});
