import type { Settings } from '../../shared/schemas/settings';

export interface GenericFeed {
  provider: 'generic';
  url: string;
}

/**
 * Where electron-updater looks for new versions: the organisation's internal server only, and
 * only when an administrator has switched updates on (off by default). Null: no update checks.
 */
export function updateFeed(settings: Pick<Settings, 'autoUpdate' | 'updateUrl'>): GenericFeed | null {
  if (!settings.autoUpdate || !settings.updateUrl) return null;
  const url = new URL(settings.updateUrl);
  if (url.protocol !== 'https:' || url.username || url.password) return null;
  return { provider: 'generic', url: url.toString() };
}
