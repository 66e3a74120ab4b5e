import { afterAll, describe, expect, it } from 'vitest';
import { crashRecovery } from '../../../src/main/window/crashRecovery';
import { createMainServices } from '../../../src/main/services';
import { memorySettingsBackend } from '../../../src/main/settings/settings';
import { buildBridge } from '../../../src/preload/buildBridge';
import { createCallStore } from '../../../src/renderer/features/call/callStore';
import { makeTempDir } from '../../support/tempDir';
import { signedInDesktop } from '../../support/testAccounts';

const temp = makeTempDir();
afterAll(() => temp.cleanup());

describe('recovering a window whose page crashed or hung (crashRecovery.ts)', () => {
  it('reloads a page whose renderer was killed, crashed or ran out of memory', () => {
    let now = 0;
    const recovery = crashRecovery({ now: () => now });
    for (const reason of ['crashed', 'killed', 'oom']) {
      now += 10 * 60_000;
      expect(recovery.onGone(reason)).toEqual({ kind: 'reload' });
    }
  });

  it('does nothing when the renderer ended cleanly (the window closing)', () => {
    expect(crashRecovery({ now: () => 0 }).onGone('clean-exit')).toEqual({ kind: 'none' });
  });

  it('stops reloading a page that keeps crashing, and tries again once the burst is over', () => {
    let now = 1_000;
    const recovery = crashRecovery({ now: () => now, maxReloads: 3, windowMs: 5 * 60_000 });
    expect([1, 2, 3].map(() => recovery.onGone('crashed').kind)).toEqual(['reload', 'reload', 'reload']);
    now += 60_000;
    expect(recovery.onGone('crashed')).toEqual({ kind: 'giveUp', reloads: 3 });
    now += 5 * 60_000;
    expect(recovery.onGone('crashed')).toEqual({ kind: 'reload' });
  });

  it('the reloaded page resumes the call in progress from SQLite', async () => {
    const services = createMainServices({ userDataDir: temp.dir, settingsBackend: memorySettingsBackend({}), version: 't', osLocale: 'zh-CN', tokenVault: signedInDesktop(temp.dir) });
    const api = buildBridge(services.dispatch, () => () => undefined);
    try {
      // The page before the crash: a call with a summary typed, written as the call screen writes it.
      const before = createCallStore(api);
      before.getState().start({ channel: 'phone' });
      before.getState().update((draft) => ({ ...draft, confirm: { ...draft.confirm, summary: '洗衣机脱水时异响' } }));
      await before.getState().flush();
      const typed = before.getState().draft;

      expect(crashRecovery({ now: () => 0 }).onGone('crashed')).toEqual({ kind: 'reload' });

      // The reloaded page: a new call store on the same main process, resuming on mount as App.tsx does.
      const after = createCallStore(api);
      expect(after.getState().draft).toBeNull();
      await after.getState().resume();
      expect(after.getState().draft).toEqual(typed);
      expect(after.getState().draft?.confirm.summary).toBe('洗衣机脱水时异响');
    } finally {
      services.close();
    }
  });
});
