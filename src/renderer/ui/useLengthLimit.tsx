import { useLayoutEffect, useRef, useState, type ClipboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import './forms.css';

/** From this share of the limit on, the field shows how many characters are used. */
export const COUNTER_FROM = 0.8;

type TextControl = HTMLInputElement | HTMLTextAreaElement;

/** At most `room` UTF-16 code units of `text` (what maxLength counts), never half of a surrogate pair. */
export function fitInto(text: string, room: number): string {
  if (room <= 0) return '';
  if (text.length <= room) return text;
  const cut = text.slice(0, room);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/**
 * No silent truncation: near its limit (from 80 %) a field shows a counter, and a paste that does
 * not fit is cut by us — the part that fits goes in at the cursor — with a message saying how
 * much was left out (the browser would drop it without a word). Spread `inputProps` on the
 * control, render `status` under it, and route the control's changes through `change`.
 */
export function useLengthLimit(options: { value: string; max: number | undefined; onChange(value: string): void; id: string; inputRef?: RefObject<TextControl | null> }) {
  const { t } = useTranslation();
  const { value, max, onChange, id } = options;
  const [cut, setCut] = useState(0);
  const caret = useRef<number | null>(null);
  const ownRef = useRef<TextControl | null>(null);
  const ref = options.inputRef ?? ownRef;

  useLayoutEffect(() => {
    if (caret.current === null || !ref.current) return;
    ref.current.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });

  const change = (next: string) => {
    if (cut) setCut(0);
    onChange(next);
  };

  const onPaste = (e: ClipboardEvent<TextControl>) => {
    if (max === undefined) return;
    const pasted = e.clipboardData.getData('text/plain') || e.clipboardData.getData('text');
    const el = e.currentTarget;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const room = max - (el.value.length - (end - start));
    if (pasted.length <= room) {
      if (cut) setCut(0);
      return;
    }
    e.preventDefault();
    const fits = fitInto(pasted, room);
    caret.current = start + fits.length;
    setCut(pasted.length - fits.length);
    onChange(el.value.slice(0, start) + fits + el.value.slice(end));
  };

  const near = max !== undefined && value.length >= Math.ceil(max * COUNTER_FROM);
  const full = max !== undefined && value.length >= max;
  const statusId = `${id}-limit`;
  const status: ReactNode =
    near || cut > 0 ? (
      <span className="limit-status" id={statusId}>
        {near && (
          <span className={full ? 'char-count full' : 'char-count'} aria-label={t('forms.countLabel', { count: value.length, max })}>
            {t('forms.count', { count: value.length, max })}
            {full && ` · ${t('forms.full', { max })}`}
          </span>
        )}
        {cut > 0 && (
          <span className="field-error" role="alert">
            {t('forms.pasteCut', { max, cut })}
          </span>
        )}
      </span>
    ) : null;

  return { inputProps: { maxLength: max, onPaste, ref }, status, statusId: near || cut > 0 ? statusId : undefined, change };
}
