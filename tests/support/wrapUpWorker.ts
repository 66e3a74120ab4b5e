/**
 * A stream of call wrap-ups in its own process, for the crash-safety test that SIGKILLs it:
 * `node --import tsx tests/support/wrapUpWorker.ts DB_PATH FIRST_INDEX`. Each iteration creates a
 * case and saves its wrap-up (two transactions); after each commit it prints `ack <index>`.
 */
import { createCase } from '../../src/main/actions/caseActions';
import { openDatabase } from '../../src/main/store/openDatabase';
import { saveWrapUp } from '../../src/main/actions/saveWrapUp';
import { sampleWrapUp } from './wrapUpFixture';

const [dbPath, first] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const ctx = (now: number) => ({ now, actor: { agentId: null, role: 'agent' as const }, branchCode: 'SH01', utcOffsetMinutes: 480 });
console.log('ready');
for (let i = Number(first); ; i++) {
  const now = Date.UTC(2026, 10, 23) + i * 1_000;
  const caseId = createCase(db, { customerName: `客户${i}`, customerPhone: `138${String(i).padStart(8, '0')}`, channel: 'phone', subject: `wrap-${i}` }, ctx(now));
  saveWrapUp(db, sampleWrapUp(caseId, now), ctx(now + 400_000));
  process.stdout.write(`ack ${i}\n`);
}
