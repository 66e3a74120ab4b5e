import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/main/store/actor';
import type { CustomerContacts } from '../../../src/shared/schemas/customerContacts';
import type { Result } from '../../../src/shared/result';
import { fingerprintFile } from '../../support/dbFingerprint';
import { realBridge } from '../../support/realBridge';

let app: ReturnType<typeof realBridge>;
let customerId: string;

const actor = (): Actor => ({ agentId: 'desk-agent', role: 'agent', placement: { branchId: 'desk-branch', teamId: null } });
const raw = () => app.services.rawDb();
const ok = <T>(reply: Result<T>): T => {
  if (!reply.ok) throw new Error(`${reply.error.code}: ${reply.error.message} ${JSON.stringify(reply.error.issues ?? [])}`);
  return reply.value;
};
const customerRow = () => raw().prepare('SELECT phone, email, address FROM customers WHERE id = ?').get(customerId) as { phone: string; email: string | null; address: string | null };
const phoneRows = () => raw().prepare('SELECT phone, label, removed FROM customer_phones WHERE customer_id = ? ORDER BY phone').all(customerId);
const outboxNames = () => (raw().prepare('SELECT name FROM outbox ORDER BY seq').all() as { name: string }[]).map((r) => r.name);
const searchIds = async (text: string) => ok(await app.api.search({ text, kinds: ['customer'] })).map((hit) => hit.id);

beforeEach(async () => {
  app = realBridge({ actor });
  const created = ok(await app.api.createCase({ customerName: '孙先生', customerPhone: '13812345678', channel: 'phone', subject: '发票抬头错误' }));
  customerId = ok(await app.api.getCase({ caseId: created.id })).customer.id;
});
afterEach(() => app.close());

describe('customer contacts (store and actions, real SQLite)', () => {
  it('adds phones, makes one the main phone and removes one; every reply is masked and each edit is one outbox mutation', async () => {
    let contacts: CustomerContacts = ok(await app.api.getCustomerContacts({ customerId }));
    expect(contacts.phones).toEqual([{ ref: expect.any(String), masked: '138****5678', label: 'mobile', primary: true }]);

    contacts = ok(await app.api.addCustomerPhone({ customerId, phone: '021-6888 1234', label: 'work' }));
    expect(contacts.phones.map((p) => [p.masked, p.label, p.primary])).toEqual([
      ['138****5678', 'mobile', true],
      ['021****1234', 'work', false],
    ]);
    const work = contacts.phones[1]!;
    contacts = ok(await app.api.setPrimaryCustomerPhone({ customerId, phoneRef: work.ref }));
    expect(contacts.customer.phoneMasked).toBe('021****1234');
    expect(contacts.phones[0]).toMatchObject({ masked: '021****1234', primary: true });
    expect(customerRow().phone).toBe('02168881234');

    contacts = ok(await app.api.removeCustomerPhone({ customerId, phoneRef: contacts.phones[0]!.ref }));
    expect(contacts.phones).toEqual([{ ref: expect.any(String), masked: '138****5678', label: 'mobile', primary: true }]);
    expect(customerRow().phone).toBe('13812345678'); // the main phone passed to the one left
    expect(phoneRows()).toEqual([
      { phone: '02168881234', label: 'work', removed: 1 },
      { phone: '13812345678', label: 'mobile', removed: 0 },
    ]);
    expect(outboxNames().slice(-3)).toEqual(['customer.addPhone', 'customer.setPrimaryPhone', 'customer.removePhone']);
    const args = (raw().prepare("SELECT args FROM outbox WHERE name LIKE 'customer.%Phone'").all() as { args: string }[]).map((r) => r.args).join(' ');
    expect(args).not.toContain('02168881234');
    expect(JSON.stringify(contacts)).not.toContain('13812345678');

    // Adding a removed number again brings it back.
    contacts = ok(await app.api.addCustomerPhone({ customerId, phone: '02168881234', label: 'home' }));
    expect(phoneRows()).toContainEqual({ phone: '02168881234', label: 'home', removed: 0 });
  });

  it('sets and clears the email and the address, masked, and finds the customer by email and by any phone', async () => {
    let contacts = ok(await app.api.setCustomerEmail({ customerId, email: ' Sun.Wei@Example.COM ' }));
    expect(contacts.customer.emailMasked).toBe('s******@example.com');
    expect(customerRow().email).toBe('sun.wei@example.com');
    contacts = ok(await app.api.setCustomerAddress({ customerId, address: '上海市浦东新区张江路88弄6号' }));
    expect(contacts.customer.addressMasked).toBe('上海市浦东新****');
    ok(await app.api.addCustomerPhone({ customerId, phone: '13900002222' }));

    expect(await searchIds('sun.wei@example.com')).toEqual([customerId]);
    expect(await searchIds('sun.wei')).toEqual([customerId]);
    expect(await searchIds('13900002222')).toEqual([customerId]);
    const hit = ok(await app.api.search({ text: 'sun.wei@example.com', kinds: ['customer'] }))[0]!;
    expect(JSON.stringify(hit)).not.toContain('sun.wei');

    ok(await app.api.setCustomerAddress({ customerId, address: null }));
    expect(customerRow().address).toBeNull();
    ok(await app.api.setCustomerEmail({ customerId, email: null }));
    expect(await searchIds('sun.wei')).toEqual([]);
    expect(outboxNames()).toEqual(expect.arrayContaining(['customer.setEmail', 'customer.setAddress']));
  });

  it('refuses a bad email, a bad phone, a duplicate phone and leaving no contact, with translated keys and nothing written', async () => {
    const phoneRef = ok(await app.api.getCustomerContacts({ customerId })).phones[0]!.ref;
    const before = fingerprintFile(app.services.dbPath);
    const refusals = [
      [await app.api.setCustomerEmail({ customerId, email: 'sun.wei@' }), { path: 'email', key: 'invalidEmail' }],
      [await app.api.addCustomerPhone({ customerId, phone: '12ab' }), { path: 'phone', key: 'invalidPhone' }],
      [await app.api.addCustomerPhone({ customerId, phone: '+86 138 1234 5678' }), { path: 'phone', key: 'duplicatePhone' }],
      [await app.api.setCustomerAddress({ customerId, address: '上海' }), { path: 'address', key: 'addressTooShort' }],
      [await app.api.removeCustomerPhone({ customerId, phoneRef }), { path: 'phone', key: 'contactRequired' }],
    ] as const;
    for (const [reply, issue] of refusals) expect(reply).toMatchObject({ ok: false, error: { code: 'validation', issues: [issue] } });
    expect(await app.api.removeCustomerPhone({ customerId, phoneRef: 'not-a-ref' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await app.api.revealCustomerField({ customerId, field: 'email', reason: '核对邮箱', phoneRef })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(fingerprintFile(app.services.dbPath)).toBe(before);

    // With an email on file, the last phone may go; then the email may not.
    ok(await app.api.setCustomerEmail({ customerId, email: 'sun.wei@example.com' }));
    expect(ok(await app.api.removeCustomerPhone({ customerId, phoneRef })).customer.phoneMasked).toBe('');
    expect(await app.api.setCustomerEmail({ customerId, email: null })).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'email', key: 'contactRequired' }] } });
  });

  it('reveals one of the other phones by its reference, audited like the main phone', async () => {
    const added = ok(await app.api.addCustomerPhone({ customerId, phone: '13900002222', label: 'home' }));
    const other = added.phones.find((p) => !p.primary)!;
    expect(await app.api.revealCustomerField({ customerId, field: 'phone', reason: '客户要求回拨', phoneRef: other.ref })).toEqual({ ok: true, value: { value: '13900002222' } });
    expect(raw().prepare('SELECT field, reason FROM audit_log').all()).toEqual([{ field: 'phone', reason: '客户要求回拨' }]);
  });

  it('creates a case for a customer with an email and no phone, and refuses one with no contact at all', async () => {
    const created = ok(await app.api.createCase({ customerName: '林女士', customerEmail: 'lin.na@example.com', channel: 'email', subject: '发票没收到' }));
    const detail = ok(await app.api.getCase({ caseId: created.id }));
    expect(detail.customer).toMatchObject({ phoneMasked: '', phonesMasked: [], emailMasked: 'l*****@example.com' });
    expect(await searchIds('lin.na@example.com')).toEqual([detail.customer.id]);
    // The same name and email again is the same customer.
    const again = ok(await app.api.createCase({ customerName: '林女士', customerPhone: '', customerEmail: 'LIN.NA@example.com', channel: 'chat', subject: '再次询问' }));
    expect(ok(await app.api.getCase({ caseId: again.id })).customer.id).toBe(detail.customer.id);

    const before = fingerprintFile(app.services.dbPath);
    expect(await app.api.createCase({ customerName: '匿名', customerPhone: '', customerEmail: '', channel: 'walkIn', subject: '咨询' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'customerPhone', key: 'contactRequired' }, { path: 'customerEmail', key: 'contactRequired' }] },
    });
    expect(await app.api.createCase({ customerName: '匿名', customerEmail: 'a@b.cn', channel: 'phone', subject: '咨询' })).toMatchObject({
      ok: false,
      error: { code: 'validation', issues: [{ path: 'customerPhone', key: 'required' }] },
    });
    expect(fingerprintFile(app.services.dbPath)).toBe(before);
  });
});
