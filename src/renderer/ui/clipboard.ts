/** Where copied text goes; the system clipboard in the app, a fake in tests. */
export interface ClipboardTarget {
  writeText(text: string): Promise<boolean>;
}

/**
 * The system clipboard: `navigator.clipboard.writeText`, and where that is missing or refused (a
 * denied permission, an unfocused window) the old select-and-copy fallback. Resolves false if both fail.
 */
export const systemClipboard: ClipboardTarget = {
  async writeText(text) {
    try {
      if (typeof navigator !== 'undefined' && navigator.clipboard) {
        await navigator.clipboard.writeText(text);
        return true;
      }
    } catch {
      // fall through to the fallback
    }
    return copyWithSelection(text);
  },
};

function copyWithSelection(text: string): boolean {
  if (typeof document === 'undefined' || typeof document.execCommand !== 'function') return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
