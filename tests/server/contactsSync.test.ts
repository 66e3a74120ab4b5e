import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCase } from '../../src/main/actions/caseActions';
import { addCustomerPhone, removeCustomerPhone, setCustomerAddress, setCustomerEmail, setPrimaryCustomerPhone } from '../../src/main/actions/customerContactActions';
import { phoneOfRef } from '../../src/main/store/customers/customerContacts';
import { getCustomerContacts } from '../../src/main/store/customers/customerContacts';
import { search } from '../../src/main/store/search/searchQuery';
import type { WritableDB } from '../../src/main/store/db';
import type { ServerDb } from '../../src/server/storage/serverDb';
import { agentOf, BRANCH_A, desktopRows, openDesktop, seedOrganisation, serverRows, type Desktop } from '../support/syncHarness';
import { makeTempDir } from '../support/tempDir';
import { backends, openFreshServerDb, type TestServerDb } from './serverTestDb';

const T0 = Date.UTC(2026, 11, 5, 2, 0);
const alice = agentOf('1001');
const bob = agentOf('1002');

/** The reference customer 360 would hand the renderer for one of the customer's phones. */
function refOf(db: WritableDB, customerId: string, phone: string): string {
  const ref = getCustomerContacts(db, customerId).phones.find((p) => phoneOfRef(db, customerId, p.ref) === phone)?.ref;
  if (!ref) throw new Error(`no phone ${phone}`);
  return ref;
}

const contactsOf = (db: WritableDB, customerId: string) => ({
  customer: db.prepare('SELECT phone, email, address FROM customers WHERE id = ?').get(customerId),
  phones: db.prepare('SELECT phone, label, removed FROM customer_phones WHERE customer_id = ? ORDER BY phone').all(customerId),
});

describe.each(backends)('customer contacts converge through the server (%s)', (backend) => {
  let temp: ReturnType<typeof makeTempDir>;
  let server: ServerDb;
  let fresh: TestServerDb;
  let clock = T0;
  const open: Desktop[] = [];
  const desktop = async (name: string, agent = alice) => {
    const d = openDesktop(temp.dir, name, server, agent, () => clock);
    open.push(d);
    await d.client.syncNow();
    return d;
  };

  beforeEach(async () => {
    temp = makeTempDir();
    clock = T0;
    fresh = await openFreshServerDb(backend, temp.dir);
    server = fresh.db;
    await seedOrganisation(server, [alice, bob]);
  });
  afterEach(async () => {
    for (const d of open.splice(0)) d.close();
    await fresh.cleanup();
    temp.cleanup();
  });

  it('two desktops editing one customer’s phones, email and address offline end identical, removed phones included', async () => {
    const a = await desktop('a', alice);
    const b = await desktop('b', bob);
    const caseId = createCase(a.db, { customerName: '周女士', customerPhone: '13700001111', channel: 'phone', subject: '洗衣机漏水' }, a.ctx(clock));
    const customerId = (a.db.prepare('SELECT customer_id FROM cases WHERE id = ?').get(caseId) as { customer_id: string }).customer_id;
    await a.client.syncNow();
    await b.client.syncNow();
    expect(contactsOf(b.db, customerId).phones).toEqual([{ phone: '13700001111', label: 'mobile', removed: 0 }]);

    a.transport.online = false;
    b.transport.online = false;
    clock += 60_000;
    addCustomerPhone(a.db, { customerId, phone: '02168881234', label: 'work', primary: false }, a.ctx(clock));
    addCustomerPhone(a.db, { customerId, phone: '13900002222', label: 'mobile', primary: false }, a.ctx(clock));
    setCustomerEmail(a.db, customerId, 'zhou.min@example.com', a.ctx(clock));
    clock += 60_000;
    addCustomerPhone(b.db, { customerId, phone: '13900002222', label: 'home', primary: false }, b.ctx(clock)); // the same number, added on both
    setCustomerAddress(b.db, customerId, '上海市浦东新区世纪大道100号', b.ctx(clock));
    setPrimaryCustomerPhone(b.db, customerId, refOf(b.db, customerId, '13900002222'), b.ctx(clock));
    removeCustomerPhone(b.db, customerId, refOf(b.db, customerId, '13700001111'), b.ctx(clock));

    a.transport.online = true;
    b.transport.online = true;
    await a.client.syncNow();
    await b.client.syncNow();
    await a.client.syncNow();

    const expected = await serverRows(server, BRANCH_A);
    for (const d of [a, b]) expect(desktopRows(d.db)).toEqual(expected);
    const converged = {
      customer: { phone: '13900002222', email: 'zhou.min@example.com', address: '上海市浦东新区世纪大道100号' },
      phones: [
        { phone: '02168881234', label: 'work', removed: 0 },
        { phone: '13700001111', label: 'mobile', removed: 1 },
        { phone: '13900002222', label: 'home', removed: 0 }, // the later label wins
      ],
    };
    expect(contactsOf(a.db, customerId)).toEqual(converged);
    expect(contactsOf(b.db, customerId)).toEqual(converged);
    for (const d of [a, b]) {
      expect(getCustomerContacts(d.db, customerId).phones.map((p) => [p.masked, p.primary])).toEqual([
        ['139****2222', true],
        ['021****1234', false],
      ]);
      // Each desktop finds the customer by the other's edits, and no longer by the removed phone.
      expect(search(d.db, { text: 'zhou.min@example.com', kinds: ['customer'], limit: 5 }).map((h) => h.id)).toEqual([customerId]);
      expect(search(d.db, { text: '02168881234', kinds: ['customer'], limit: 5 }).map((h) => h.id)).toEqual([customerId]);
      expect(search(d.db, { text: '13700001111', kinds: ['customer'], limit: 5 }).map((h) => h.id)).toEqual([]);
    }
  });

  it('a customer with an email and no phone syncs, and a phone added later reaches the other desktop as the main one', async () => {
    const a = await desktop('a', alice);
    const b = await desktop('b', bob);
    const caseId = createCase(a.db, { customerName: '林女士', customerPhone: '', customerEmail: 'lin.na@example.com', channel: 'email', subject: '发票没收到' }, a.ctx(clock));
    const customerId = (a.db.prepare('SELECT customer_id FROM cases WHERE id = ?').get(caseId) as { customer_id: string }).customer_id;
    await a.client.syncNow();
    await b.client.syncNow();
    expect(contactsOf(b.db, customerId)).toEqual({ customer: { phone: '', email: 'lin.na@example.com', address: null }, phones: [] });
    clock += 60_000;
    addCustomerPhone(b.db, { customerId, phone: '13600003333', label: 'mobile', primary: false }, b.ctx(clock));
    await b.client.syncNow();
    await a.client.syncNow();
    expect(contactsOf(a.db, customerId)).toEqual({ customer: { phone: '13600003333', email: 'lin.na@example.com', address: null }, phones: [{ phone: '13600003333', label: 'mobile', removed: 0 }] });
  });
});
