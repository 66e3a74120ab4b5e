import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../shared/result';
import type { EvidenceFile, EvidenceItem } from '../../../shared/schemas/evidence';
import { useApi } from '../../apiContext';
import { formatAt } from '../../ui/formatSpan';
import { validationMessage } from '../../ui/validationMessage';
import { base64ToBytes, fileToBase64, formatBytes, tooLargeToSend } from './evidenceBytes';

/**
 * Complaint evidence on the case: the files attached (name, size, who, when), a file chooser and a
 * drop zone to add one, and for each file "view" (pictures inline, PDFs offered for saving) and
 * "remove" (kept in the record, shown as removed).
 */
export function EvidencePanel({ caseId, onChanged }: { caseId: string; onChanged?(): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [items, setItems] = useState<EvidenceItem[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [shown, setShown] = useState<EvidenceFile | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    let live = true;
    void api.listEvidence({ caseId }).then((reply) => {
      if (!live) return;
      if (reply.ok) setItems(reply.value);
      else setError(reply.error);
    });
    return () => {
      live = false;
    };
  }, [api, caseId]);

  const pdfUrl = usePdfUrl(shown);

  async function attach(file: File | undefined) {
    if (!file || busy) return;
    setError(null);
    setAdded(null);
    if (tooLargeToSend(file)) {
      setError({ code: 'validation', message: 'too large', issues: [{ path: 'file', key: 'evidenceTooLarge' }] });
      return;
    }
    setBusy(true);
    const reply = await api.attachEvidence({ caseId, fileName: file.name, dataBase64: await fileToBase64(file) });
    setBusy(false);
    if (input.current) input.current.value = '';
    if (!reply.ok) return setError(reply.error);
    setItems(reply.value);
    setAdded(file.name);
    onChanged?.();
  }

  async function open(item: EvidenceItem) {
    setError(null);
    setOpening(item.id);
    const reply = await api.openEvidence({ evidenceId: item.id });
    setOpening(null);
    if (!reply.ok) return setError(reply.error);
    setShown(reply.value);
  }

  async function remove(item: EvidenceItem) {
    setConfirming(null);
    setError(null);
    const reply = await api.removeEvidence({ evidenceId: item.id });
    if (!reply.ok) return setError(reply.error);
    setItems(reply.value);
    if (shown?.id === item.id) setShown(null);
    onChanged?.();
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void attach(event.dataTransfer.files[0]);
  }

  const reason = error ? (error.issues?.length ? error.issues.map((issue) => validationMessage(t, issue)).join('；') : t(`errors.${error.code}`, { defaultValue: error.message })) : null;

  return (
    <section className="case-section evidence-panel" aria-labelledby="case-evidence-title">
      <h3 id="case-evidence-title">{t('evidence.title')}</h3>
      <p className="muted small-print">{t('evidence.hint')}</p>
      <div
        className={`evidence-drop${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <label className={`evidence-choose${busy ? ' busy' : ''}`}>
          <span>{busy ? t('evidence.adding') : t('evidence.choose')}</span>
          <input ref={input} className="visually-hidden" type="file" accept="image/jpeg,image/png,image/webp,application/pdf" disabled={busy} onChange={(event) => void attach(event.target.files?.[0])} />
        </label>
        <span className="muted">{t('evidence.drop')}</span>
      </div>
      <p role="status" className="muted">
        {added ? t('evidence.added', { name: added }) : ''}
      </p>
      {reason && (
        <p role="alert" className="error-banner">
          {t('evidence.failed', { reason })}
        </p>
      )}
      {items && items.length === 0 && <p className="muted">{t('evidence.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="evidence-list" aria-label={t('evidence.listLabel')}>
          {items.map((item) => (
            <li key={item.id} className={item.removedAt ? 'evidence-removed' : undefined}>
              <div className="evidence-name">
                <strong>{item.fileName}</strong> <span className="muted">· {formatBytes(item.sizeBytes, i18n.language)}</span>
              </div>
              <div className="muted small-print">
                {t('evidence.by', { name: item.addedByName ?? t('evidence.someone'), time: formatAt(item.addedAt, i18n.language) })}
                {item.removedAt !== null && <> · {t('evidence.removedAt', { time: formatAt(item.removedAt, i18n.language) })}</>}
                {!item.stored && item.removedAt === null && <> · {t('evidence.notStored')}</>}
              </div>
              {item.removedAt === null && (
                <div className="row evidence-actions">
                  <button type="button" onClick={() => void open(item)} disabled={opening === item.id}>
                    {opening === item.id ? t('evidence.opening') : t('evidence.open')}
                  </button>
                  {confirming === item.id ? (
                    <>
                      <button type="button" className="danger" onClick={() => void remove(item)}>
                        {t('evidence.confirmRemove')}
                      </button>
                      <button type="button" className="secondary" onClick={() => setConfirming(null)}>
                        {t('evidence.cancel')}
                      </button>
                    </>
                  ) : (
                    <button type="button" className="secondary" onClick={() => setConfirming(item.id)}>
                      {t('evidence.remove')}
                    </button>
                  )}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <figure className="evidence-preview" aria-label={t('evidence.preview', { name: shown.fileName })}>
          {shown.mediaType === 'application/pdf' ? (
            pdfUrl && (
              <a href={pdfUrl} download={shown.fileName}>
                {t('evidence.savePdf')} · {shown.fileName}
              </a>
            )
          ) : (
            <img src={`data:${shown.mediaType};base64,${shown.dataBase64}`} alt={shown.fileName} />
          )}
          <figcaption>
            <span className="muted">{shown.fileName}</span>{' '}
            <button type="button" className="secondary" onClick={() => setShown(null)}>
              {t('evidence.closePreview')}
            </button>
          </figcaption>
        </figure>
      )}
    </section>
  );
}

/** A blob URL for the PDF on screen, revoked when it goes. */
function usePdfUrl(shown: EvidenceFile | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!shown || shown.mediaType !== 'application/pdf') return setUrl(null);
    const made = URL.createObjectURL(new Blob([base64ToBytes(shown.dataBase64)], { type: 'application/pdf' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [shown]);
  return url;
}
