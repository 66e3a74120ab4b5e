import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { CheckField } from '../../ui/fields';
import { FieldError } from '../../ui/FieldError';

interface Form {
  telephonyEnabled: boolean;
  telephonyPort: string;
  telephonyToken: string;
  holdPromptSeconds: string;
}

/** 24 random bytes as URL-safe base64 (32 characters): the token a softphone presents. */
export function newTelephonyToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const asNumber = (text: string): number | string => (/^\d{1,6}$/.test(text.trim()) ? Number(text.trim()) : text);

/**
 * The local telephony endpoint (off by default): on or off, its port, its token (generated here,
 * copyable for the softphone's configuration), and how often the hold prompt comes. Saved on its
 * own; main starts, moves or stops the endpoint as soon as it is saved.
 */
export function TelephonySettings() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const tokenRef = useRef<HTMLInputElement>(null);
  const [form, setForm] = useState<Form | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  useEffect(() => {
    void api.getSettings().then((reply) => {
      if (reply.ok) {
        const s = reply.value;
        setForm({ telephonyEnabled: s.telephonyEnabled, telephonyPort: String(s.telephonyPort), telephonyToken: s.telephonyToken, holdPromptSeconds: String(s.holdPromptSeconds) });
      }
    });
  }, [api]);
  if (!form) return null;
  const change = (patch: Partial<Form>) => {
    setForm({ ...form, ...patch });
    setStatus(null);
  };
  const save = async () => {
    // Switching on without a token makes one, so "enabled" always means listening.
    const token = form.telephonyEnabled && !form.telephonyToken ? newTelephonyToken() : form.telephonyToken;
    const reply = await api.updateSettings({
      telephonyEnabled: form.telephonyEnabled,
      telephonyPort: asNumber(form.telephonyPort) as number,
      telephonyToken: token,
      holdPromptSeconds: asNumber(form.holdPromptSeconds) as number,
    });
    if (!reply.ok) {
      setIssues(reply.error.issues ?? [{ path: '', key: 'invalid' }]);
      return;
    }
    setIssues([]);
    setForm({ ...form, telephonyToken: reply.value.telephonyToken });
    setStatus(t('telephony.saved'));
  };
  const copy = async () => {
    tokenRef.current?.select();
    try {
      await navigator.clipboard.writeText(form.telephonyToken);
    } catch {
      document.execCommand('copy');
    }
    setStatus(t('telephony.copied'));
  };
  const issue = (path: keyof Form) => issues.find((i) => i.path === path);
  return (
    <section className="telephony-settings" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('telephony.title')}</h4>
      <p className="muted small-print">{t('telephony.why')}</p>
      <CheckField label={t('telephony.enabled')} checked={form.telephonyEnabled} onChange={(checked) => change({ telephonyEnabled: checked })} />
      <div className="row">
        <div className="field">
          <label htmlFor={`${id}-port`}>{t('telephony.port')}</label>
          <input id={`${id}-port`} inputMode="numeric" value={form.telephonyPort} maxLength={5} aria-invalid={issue('telephonyPort') ? true : undefined} aria-describedby={`${id}-port-error`} onChange={(e) => change({ telephonyPort: e.target.value })} />
          {issue('telephonyPort') && (
            <span className="field-error" id={`${id}-port-error`}>
              {t('telephony.portInvalid')}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-hold`}>{t('telephony.holdPrompt')}</label>
          <input id={`${id}-hold`} inputMode="numeric" value={form.holdPromptSeconds} maxLength={3} aria-invalid={issue('holdPromptSeconds') ? true : undefined} aria-describedby={`${id}-hold-error`} onChange={(e) => change({ holdPromptSeconds: e.target.value })} />
          {issue('holdPromptSeconds') && (
            <span className="field-error" id={`${id}-hold-error`}>
              {t('telephony.holdPromptInvalid')}
            </span>
          )}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-token`}>{t('telephony.token')}</label>
        <input id={`${id}-token`} className="telephony-token" ref={tokenRef} readOnly spellCheck={false} value={form.telephonyToken} placeholder={t('telephony.noToken')} />
        <div className="row">
          <button type="button" className="secondary small" onClick={() => change({ telephonyToken: newTelephonyToken() })}>
            {t('telephony.generate')}
          </button>
          <button type="button" className="secondary small" disabled={!form.telephonyToken} onClick={() => void copy()}>
            {t('telephony.copy')}
          </button>
        </div>
        <FieldError issue={issue('telephonyToken')} />
      </div>
      <p className="muted small-print">
        {t('telephony.endpoint', { url: `http://127.0.0.1:${form.telephonyPort}/call-events`, interpolation: { escapeValue: false } })}
      </p>
      <div className="row">
        <button type="button" onClick={() => void save()}>
          {t('telephony.save')}
        </button>
        {status && (
          <span role="status" className="muted">
            {status}
          </span>
        )}
      </div>
    </section>
  );
}
