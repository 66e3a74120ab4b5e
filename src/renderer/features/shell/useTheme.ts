import { useEffect } from 'react';
import type { Theme } from '../../../shared/schemas/settings';

const darkQuery = '(prefers-color-scheme: dark)';

/** The theme the page shows: the setting, or the system's choice (followed live) when it is "system". */
export function resolveTheme(theme: Theme, systemDark: boolean): 'light' | 'dark' {
  return theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
}

/** Sets `data-theme` on the document, which switches the colour variables of styles.css. */
export function useTheme(theme: Theme): void {
  useEffect(() => {
    const media = typeof window.matchMedia === 'function' ? window.matchMedia(darkQuery) : null;
    const apply = () => (document.documentElement.dataset.theme = resolveTheme(theme, media?.matches ?? false));
    apply();
    media?.addEventListener('change', apply);
    return () => media?.removeEventListener('change', apply);
  }, [theme]);
}
