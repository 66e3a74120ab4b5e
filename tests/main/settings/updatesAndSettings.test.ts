import { describe, expect, it } from 'vitest';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import { updateFeed } from '../../../src/main/updates/updateFeed';
import { isSafeExternalUrl } from '../../../src/main/window/externalLinks';

describe('auto-update', () => {
  it('is off by default and only ever asks the organisation’s https server', () => {
    const settings = createSettings(memorySettingsBackend(), () => {}).get();
    expect(settings).toMatchObject({ autoUpdate: false, updateUrl: null, theme: 'system', lockAfterMinutes: 15, windowBounds: null });
    expect(updateFeed(settings)).toBeNull();
    expect(updateFeed({ autoUpdate: true, updateUrl: null })).toBeNull();
    expect(updateFeed({ autoUpdate: false, updateUrl: 'https://updates.corp.example/agentdesk/' })).toBeNull();
    expect(updateFeed({ autoUpdate: true, updateUrl: 'https://updates.corp.example/agentdesk/' })).toEqual({ provider: 'generic', url: 'https://updates.corp.example/agentdesk/' });
  });

  it('refuses an update URL that is not https, with a translated field error', () => {
    const service = createSettings(memorySettingsBackend(), () => {});
    expect(() => service.update({ updateUrl: 'http://updates.corp.example/' })).toThrow(expect.objectContaining({ code: 'validation', issues: [{ path: 'updateUrl', key: 'invalid' }] }));
    expect(() => service.update({ lockAfterMinutes: -1 })).toThrow(expect.objectContaining({ code: 'validation' }));
    expect(() => service.update({ theme: 'neon' as never })).toThrow(expect.objectContaining({ issues: [{ path: 'theme', key: 'invalidChoice' }] }));
    expect(service.get().updateUrl).toBeNull();
  });
});

describe('external links', () => {
  it('lets through plain https links only', () => {
    expect(isSafeExternalUrl('https://kb.example.com/a?b=1')).toBe(true);
    for (const url of ['http://kb.example.com', 'file:///c:/x', 'javascript:alert(1)', 'https://a:b@kb.example.com', 'https://localhost', 'not a url', 'data:text/html,x', 'https://exa mple.com']) expect(isSafeExternalUrl(url)).toBe(false);
  });
});
