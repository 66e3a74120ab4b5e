import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guardReasons, type GuardReason, type GuardRule } from '../../../shared/domain/phraseGuard';
import { splitList, type PhrasesPolicy } from '../../../shared/domain/policies/phrasesPolicy';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import { locales, type Locale } from '../../../shared/schemas/settings';
import { GuardFlags } from '../../ui/GuardFlags';
import { validationMessage } from '../../ui/validationMessage';
import { PolicyForm } from './PolicyForm';
import { bodyIssues, usePublishPolicy } from './publishing';

/** A rule as the form holds it: lists as typed (one item per line), and whether it is to be removed. */
interface RuleRow {
  id: string;
  locale: Locale;
  reason: GuardReason;
  phrases: string;
  alternatives: string;
  allowed: string;
  removed: boolean;
}

const rowOf = (rule: GuardRule): RuleRow => ({ id: rule.id, locale: rule.locale, reason: rule.reason, phrases: rule.phrases.join('\n'), alternatives: rule.alternatives.join('\n'), allowed: (rule.allowed ?? []).join('\n'), removed: false });

function ruleOf(row: RuleRow): GuardRule {
  const allowed = splitList(row.allowed);
  return { id: row.id, locale: row.locale, reason: row.reason, phrases: splitList(row.phrases), alternatives: row.alternatives.split('\n').map((s) => s.trim()).filter((s) => s !== ''), ...(allowed.length > 0 ? { allowed } : {}) };
}

const same = (a: GuardRule, b: GuardRule) => JSON.stringify(ruleOf(rowOf(a))) === JSON.stringify(b);

/**
 * The forbidden-phrase list (issue 18): per language, each rule's phrases, category, the
 * sentences offered instead and the longer phrases that are fine to say; rules added and removed.
 * A test box flags what the draft list would flag, before anything is published.
 */
export function PhrasesEditor({ inForce, now, onPublished }: { inForce: PolicyRecord<'phrases'>; now: number; onPublished(record: PolicyRecord): void }) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const [locale, setLocale] = useState<Locale>(i18n.language.startsWith('en') ? 'en' : 'zh-CN');
  const [rows, setRows] = useState<RuleRow[]>(() => inForce.body.rules.map(rowOf));
  const [trial, setTrial] = useState('');
  const publishing = usePublishPolicy('phrases', onPublished);

  const kept = rows.filter((r) => !r.removed);
  const body: PhrasesPolicy = useMemo(() => ({ rules: rows.filter((r) => !r.removed).map(ruleOf) }), [rows]);
  const localIssues = useMemo(() => bodyIssues({ kind: 'phrases', body, effectiveFrom: now }), [body, now]);
  const answer = publishing.current(body);
  const issues = [...localIssues, ...answer.issues];
  const issueOf = (row: RuleRow, field: 'phrases' | 'alternatives' | 'allowed') => {
    const index = kept.indexOf(row);
    return issues.find((i) => i.path === `rules.${index}.${field}` || i.path.startsWith(`rules.${index}.${field}.`));
  };
  const before = new Map(inForce.body.rules.map((r) => [r.id, r]));
  const added = body.rules.filter((r) => !before.has(r.id)).length;
  const removed = inForce.body.rules.filter((r) => !body.rules.some((b) => b.id === r.id)).length;
  const changed = body.rules.filter((r) => before.has(r.id) && !same(before.get(r.id)!, r)).length;
  const changeCount = added + removed + changed;

  const edit = (id: string, patch: Partial<RuleRow>) => setRows((all) => all.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const add = () =>
    setRows((all) => {
      let n = 1;
      while (all.some((r) => r.id === `${locale === 'en' ? 'en' : 'zh'}.custom${n}`)) n++;
      return [...all, { id: `${locale === 'en' ? 'en' : 'zh'}.custom${n}`, locale, reason: 'negative', phrases: '', alternatives: '', allowed: '', removed: false }];
    });

  const field = (row: RuleRow, name: 'phrases' | 'alternatives' | 'allowed', rowsHigh: number) => {
    const id = `${ids}-${row.id}-${name}`;
    const issue = issueOf(row, name);
    return (
      <div className="field">
        <label htmlFor={id}>{t(`phrasePolicy.${name}`)}</label>
        <textarea id={id} rows={rowsHigh} value={row[name]} aria-invalid={issue ? true : undefined} onChange={(e) => edit(row.id, { [name]: e.target.value })} />
        {issue && (
          <span className="field-error" role="alert">
            {validationMessage(t, issue)}
          </span>
        )}
      </div>
    );
  };

  return (
    <PolicyForm
      className="phrase-policy"
      onPublish={() => void publishing.publish(body)}
      effective={publishing.effective}
      onEffective={publishing.setEffective}
      now={now}
      issues={issues.filter((i) => !i.path.startsWith('rules.'))}
      error={answer.error}
      canPublish={!publishing.busy && changeCount > 0 && localIssues.length === 0}
      publishLabel={t('phrasePolicy.publish')}
    >
      <p className="muted">{t('phrasePolicy.intro')}</p>
      <div className="row">
        <label htmlFor={`${ids}-locale`}>{t('phrasePolicy.language')}</label>
        <select id={`${ids}-locale`} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
          {locales.map((l) => (
            <option key={l} value={l}>
              {t(`phrasePolicy.languages.${l}`)}
            </option>
          ))}
        </select>
      </div>
      <ol className="phrase-rules">
        {rows
          .filter((r) => r.locale === locale)
          .map((row) => (
            <li key={row.id} className={row.removed ? 'phrase-rule removed' : 'phrase-rule'} aria-label={t('phrasePolicy.rule', { id: row.id })}>
              <div className="row">
                <strong>{row.id}</strong>
                <select aria-label={t('phrasePolicy.reasonOf', { id: row.id })} value={row.reason} disabled={row.removed} onChange={(e) => edit(row.id, { reason: e.target.value as GuardReason })}>
                  {guardReasons.map((r) => (
                    <option key={r} value={r}>
                      {t(`call.guard.reasons.${r}`)}
                    </option>
                  ))}
                </select>
                <button type="button" className="small" onClick={() => edit(row.id, { removed: !row.removed })}>
                  {row.removed ? t('phrasePolicy.restore') : t('phrasePolicy.remove')}
                </button>
              </div>
              {!row.removed && (
                <div className="phrase-rule-fields">
                  {field(row, 'phrases', 3)}
                  {field(row, 'alternatives', 3)}
                  {field(row, 'allowed', 2)}
                </div>
              )}
            </li>
          ))}
      </ol>
      <div className="row">
        <button type="button" onClick={add}>
          {t('phrasePolicy.add')}
        </button>
      </div>
      <p className="hint">{t('phrasePolicy.listHint')}</p>

      <div className="field phrase-trial">
        <label htmlFor={`${ids}-trial`}>{t('phrasePolicy.trial')}</label>
        <textarea id={`${ids}-trial`} rows={2} value={trial} placeholder={t('phrasePolicy.trialPlaceholder')} onChange={(e) => setTrial(e.target.value)} />
        {localIssues.length === 0 && <GuardFlags text={trial} rules={body.rules} onReplace={(text) => setTrial(text)} />}
      </div>

      <section className="policy-preview" aria-live="polite" aria-label={t('phrasePolicy.changes', { count: changeCount })}>
        <p className={changeCount === 0 ? 'muted' : undefined}>{changeCount === 0 ? t('phrasePolicy.noChanges') : t('phrasePolicy.summary', { added, removed, changed })}</p>
      </section>
    </PolicyForm>
  );
}
