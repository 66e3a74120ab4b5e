import type { SqlValue } from '../../src/main/store/bulkLoad/batchInsert';
import { demoColumns, type DemoSink, type DemoTable } from './demoTables';
import type { CaseSearchRow, CustomerSearchRow, ParallelSearchIndex } from './parallelSearchIndex';

const at = <T extends DemoTable>(table: T, column: (typeof demoColumns)[T][number]) => (demoColumns[table] as readonly string[]).indexOf(column);
const customerCol = { id: at('customers', 'id'), name: at('customers', 'name'), phone: at('customers', 'phone'), accountNo: at('customers', 'account_no'), tags: at('customers', 'tags') };
const caseCol = {
  id: at('cases', 'id'),
  number: at('cases', 'number'),
  customerId: at('cases', 'customer_id'),
  subject: at('cases', 'subject'),
  description: at('cases', 'description'),
  resolution: at('cases', 'resolution'),
  product: at('cases', 'product'),
  orderNo: at('cases', 'order_no'),
};

/**
 * Feeds the customers and cases of a demo load to the search index as they are written: `tap`
 * goes to writeDemoData, `flush` after each committed batch (a customer's phones are written
 * with the customer, so a batch holds whole documents).
 */
export function demoSearchFeed(index: ParallelSearchIndex): { tap: Partial<DemoSink>; flush: () => void } {
  const people = new Map<string, { name: string; phone: string }>();
  let customers: CustomerSearchRow[] = [];
  let pending = new Map<string, CustomerSearchRow>();
  let cases: CaseSearchRow[] = [];
  const text = (value: SqlValue | undefined) => (value === null || value === undefined ? null : String(value));

  const tap: Partial<DemoSink> = {
    customers: (...v) => {
      const row: CustomerSearchRow = { id: String(v[customerCol.id]), name: String(v[customerCol.name]), tags: String(v[customerCol.tags]), account_no: text(v[customerCol.accountNo]), phones: null };
      customers.push(row);
      pending.set(row.id, row);
      people.set(row.id, { name: row.name, phone: String(v[customerCol.phone]) });
    },
    customer_phones: (customerId, phone) => {
      const row = pending.get(String(customerId));
      if (row) row.phones = row.phones === null ? String(phone) : `${row.phones} ${String(phone)}`;
    },
    cases: (...v) => {
      const person = people.get(String(v[caseCol.customerId]))!;
      cases.push({
        id: String(v[caseCol.id]),
        number: String(v[caseCol.number]),
        subject: String(v[caseCol.subject]),
        description: String(v[caseCol.description]),
        resolution: text(v[caseCol.resolution]),
        product: text(v[caseCol.product]),
        order_no: text(v[caseCol.orderNo]),
        name: person.name,
        phone: person.phone,
      });
    },
  };
  const flush = () => {
    index.add({ kind: 'customer', rows: customers });
    index.add({ kind: 'case', rows: cases });
    customers = [];
    cases = [];
    pending = new Map();
  };
  return { tap, flush };
}
