import { useEffect, useRef, type RefObject } from 'react';

const fieldSelector = ['input:not([disabled]):not([type="hidden"])', 'select:not([disabled])', 'textarea:not([disabled])'].map((s) => `.stage-form ${s}`).join(', ');

/**
 * When `key` changes (a new stage), focus moves to the first field of the `.stage-form` inside
 * `ref` (in the slot shown, where stages are kept in `StageSlot`s) — the keyboard user carries on
 * typing where the new stage starts. Not on the first render.
 */
export function useFocusFirstField(ref: RefObject<HTMLElement | null>, key: unknown): void {
  const previous = useRef(key);
  useEffect(() => {
    if (Object.is(previous.current, key)) return;
    previous.current = key;
    // After the new stage is painted: focusing forces a style and layout pass, which inside the
    // commit would hold the new stage off the screen for a frame; a frame later the layout is clean.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        const root = ref.current;
        if (!root) return;
        const shown = root.querySelector<HTMLElement>('.stage-slot:not([hidden])') ?? root;
        const first = shown.querySelector<HTMLElement>(fieldSelector) ?? shown.querySelector<HTMLElement>('.stage-form button:not([disabled])');
        first?.focus();
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [key, ref]);
}
