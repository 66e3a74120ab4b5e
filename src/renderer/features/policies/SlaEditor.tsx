import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { returnStepChanges, returnStepFields, slaChanges, type SlaPolicy, type SlaPolicyClock } from '../../../shared/domain/policies/slaPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { slaClockKinds, type SlaConditions } from '../../../shared/domain/sla';
import { formatSpan } from '../../ui/formatSpan';
import { validationMessage } from '../../ui/validationMessage';
import { bodyIssues, usePublishPolicy } from './publishing';
import { PolicyForm } from './PolicyForm';
import { draftBody, editableClocks, minutesText, type ReturnStepEdits, type SlaEdits } from './slaDraft';

const conditionKeys = ['channels', 'scenarios', 'priorities', 'severities'] as const;
const conditionLabel = { channels: 'channels', scenarios: 'terms.scenarios', priorities: 'terms.priorities', severities: 'terms.severities' } as const;

/** Which cases a clock applies to, in words: "渠道：邮件 · 场景：咨询", or all cases. */
function appliesTo(t: TFunction, when: SlaConditions): string {
  const parts = conditionKeys
    .filter((k) => when[k]?.length)
    .map((k) => t('policies.sla.condition', { name: t(`policies.sla.conditions.${k}`), values: when[k]!.map((v) => t(`${conditionLabel[k]}.${v}`)).join(t('policies.sla.listSeparator')) }));
  return parts.length > 0 ? parts.join(' · ') : t('policies.sla.allCases');
}

/**
 * Clocks whose due time is not the policy's number: a promise's is the time promised, a return
 * step's is the one recorded with the step before (returns.ts). Shown, not edited, so no number
 * here pretends to change them.
 */
const fixedTargets: Partial<Record<SlaPolicyClock['id'], 'promised' | 'returnSteps'>> = { promisedFeedback: 'promised', returnReview: 'returnSteps', returnShip: 'returnSteps', returnProcess: 'returnSteps' };

const timeOf = (t: TFunction, minutes: number) => (minutes < 1 ? t('policies.sla.seconds', { seconds: Math.round(minutes * 60) }) : formatSpan(t, minutes * 60_000));

/** A clock's target as the change preview shows it: "24 小时 0 分 · 自然时间". */
function describe(t: TFunction, c: SlaPolicyClock): string {
  const target = c.limitMinutes === undefined ? timeOf(t, c.minutes) : t('policies.sla.withLimit', { target: timeOf(t, c.minutes), limit: timeOf(t, c.limitMinutes) });
  return t('policies.sla.valueCounting', { time: target, counting: t(`policies.sla.counting.${c.clock}`) });
}

/**
 * The SLA targets in force, one row per clock: target and limit in minutes, calendar or working
 * time. Changes are listed (slaChanges) before the admin publishes them as a new version.
 */
export function SlaEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'slaTargets'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t } = useTranslation();
  const base = useMemo(() => editableClocks(inForce.body), [inForce]);
  const [edits, setEdits] = useState<SlaEdits>({});
  const [returnEdits, setReturnEdits] = useState<ReturnStepEdits>({});
  const publishing = usePublishPolicy('slaTargets', onPublished);
  const body: SlaPolicy = useMemo(() => draftBody(base, edits, inForce.body, returnEdits), [base, edits, inForce, returnEdits]);
  const localIssues = useMemo(() => bodyIssues({ kind: 'slaTargets', body, effectiveFrom: now }), [body, now]);
  const changes = useMemo(() => (localIssues.length === 0 ? slaChanges(inForce.body, body) : []), [localIssues, inForce, body]);
  const stepChanges = useMemo(() => (localIssues.length === 0 ? returnStepChanges(inForce.body, body) : []), [localIssues, inForce, body]);
  const changeCount = changes.length + stepChanges.length;
  const answer = publishing.current(body);
  const issues = [...localIssues, ...answer.issues.filter((i) => !localIssues.some((l) => l.path === i.path))];
  const issueAt = (path: string) => issues.find((i) => i.path === path);
  const edit = (id: SlaPolicyClock['id'], patch: SlaEdits[SlaPolicyClock['id']]) => setEdits((all) => ({ ...all, [id]: { ...all[id], ...patch } }));

  return (
    <PolicyForm
      onPublish={() => void publishing.publish(body)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={issues}
      error={answer.error}
      canPublish={!publishing.busy && changeCount > 0}
      publishLabel={t('policies.sla.publish')}
      buttons={
        <button
          type="button"
          className="secondary"
          disabled={Object.keys(edits).length + Object.keys(returnEdits).length === 0}
          onClick={() => {
            setEdits({});
            setReturnEdits({});
          }}
        >
          {t('policies.sla.reset')}
        </button>
      }
    >
      <h4>{t('policies.sla.title')}</h4>
      <div className="policy-table-wrap">
        <table className="lead-table policy-table sla-table">
          <thead>
            <tr>
              {(['clock', 'appliesTo', 'minutes', 'limit', 'counting'] as const).map((c) => (
                <th key={c} scope="col">
                  {t(`policies.sla.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {base.map((clock, index) => {
              const name = t(`clocks.names.${clock.id}`);
              const row = edits[clock.id] ?? {};
              const fixed = fixedTargets[clock.id];
              const minutesIssue = issueAt(`clocks.${index}.minutes`);
              const limitIssue = issueAt(`clocks.${index}.limitMinutes`);
              const changed = changes.some((c) => c.id === clock.id);
              return (
                <tr key={clock.id} data-clock={clock.id} className={changed ? 'policy-changed' : undefined}>
                  <th scope="row">{name}</th>
                  <td className="policy-applies">{appliesTo(t, clock.when)}</td>
                  <td>
                    {fixed ? (
                      <span className="muted">{t(`policies.sla.fixed.${fixed}`)}</span>
                    ) : (
                      <>
                        <input
                          type="text"
                          inputMode="decimal"
                          className="policy-number"
                          aria-label={t('policies.sla.minutesOf', { clock: name })}
                          aria-invalid={minutesIssue ? true : undefined}
                          value={row.minutes ?? minutesText(clock.minutes)}
                          onChange={(e) => edit(clock.id, { minutes: e.target.value })}
                        />
                        {minutesIssue ? <span className="field-error">{validationMessage(t, minutesIssue)}</span> : <span className="muted policy-human">{timeOf(t, body.clocks[index]!.minutes)}</span>}
                      </>
                    )}
                  </td>
                  <td>
                    {!fixed && (
                      <>
                        <input
                          type="text"
                          inputMode="decimal"
                          className="policy-number"
                          aria-label={t('policies.sla.limitOf', { clock: name })}
                          aria-invalid={limitIssue ? true : undefined}
                          placeholder={t('policies.sla.noLimit')}
                          value={row.limit ?? minutesText(clock.limitMinutes)}
                          onChange={(e) => edit(clock.id, { limit: e.target.value })}
                        />
                        {limitIssue && <span className="field-error">{validationMessage(t, limitIssue)}</span>}
                      </>
                    )}
                  </td>
                  <td>
                    <select aria-label={t('policies.sla.countingOf', { clock: name })} disabled={fixed !== undefined} value={row.clock ?? clock.clock} onChange={(e) => edit(clock.id, { clock: e.target.value as SlaPolicyClock['clock'] })}>
                      {slaClockKinds.map((k) => (
                        <option key={k} value={k}>
                          {t(`policies.sla.counting.${k}`)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <fieldset className="policy-return-steps" aria-describedby="return-steps-note">
        <legend>{t('policies.sla.returnSteps.title')}</legend>
        <p id="return-steps-note" className="muted small-note">
          {t('policies.sla.returnSteps.note')}
        </p>
        <div className="row">
          {returnStepFields.map((field) => {
            const issue = issueAt(`returnSteps.${field}`);
            return (
              <label key={field} className="field">
                <span>{t(`policies.sla.returnSteps.${field}`)}</span>
                <input
                  type="text"
                  inputMode="numeric"
                  className="policy-number"
                  aria-invalid={issue ? true : undefined}
                  value={returnEdits[field] ?? String(body.returnSteps?.[field] ?? '')}
                  onChange={(e) => setReturnEdits((all) => ({ ...all, [field]: e.target.value }))}
                />
                {issue && <span className="field-error">{validationMessage(t, issue)}</span>}
              </label>
            );
          })}
        </div>
      </fieldset>
      <section className="policy-preview" aria-label={changeCount > 0 ? t('policies.sla.changes', { count: changeCount }) : t('policies.sla.noChanges')} aria-live="polite">
        {changeCount === 0 ? (
          <p className="muted">{t('policies.sla.noChanges')}</p>
        ) : (
          <>
            <h5>{t('policies.sla.changes', { count: changeCount })}</h5>
            <ul>
              {changes.map((c) => (
                <li key={c.id}>
                  {t('policies.sla.change', { clock: t(`clocks.names.${c.id}`), before: describe(t, c.before), after: describe(t, c.after) })}
                </li>
              ))}
              {stepChanges.map((c) => (
                <li key={c.field}>{t('policies.sla.change', { clock: t(`policies.sla.returnSteps.${c.field}`), before: c.before, after: c.after })}</li>
              ))}
            </ul>
          </>
        )}
      </section>
    </PolicyForm>
  );
}
