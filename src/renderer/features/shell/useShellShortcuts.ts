import { useEffect } from 'react';
import type { Workspace } from './workspaces';

const typing = (target: EventTarget | null) => target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Shortcuts that work on every screen: new call, new case, Ctrl+1… for each workspace shown, ? or F1 for help, Ctrl+Shift+X to report an incident. */
export function useShellShortcuts(shown: readonly Workspace[], actions: { newCall(): void; newCase(): void; workspace(next: Workspace): void; help(): void; reportIncident?(): void }): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const digit = /^Digit([1-9])$/.exec(event.code)?.[1];
      if (ctrl && event.shiftKey && key === 'n') actions.newCall();
      else if (ctrl && event.shiftKey && !event.altKey && key === 'x' && actions.reportIncident) actions.reportIncident();
      else if (ctrl && !event.shiftKey && !event.altKey && key === 'n') actions.newCase();
      else if (ctrl && !event.shiftKey && !event.altKey && digit && shown[Number(digit) - 1]) actions.workspace(shown[Number(digit) - 1]!);
      else if (event.key === 'F1' || (event.key === '?' && !ctrl && !typing(event.target))) actions.help();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, shown]);
}
