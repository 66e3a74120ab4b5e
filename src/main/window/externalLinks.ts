/**
 * Links the renderer may hand to the operating system's browser: https only, no credentials in
 * the URL, a real host name. Everything else (file:, javascript:, custom schemes, http:) stays shut.
 */
export function isSafeExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.username === '' && url.password === '' && /^[a-z0-9.-]+$/i.test(url.hostname) && url.hostname.includes('.');
}
