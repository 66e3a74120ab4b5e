import { join, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../src/main/window/appOrigin';
import { mimeTypeOf, resolveRendererAsset } from '../../src/main/window/rendererAssets';

const root = resolve('/opt/agentdesk/renderer');

describe('serving the renderer bundle', () => {
  it('maps app:// URLs to files inside the bundle', () => {
    expect(resolveRendererAsset(root, 'app://agentdesk/index.html')).toBe(join(root, 'index.html'));
    expect(resolveRendererAsset(root, 'app://agentdesk/')).toBe(join(root, 'index.html'));
    expect(resolveRendererAsset(root, 'app://agentdesk/assets/index-abc.js?v=1')).toBe(join(root, 'assets/index-abc.js'));
  });

  it.each([
    'app://agentdesk/../../etc/passwd',
    'app://agentdesk/%2e%2e/%2e%2e/etc/passwd',
    'app://agentdesk/assets/..%2f..%2f..%2fetc/passwd',
    'app://agentdesk/..%5c..%5cwindows',
    'app://agentdesk/a%00.js',
    'app://agentdesk//etc/passwd',
    'not a url',
  ])('never resolves %s outside the bundle', (url) => {
    const file = resolveRendererAsset(root, url);
    if (file !== null) expect(file.startsWith(root + sep)).toBe(true);
  });

  it('refuses encoded separators and NUL bytes outright', () => {
    expect(resolveRendererAsset(root, 'app://agentdesk/assets/..%2f..%2f..%2fetc/passwd')).toBeNull();
    expect(resolveRendererAsset(root, 'app://agentdesk/..%5c..%5cwindows')).toBeNull();
    expect(resolveRendererAsset(root, 'app://agentdesk/a%00.js')).toBeNull();
  });

  it('serves scripts and styles with their types', () => {
    expect(mimeTypeOf('a/index.js')).toMatch(/^text\/javascript/);
    expect(mimeTypeOf('a/index.css')).toMatch(/^text\/css/);
    expect(mimeTypeOf('a/blob.bin')).toBe('application/octet-stream');
  });

  it('recognises only our own origin', () => {
    expect(isAppUrl('app://agentdesk/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('https://agentdesk/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/agentdesk/renderer/index.html')).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});
