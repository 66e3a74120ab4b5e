import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { policyScript, scriptEdits, scriptTextProblem, withScript, type ScriptEdit, type ScriptsPolicy } from '../../../shared/domain/policies/scriptsPolicy';
import { fillLine, lineText } from '../../../shared/domain/scripts/fillScript';
import { placeholders, scriptLimits, type Script } from '../../../shared/domain/scripts/scriptTypes';
import { callStages, scenarios, type CallStage, type Scenario } from '../../../shared/schemas/domainTerms';
import { locales, type Locale } from '../../../shared/schemas/settings';
import { SelectField } from '../../ui/fields';
import { LimitedInput, LimitedTextArea } from '../../ui/LimitedInput';
import { PolicyForm } from './PolicyForm';
import { usePublishPolicy } from './publishing';
import './scriptPolicy.css';

const keyOf = (scenario: Scenario, locale: Locale) => `${scenario}/${locale}`;

/** One text of a script changed in place (a line or a checklist item of one stage). */
function withText(script: Script, stage: CallStage, kind: 'line' | 'checklist', id: string, text: string): Script {
  const was = script.stages[stage];
  const next = kind === 'line' ? { ...was, lines: was.lines.map((l) => (l.id === id ? { ...l, text } : l)) } : { ...was, checklist: was.checklist.map((c) => (c.id === id ? { ...c, text } : c)) };
  return { ...script, stages: { ...script.stages, [stage]: next } };
}

/**
 * The administrator's script editor (issue 18): pick a scenario, language and stage, change what
 * is said and checked, see each line filled from a sample case and every change before and after,
 * then publish a new version of the scripts policy from a chosen time. Ids stay as they are, so
 * gates and call records keep naming the same lines.
 */
export function ScriptPolicyEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'scripts'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [scenario, setScenario] = useState<Scenario>('complaint');
  const [locale, setLocale] = useState<Locale>(i18n.language.startsWith('en') ? 'en' : 'zh-CN');
  const [stage, setStage] = useState<CallStage>('greet');
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Script>>(new Map());
  const publishing = usePublishPolicy('scripts', onPublished);

  const base = (s: Scenario, l: Locale) => policyScript(inForce.body, s, l);
  const script = drafts.get(keyOf(scenario, locale)) ?? base(scenario, locale);
  const sample = useMemo(() => Object.fromEntries(placeholders.map((p) => [p, t(`scriptPolicy.sample.${p}`)])), [t]);
  const changes: (ScriptEdit & { scenario: Scenario; locale: Locale })[] = [...drafts.values()].flatMap((edited) =>
    scriptEdits(base(edited.scenario, edited.locale), edited).map((e) => ({ ...e, scenario: edited.scenario, locale: edited.locale })),
  );
  const problems = changes.filter((c) => scriptTextProblem(c.after, c.kind) !== null).length;

  const edit = (kind: 'line' | 'checklist', id: string, text: string) => {
    setDrafts((current) => new Map(current).set(keyOf(scenario, locale), withText(script, stage, kind, id, text)));
  };
  const body = useMemo(() => [...drafts.values()].reduce<ScriptsPolicy>((policy, edited) => withScript(policy, edited), inForce.body), [drafts, inForce]);
  const answer = publishing.current(body);

  const stageScript = script.stages[stage];
  const edited = (kind: 'line' | 'checklist', id: string) => changes.some((c) => c.scenario === scenario && c.locale === locale && c.stage === stage && c.kind === kind && c.itemId === id);
  const problemText = (text: string, kind: 'line' | 'checklist') => {
    const key = scriptTextProblem(text, kind);
    return key ? t(`scriptPolicy.errors.${key}`) : null;
  };

  return (
    <PolicyForm
      className="script-policy"
      onPublish={() => void publishing.publish(body)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={answer.issues}
      error={answer.error}
      canPublish={!publishing.busy && changes.length > 0 && problems === 0}
      publishLabel={t('scriptPolicy.publish')}
      buttons={
        <>
          <button type="button" disabled={publishing.busy || changes.length === 0} onClick={() => setDrafts(new Map())}>
            {t('scriptPolicy.reset')}
          </button>
        </>
      }
    >
      <p className="muted">{t('scriptPolicy.intro')}</p>
      <div className="script-policy-pick">
        <SelectField label={t('scriptPolicy.scenario')} value={scenario} options={scenarios} labelOf={(s) => t(`terms.scenarios.${s}`)} onChange={(s) => s && setScenario(s)} />
        <SelectField label={t('scriptPolicy.language')} value={locale} options={locales} labelOf={(l) => t(`scriptPolicy.languages.${l}`)} onChange={(l) => l && setLocale(l)} />
        <SelectField label={t('scriptPolicy.stage')} value={stage} options={callStages} labelOf={(s) => t(`call.stages.${s}`)} onChange={(s) => s && setStage(s)} />
      </div>

      <fieldset className="script-policy-lines">
        <legend>{t('scriptPolicy.lines')}</legend>
        {stageScript.lines.map((line, index) => {
          const problem = problemText(line.text, 'line');
          const id = `${ids}-line-${line.id}`;
          return (
            <div key={line.id} className="field script-policy-line">
              <label htmlFor={id}>
                {t('scriptPolicy.line', { n: index + 1 })} · {t('scriptPolicy.when', { condition: t(`scriptPolicy.conditions.${line.when ?? 'always'}`) })}
                {edited('line', line.id) && <span className="badge">{t('scriptPolicy.edited')}</span>}
              </label>
              <LimitedTextArea id={id} rows={2} value={line.text} maxLength={scriptLimits.text} onValue={(text) => edit('line', line.id, text)} aria-invalid={problem !== null} />
              {problem ? (
                <p className="field-error" role="alert">
                  {problem}
                </p>
              ) : (
                <p className="script-policy-preview" aria-label={t('scriptPolicy.preview')}>
                  {lineText(fillLine(line.text, sample))}
                </p>
              )}
            </div>
          );
        })}
        <p className="hint">{t('scriptPolicy.placeholdersHint', { list: placeholders.map((p) => `{${p}}`).join(' ') })}</p>
      </fieldset>

      {stageScript.checklist.length > 0 && (
        <fieldset className="script-policy-lines">
          <legend>{t('scriptPolicy.checklist')}</legend>
          {stageScript.checklist.map((item, index) => {
            const problem = problemText(item.text, 'checklist');
            const id = `${ids}-check-${item.id}`;
            return (
              <div key={item.id} className="field">
                <label htmlFor={id}>
                  {index + 1}
                  {edited('checklist', item.id) && <span className="badge">{t('scriptPolicy.edited')}</span>}
                </label>
                <LimitedInput id={id} value={item.text} maxLength={scriptLimits.text} onValue={(text) => edit('checklist', item.id, text)} aria-invalid={problem !== null} />
                {problem && (
                  <p className="field-error" role="alert">
                    {problem}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      )}

      <section className="policy-preview script-policy-changes" aria-labelledby={`${ids}-changes`}>
        <h4 id={`${ids}-changes`}>{t('scriptPolicy.changes', { count: changes.length })}</h4>
        {changes.length === 0 ? (
          <p className="muted">{t('scriptPolicy.noChanges')}</p>
        ) : (
          <ul>
            {changes.map((c) => (
              <li key={`${c.scenario}/${c.locale}/${c.stage}/${c.kind}/${c.itemId}`}>
                <strong>
                  {t(`terms.scenarios.${c.scenario}`)} · {t(`scriptPolicy.languages.${c.locale}`)} · {t(`call.stages.${c.stage}`)}
                </strong>
                <div>
                  <span className="muted">{t('scriptPolicy.before')}</span>
                  <del>{c.before}</del>
                </div>
                <div>
                  <span className="muted">{t('scriptPolicy.after')}</span>
                  <ins>{c.after}</ins>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      {problems > 0 && <p className="field-error">{t('scriptPolicy.fixFirst', { count: problems })}</p>}
    </PolicyForm>
  );
}
