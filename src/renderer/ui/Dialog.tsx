import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface DialogProps {
  labelledBy: string;
  describedBy?: string;
  className: string;
  /** false for a popover that leaves the rest of the window usable. */
  modal?: boolean;
  /** What takes focus when the dialog opens (a CSS selector inside it); again when it or `focusKey` changes. */
  focusFirst: string;
  focusKey?: unknown;
  onKeyDown(event: KeyboardEvent<HTMLElement>): void;
  /** Makes the dialog a form: Enter in a field submits (the page never reloads). */
  onSubmit?(): void;
  children: ReactNode;
}

/** The dialog shell: role and labels, the first control focused on opening, keys handled by the caller. */
export function Dialog({ labelledBy, describedBy, className, modal = true, focusFirst, focusKey, onKeyDown, onSubmit, children }: DialogProps) {
  const form = useRef<HTMLFormElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => (form.current ?? box.current)?.querySelector<HTMLElement>(focusFirst)?.focus(), [focusFirst, focusKey]);
  const shared = { role: 'dialog', 'aria-modal': modal ? ('true' as const) : ('false' as const), 'aria-labelledby': labelledBy, 'aria-describedby': describedBy, className, onKeyDown };
  if (!onSubmit) {
    return (
      <div ref={box} {...shared}>
        {children}
      </div>
    );
  }
  return (
    <form
      ref={form}
      {...shared}
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </form>
  );
}
