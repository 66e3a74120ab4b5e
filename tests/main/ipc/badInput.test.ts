import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintFile } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';

let app: ReturnType<typeof realBridge>;
let caseId: string;
beforeEach(async () => {
  app = realBridge();
  const created = await app.api.createCase({ customerName: '周女士', customerPhone: '13812345678', channel: 'phone', subject: '快递未送达' });
  if (!created.ok) throw new Error(created.error.message);
  caseId = created.value.id;
});
afterEach(() => app.close());

describe('bad input gets a clear error code and changes nothing', () => {
  const cases: [string, string, () => unknown, string][] = [
    ['an unknown status move', 'case:changeStatus', () => ({ caseId, from: 'new', to: 'reopened' }), 'invalid_transition'],
    ['a status nobody has heard of', 'case:changeStatus', () => ({ caseId, from: 'new', to: 'teleported' }), 'validation'],
    ['a stale status (someone moved it first)', 'case:changeStatus', () => ({ caseId, from: 'resolved', to: 'closed' }), 'conflict'],
    ['a missing case', 'case:addNote', () => ({ caseId: 'no-such-case', text: '备注' }), 'not_found'],
    ['a missing customer', 'customer:get', () => ({ customerId: 'no-such-customer' }), 'not_found'],
    ['over-long text', 'case:addNote', () => ({ caseId, text: '长'.repeat(4001) }), 'validation'],
    ['an empty note', 'case:addNote', () => ({ caseId, text: '   ' }), 'validation'],
    ['an invalid phone', 'case:create', () => ({ customerName: '周女士', customerPhone: '12-ab', channel: 'phone', subject: 'x' }), 'validation'],
    ['an invalid order number', 'case:update', () => ({ caseId, changes: { orderNo: "DD'; DROP TABLE cases;--" } }), 'validation'],
    ['an empty change', 'case:update', () => ({ caseId, changes: {} }), 'validation'],
    ['a satisfaction score of 6', 'call:saveWrapUp', () => ({ caseId, call: { channel: 'phone', startedAt: 1, endedAt: 2, talkSeconds: 1, acwSeconds: 1, disposition: 'x', stages: [] }, category: 'order', resolution: 'x', status: 'resolved', satisfaction: { score: 6, comment: '' }, followUp: null }), 'validation'],
    ['an over-long search', 'search:query', () => ({ text: '查'.repeat(201) }), 'validation'],
    ['a search over an unknown kind', 'search:query', () => ({ text: '退货', kinds: ['orders'] }), 'validation'],
    ['an unknown personal-data field', 'customer:revealField', () => ({ customerId: 'x', field: 'salary', reason: '好奇' }), 'validation'],
  ];

  it.each(cases)('%s', async (_what, channel, payload, code) => {
    const before = fingerprintFile(app.services.dbPath);
    const result = await app.services.dispatch(channel, payload());
    expect(result).toMatchObject({ ok: false, error: { code } });
    expect(fingerprintFile(app.services.dbPath)).toBe(before);
  });
});
