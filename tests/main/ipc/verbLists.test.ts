import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../src/main/ipc/handlers';
import { createSettings, memorySettingsBackend } from '../../../src/main/settings/settings';
import { localAgent } from '../../../src/main/store/actor';
import { openDatabase } from '../../../src/main/store/openDatabase';
import { standaloneSync } from '../../../src/main/sync/standaloneSync';
import { buildBridge } from '../../../src/preload/buildBridge';
import { contract, contractSlices } from '../../../src/shared/api';
import { channelOf, channelSlices, eventChannelOf } from '../../../src/shared/channels';

const sorted = (names: Iterable<string>) => [...names].sort();

describe('one list per verb', () => {
  it('the channel map, the contract, the preload verb list and the handler map name exactly the same verbs', () => {
    const db = openDatabase(':memory:');
    const verbs = sorted(Object.keys(channelOf));
    const bridge = buildBridge(async () => undefined, () => () => {});
    const preloadVerbs = Object.keys(bridge).filter((name) => !(name in eventChannelOf));
    const handlers = createHandlers({ db, settings: createSettings(memorySettingsBackend(), () => {}), version: 't', dataDir: '/tmp', osLocale: 'zh-CN', now: Date.now, actor: () => localAgent, ...standaloneSync(db) });
    expect(verbs.length).toBeGreaterThan(0);
    expect(sorted(Object.keys(contract))).toEqual(verbs);
    expect(sorted(preloadVerbs)).toEqual(verbs);
    expect(sorted(Object.keys(handlers))).toEqual(verbs);
    db.close();
  });

  it('declares each verb in exactly one feature slice, with the same verbs in its channel list and its schema slice', () => {
    expect(sorted(Object.keys(contractSlices))).toEqual(sorted(Object.keys(channelSlices)));
    for (const [feature, channels] of Object.entries(channelSlices)) {
      expect(sorted(Object.keys(contractSlices[feature as keyof typeof contractSlices])), feature).toEqual(sorted(Object.keys(channels)));
    }
    const declared = Object.values(channelSlices).flatMap((channels) => Object.keys(channels));
    expect(declared).toHaveLength(new Set(declared).size);
    expect(sorted(declared)).toEqual(sorted(Object.keys(channelOf)));
  });
});
