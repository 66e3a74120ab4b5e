import type { Customer360 } from '../../../shared/schemas/workspace';
import { callsOfCustomer } from '../calls/callReads';
import { surveysOfCustomer } from '../calls/surveys';
import { listCases } from '../cases/caseReads';
import type { ReadableDB } from '../db';
import { upcomingFollowUpsOf } from '../followUps/followUpReads';
import { getCustomerContacts } from './customerContacts';

/** The next occurrence of a birthday (YYYY-MM-DD) on or after `now`'s date, as an ISO date. */
export function nextBirthday(birthday: string | null, now: number): string | null {
  const match = birthday ? /^\d{4}-(\d{2})-(\d{2})$/.exec(birthday) : null;
  if (!match) return null;
  const today = new Date(now);
  const year = today.getUTCFullYear();
  const on = (y: number) => new Date(Date.UTC(y, Number(match[1]) - 1, Number(match[2])));
  const day = Date.UTC(year, today.getUTCMonth(), today.getUTCDate());
  const next = on(year).getTime() >= day ? on(year) : on(year + 1);
  return next.toISOString().slice(0, 10);
}

/** Customer 360: the masked profile, every case, calls, satisfaction, follow-ups due and the next care date. */
export function getCustomer360(db: ReadableDB, customerId: string, now: number): Customer360 {
  const { customer, phones } = getCustomerContacts(db, customerId);
  const cases = listCases(db, { limit: 200, customerId, sort: 'updatedAt' }, now).rows;
  const calls = callsOfCustomer(db, customerId);
  const surveys = surveysOfCustomer(db, customerId);
  const average = surveys.length ? Math.round((surveys.reduce((sum, s) => sum + s.score, 0) / surveys.length) * 100) / 100 : null;
  return {
    customer,
    cases,
    calls,
    satisfaction: { average, count: surveys.length, recent: surveys.slice(0, 20) },
    upcomingFollowUps: upcomingFollowUpsOf(db, customerId, now),
    nextBirthday: nextBirthday(customer.birthday, now),
    phones,
  };
}
