import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { AppErrorValue } from '../../../shared/result';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import type { SyncStore } from './syncStore';

const fields = ['number', 'password'] as const;
type Field = (typeof fields)[number];

/** Agent number and password, for a desktop with a sync server; signs in offline when the server cannot be reached. */
export function SignInDialog({ store }: { store: SyncStore }) {
  const { t } = useTranslation();
  const serverUrl = useStore(store, (s) => s.serverUrl);
  const known = useStore(store, (s) => s.agent);
  const [form, setForm] = useState<Record<Field, string>>({ number: known?.number ?? '', password: '' });
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit() {
    setBusy(true);
    const reply = await store.getState().login(form);
    setBusy(false);
    if (reply.ok) return;
    setError(reply.error);
    setForm((f) => ({ ...f, password: '' }));
  }

  const issueOf = (field: Field) => error?.issues?.find((i) => i.path === field);
  const message = error && error.code !== 'validation' ? t(`errors.${error.code}`, { defaultValue: t('errors.internal') }) : null;

  return (
    <div className="modal-backdrop">
      <Dialog
        labelledBy={`${id}-title`}
        describedBy={`${id}-why`}
        className="dialog sign-in-dialog"
        focusFirst={known ? 'input[type=password]' : 'input'}
        focusKey={known}
        onSubmit={() => {
          if (!busy) void submit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') store.getState().dismissSignIn();
          if (e.key === 'Tab') keepFocusInside(e, e.currentTarget);
        }}
      >
        <h2 id={`${id}-title`}>{t('signIn.title')}</h2>
        <p id={`${id}-why`} className="muted">
          {t('signIn.why')}
          <br />
          {t('signIn.server', { url: serverUrl })}
        </p>
        {fields.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{t(`signIn.${field}`)}</label>
            <input
              id={`${id}-${field}`}
              type={field === 'password' ? 'password' : 'text'}
              autoComplete={field === 'password' ? 'current-password' : 'username'}
              inputMode={field === 'number' ? 'numeric' : undefined}
              value={form[field]}
              maxLength={field === 'number' ? 32 : 200}
              aria-invalid={issueOf(field) ? true : undefined}
              aria-describedby={issueOf(field) ? `${id}-${field}-error` : undefined}
              onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
            />
            <FieldError issue={issueOf(field)} id={`${id}-${field}-error`} />
          </div>
        ))}
        {message && (
          <p className="error-banner" role="alert">
            {message}
          </p>
        )}
        <p className="muted small-print">{t('signIn.offlineHint')}</p>
        <div className="row">
          <button type="submit" disabled={busy} aria-busy={busy}>
            {busy ? t('signIn.submitting') : t('signIn.submit')}
          </button>
          <button type="button" className="secondary" onClick={() => store.getState().dismissSignIn()}>
            {t('signIn.later')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}

/** Tab and Shift+Tab cycle inside the dialog instead of leaving it. */
function keepFocusInside(event: KeyboardEvent, box: HTMLElement | null) {
  const focusable = box ? [...box.querySelectorAll<HTMLElement>('input, button:not([disabled])')] : [];
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
