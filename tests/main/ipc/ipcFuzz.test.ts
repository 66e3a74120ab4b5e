import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelOf } from '../../../src/shared/channels';
import { errorCodes } from '../../../src/shared/result';
import { createCase } from '../../../src/main/actions/caseActions';
import { fingerprint } from '../../support/dbFingerprint';
import { hostileString, hostileValue } from '../../support/hostileInput';
import { realBridge } from '../../support/realBridge';

const runs = Number(process.env['AGENTDESK_FUZZ_RUNS'] ?? 10_000);

/** Well-formed requests to the read verbs with hostile values inside: they reach the handlers and SQL. */
const nearlyValidRead = fc.oneof(
  hostileString.map((text) => [channelOf.search, { text: text.slice(0, 200) }] as const),
  hostileString.map((text) => [channelOf.search, { text: text.slice(0, 200), kinds: ['case', 'customer'], limit: 50 }] as const),
  hostileString.map((caseId) => [channelOf.getCase, { caseId }] as const),
  hostileString.map((customerId) => [channelOf.getCustomer, { customerId }] as const),
  hostileString.map((articleId) => [channelOf.getArticle, { articleId }] as const),
  fc.record({ status: hostileString, search: hostileString, cursor: hostileString }).map((query) => [channelOf.listCases, query] as const),
);

describe('IPC fuzz', () => {
  let app: ReturnType<typeof realBridge>;
  beforeAll(() => {
    app = realBridge();
    const db = app.services.rawDb();
    createCase(db, { customerName: '王女士', customerPhone: '13812345678', channel: 'phone', subject: '洗衣机漏水' }, { now: Date.now(), actor: { agentId: null, role: 'agent' }, branchCode: 'SH01', utcOffsetMinutes: 480 });
  });
  afterAll(() => app.close());

  it(`answers ${runs.toLocaleString()} random and malformed payloads on every channel with a value, never a crash, and leaves the store unchanged`, async () => {
    const db = app.services.rawDb();
    const before = fingerprint(db);
    const channels = [...Object.values(channelOf), 'case:delete', '', '__proto__', 'sync:now\u0000'];
    let tried = 0;
    const refusedCodes = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(fc.constantFrom(...channels), hostileValue), nearlyValidRead), async ([channel, payload]) => {
        tried++;
        const result = await app.services.dispatch(channel, payload);
        if (result.ok) return; // a payload that happens to be valid for a read (or a no-op like logout)
        expect(errorCodes).toContain(result.error.code);
        expect(typeof result.error.message).toBe('string');
        expect(result.error.code).not.toBe('internal');
        refusedCodes.add(result.error.code);
      }),
      { numRuns: runs },
    );
    expect(tried).toBe(runs);
    expect(refusedCodes).toContain('validation');
    expect(refusedCodes).toContain('unknown_channel');
    expect(fingerprint(db)).toBe(before);
  }, 300_000);
});
