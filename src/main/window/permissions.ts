import { isAppUrl } from './appOrigin';

/**
 * The only permissions our own pages get: desktop notifications (follow-ups falling due) and
 * writing plain text to the clipboard (copy a knowledge-base answer into a reply). Everything
 * else — camera, microphone, location, reading the clipboard, … — and any other origin is denied.
 */
const allowed: ReadonlySet<string> = new Set(['notifications', 'clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, requestingUrl: string | undefined): boolean {
  return allowed.has(permission) && requestingUrl !== undefined && isAppUrl(requestingUrl);
}
