import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { INCIDENT_SUMMARY_MAX, incidentKinds, type IncidentKind } from '../../../shared/domain/incidents';
import type { AppErrorValue } from '../../../shared/result';
import type { IncidentDetail } from '../../../shared/schemas/incidents';
import { useApi } from '../../apiContext';
import { Dialog } from '../../ui/Dialog';
import { CalmingScript } from '../../ui/incidents/CalmingScript';
import { useApiQuery } from '../../ui/useApiQuery';
import { validationMessage } from '../../ui/validationMessage';
import '../../ui/incidents/incidents.css';

/**
 * Report an incident from any screen: Ctrl+Shift+X opens this, a digit 1–4 picks the kind and
 * puts the cursor in the description, Enter sends. Once sent, the calming script stays on screen.
 */
export function IncidentDialog({ openCaseId, offline, onReported, onClose }: { openCaseId: string | null; offline: boolean; onReported?(): void; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const caseQuery = useApiQuery((a) => (openCaseId ? a.getCase({ caseId: openCaseId }) : Promise.resolve({ ok: true as const, value: null })), [openCaseId]);
  const openCase = caseQuery.state === 'loaded' && caseQuery.value ? { id: caseQuery.value.id, number: caseQuery.value.number } : null;
  const [kind, setKind] = useState<IncidentKind>('outage');
  const [summary, setSummary] = useState('');
  const [linkCase, setLinkCase] = useState(true);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<IncidentDetail | null>(null);
  const [focusKey, setFocusKey] = useState(0);

  const send = async () => {
    if (busy || sent) return;
    setBusy(true);
    const reply = await api.reportIncident({ kind, summary, caseId: linkCase && openCase ? openCase.id : null });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    setError(null);
    setSent(reply.value);
    onReported?.();
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') return onClose();
    const digit = /^Digit([1-4])$/.exec(e.nativeEvent.code)?.[1] ?? (/^[1-4]$/.test(e.key) ? e.key : undefined);
    const inText = e.target instanceof HTMLTextAreaElement;
    if (!sent && digit && !inText && !e.ctrlKey && !e.altKey && !e.metaKey) {
      e.preventDefault();
      setKind(incidentKinds[Number(digit) - 1]!);
      setFocusKey((n) => n + 1);
    } else if (!sent && inText && e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void send();
    }
  };
  const summaryIssue = error?.issues?.find((i) => i.path === 'summary');
  return (
    <div className="modal-backdrop" onClick={(e) => e.target === e.currentTarget && onClose()}>
      <Dialog labelledBy="incident-dialog-title" className="panel incident-dialog" focusFirst={sent ? 'button' : focusKey === 0 ? 'input:checked' : 'textarea'} focusKey={`${focusKey}-${sent ? 1 : 0}`} onKeyDown={onKeyDown} onSubmit={() => void send()}>
        <header className="panel-header">
          <h2 id="incident-dialog-title">{t('incidents.dialogTitle')}</h2>
        </header>
        {sent ? (
          <>
            <p role="status" className={offline ? 'warning-banner' : 'success-banner'}>
              {offline ? t('incidents.sentOffline') : t('incidents.sent')}
            </p>
            <CalmingScript kind={sent.kind} />
            <div className="row">
              <button type="button" onClick={onClose}>
                {t('detail.close')}
              </button>
            </div>
          </>
        ) : (
          <>
            <p className="muted small-note">{t('incidents.dialogNote')}</p>
            <fieldset className="incident-kinds">
              <legend>{t('incidents.kind')}</legend>
              {incidentKinds.map((k, i) => (
                <label key={k}>
                  <input type="radio" name="incident-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
                  {t(`incidents.kinds.${k}`)}
                  <kbd>{i + 1}</kbd>
                </label>
              ))}
            </fieldset>
            <label>
              {t('incidents.summary')}
              <textarea
                rows={3}
                maxLength={INCIDENT_SUMMARY_MAX}
                value={summary}
                placeholder={t('incidents.summaryPlaceholder')}
                aria-invalid={summaryIssue ? true : undefined}
                onChange={(e) => setSummary(e.target.value)}
              />
            </label>
            {summaryIssue && (
              <p role="alert" className="error-banner">
                {validationMessage(t, summaryIssue)}
              </p>
            )}
            {error && !summaryIssue && (
              <p role="alert" className="error-banner">
                {t(`errors.${error.code}`)}
              </p>
            )}
            {openCase && (
              <label>
                <input type="checkbox" checked={linkCase} onChange={(e) => setLinkCase(e.target.checked)} /> {t('incidents.linkCase', { number: openCase.number })}
              </label>
            )}
            <CalmingScript kind={kind} />
            <div className="row">
              <button type="submit" disabled={busy}>
                {busy ? t('incidents.sending') : t('incidents.send')}
              </button>
              <button type="button" className="secondary" onClick={onClose}>
                {t('incidents.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </div>
  );
}
