import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseClock } from '../../shared/domain/caseClocks';
import { formatDuration } from './formatDuration';
import { formatAt, formatSpan } from './formatSpan';

/**
 * The service clocks of a case or call (shared/domain/caseClocks), nearest due first: each with
 * its state, and its definition (where it starts and stops, the target it runs under) on hover or focus.
 */
export function ClockList({ clocks, className = '' }: { clocks: readonly CaseClock[]; className?: string }) {
  const { t } = useTranslation();
  if (clocks.length === 0) return <p className={`muted clock-list-empty ${className}`}>{t('clocks.none')}</p>;
  return (
    <ul className={`clock-list ${className}`} aria-label={t('clocks.label')}>
      {clocks.map((clock) => (
        <ClockItem key={clock.key} clock={clock} />
      ))}
    </ul>
  );
}

function ClockItem({ clock }: { clock: CaseClock }) {
  const { t, i18n } = useTranslation();
  const tipId = useId();
  // The target of the rules in force when the clock started (issue 18): seconds under a minute, else hours and minutes.
  const targetText = (minutes: number) => (minutes < 1 ? t('clocks.seconds', { seconds: Math.round(minutes * 60) }) : formatSpan(t, minutes * 60_000));
  const span = (ms: number) => (Math.abs(ms) < 3_600_000 ? formatDuration(Math.abs(ms)) : formatSpan(t, ms));
  const state =
    clock.state === 'met' || clock.state === 'metLate'
      ? t(`clocks.${clock.state}`)
      : clock.state === 'breached'
        ? t('clocks.overdue', { time: span(clock.remainingMs) })
        : t('clocks.left', { time: span(clock.remainingMs) });
  return (
    <li className={`sla clock sla-${clock.state}`} data-clock={clock.id} tabIndex={0} aria-describedby={tipId}>
      <strong>{t(`clocks.names.${clock.id}`)}</strong> · {state}
      {clock.overLimit && <> · {t('clocks.overLimit')}</>}
      <span role="tooltip" id={tipId} className="clock-tip">
        {t(`clocks.definitions.${clock.id}`)}
        {clock.targetMinutes !== null && (
          <>
            <br />
            {t(clock.limitAt !== null && !clock.business ? 'clocks.targetWithLimit' : 'clocks.target', { time: targetText(clock.targetMinutes), limit: targetText((clock.limitAt! - clock.startedAt) / 60_000) })}
          </>
        )}
        <br />
        {t('clocks.due', { time: formatAt(clock.dueAt, i18n.language) })}
        {clock.business && <> · {t('clocks.workingHours')}</>}
      </span>
    </li>
  );
}
