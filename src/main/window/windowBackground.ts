import type { Theme } from '../../shared/schemas/settings';

/** The page background of each theme (styles.css `--bg`), painted by the window before the page is. */
export const WINDOW_BACKGROUNDS = { light: '#f4f6f9', dark: '#15181e' } as const;

/** The window's background for the theme setting ("system": the OS's choice), so a dark theme never starts with a light flash. */
export function windowBackground(theme: Theme, systemDark: boolean): string {
  const resolved = theme === 'system' ? (systemDark ? 'dark' : 'light') : theme;
  return WINDOW_BACKGROUNDS[resolved];
}
