import { describe, expect, it } from 'vitest';
import { contract, verbOfChannel } from '../../src/shared/api';
import { channelOf } from '../../src/shared/channels';

describe('the API contract', () => {
  it('gives every verb its own channel and request schema', () => {
    const verbs = Object.keys(channelOf);
    expect(Object.keys(contract).sort()).toEqual([...verbs].sort());
    expect(new Set(Object.values(channelOf)).size).toBe(verbs.length);
    for (const [verb, channel] of Object.entries(channelOf)) expect(verbOfChannel.get(channel)).toBe(verb);
  });
});
