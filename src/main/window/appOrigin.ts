/**
 * The renderer is served from a privileged custom scheme (app://agentdesk/) rather than file://,
 * so 'self' in the CSP means exactly our bundle and nothing else on disk.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'agentdesk';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}
