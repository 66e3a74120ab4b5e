import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { GuardedTextArea } from '../../ui/GuardedTextArea';
import { NOTE_FIELD } from '../../../shared/domain/guardedFields';
import type { GuardKept } from '../../../shared/domain/phraseGuard';

/** A note on the case, checked by the phrase guard as it is typed; saved with its outbox row in one transaction. */
export function NoteForm({ caseId, onSaved }: { caseId: string; onSaved(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [text, setText] = useState('');
  const [kept, setKept] = useState<GuardKept[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || saving) return;
    setSaving(true);
    setError(null);
    setSaved(false);
    const reply = await api.addNote({ caseId, text, kept });
    setSaving(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setText('');
    setKept([]);
    setSaved(true);
    onSaved(reply.value);
  }

  return (
    <form className="case-section note-form" aria-labelledby="case-note-title" onSubmit={(e) => void submit(e)}>
      <h3 id="case-note-title">{t('caseDetail.note.title')}</h3>
      <GuardedTextArea
        label={t('caseDetail.note.label')}
        value={text}
        onChange={(value) => {
          setText(value);
          setSaved(false);
        }}
        maxLength={LIMITS.note}
        placeholder={t('caseDetail.note.placeholder')}
        keep={{ field: NOTE_FIELD, kept, onChange: setKept }}
      />
      <div className="row">
        <button type="submit" disabled={!text.trim() || saving}>
          {saving ? t('caseDetail.actions.working') : t('caseDetail.note.save')}
        </button>
        <span role="status" className="muted">
          {saved ? t('caseDetail.note.saved') : ''}
        </span>
      </div>
      <ErrorBanner error={error} />
    </form>
  );
}
