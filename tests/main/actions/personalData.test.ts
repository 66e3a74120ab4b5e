import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import { fingerprintFile } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';

let role: Actor['role'] = 'agent';
let app: ReturnType<typeof realBridge>;
let customerId: string;
let caseId: string;

beforeEach(async () => {
  role = 'agent';
  app = realBridge({ actor: () => ({ agentId: 'desk-agent', role, placement: { branchId: 'desk-branch', teamId: null } }) });
  const created = await app.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' });
  if (!created.ok) throw new Error(created.error.message);
  caseId = created.value.id;
  const detail = await app.api.getCase({ caseId });
  if (!detail.ok) throw new Error(detail.error.message);
  customerId = detail.value.customer.id;
  app.services.rawDb().prepare("UPDATE customers SET email = 'sun.wei@example.com', id_card = '11010119900307123X', address = '上海市浦东新区张江路88弄6号' WHERE id = ?").run(customerId);
});
afterEach(() => app.close());

const auditRows = () => app.services.rawDb().prepare('SELECT action, entity, entity_id, field, reason FROM audit_log').all();

describe('personal data', () => {
  it('is masked in every read: case detail and customer profile', async () => {
    const detail = await app.api.getCase({ caseId });
    const customer = await app.api.getCustomer({ customerId });
    expect(customer).toMatchObject({
      ok: true,
      value: { phoneMasked: '138****5678', emailMasked: 's******@example.com', idCardMasked: '110101********123X', addressMasked: '上海市浦东新****' },
    });
    for (const reply of [detail, customer]) {
      const text = JSON.stringify(reply);
      for (const secret of ['13812345678', 'sun.wei@', '11010119900307123X', '张江路']) expect(text).not.toContain(secret);
    }
  });

  it('is revealed one field at a time with a reason, which writes an audit row and a timeline event', async () => {
    const revealed = await app.api.revealCustomerField({ customerId, field: 'phone', reason: '客户要求回拨', caseId });
    expect(revealed).toEqual({ ok: true, value: { value: '13812345678' } });
    expect(auditRows()).toEqual([{ action: 'reveal', entity: 'customer', entity_id: customerId, field: 'phone', reason: '客户要求回拨' }]);
    const detail = await app.api.getCase({ caseId });
    expect(detail.ok && detail.value.timeline.find((e) => e.kind === 'fieldRevealed')?.data).toEqual({ field: 'phone', reason: '客户要求回拨' });
    const outbox = app.services.rawDb().prepare("SELECT args FROM outbox WHERE name = 'audit.reveal'").all() as { args: string }[];
    expect(outbox).toHaveLength(1);
  });

  it('needs a lead or admin for the ID-card number; an agent is refused and nothing is written', async () => {
    const before = fingerprintFile(app.services.dbPath);
    expect(await app.api.revealCustomerField({ customerId, field: 'idCard', reason: '核实身份' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(fingerprintFile(app.services.dbPath)).toBe(before);
    role = 'lead';
    expect(await app.api.revealCustomerField({ customerId, field: 'idCard', reason: '核实身份' })).toEqual({ ok: true, value: { value: '11010119900307123X' } });
  });

  it('is never revealed without a reason, or through a case that is not the customer’s', async () => {
    const before = fingerprintFile(app.services.dbPath);
    for (const reason of ['', '  ', '查']) {
      expect(await app.api.revealCustomerField({ customerId, field: 'phone', reason })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'reason', key: 'required' }] } });
    }
    const other = await app.api.createCase({ customerName: '钱女士', customerPhone: '13900001111', channel: 'chat', subject: 'x' });
    const afterOther = fingerprintFile(app.services.dbPath);
    expect(before).not.toBe(afterOther);
    expect(await app.api.revealCustomerField({ customerId, field: 'phone', reason: '回拨', caseId: other.ok ? other.value.id : '' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.api.revealCustomerField({ customerId: 'nobody', field: 'phone', reason: '回拨' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(fingerprintFile(app.services.dbPath)).toBe(afterOther);
  });
});
