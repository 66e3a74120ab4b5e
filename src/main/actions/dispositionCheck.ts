import { AppError } from '../../shared/result';
import type { ReadableDB } from '../store/db';
import { dispositionAcceptedAt } from './rulesInForce';

/**
 * Refuses, before anything is written, a call whose disposition code the dispositions policy did
 * not offer: not active in the version in force at the call's start nor at the save (a retired
 * code, or one this desktop has never seen). `path` names the field for the screen.
 */
export function assertDispositionInForce(db: ReadableDB, code: string, startedAt: number, now: number, path: string): void {
  if (dispositionAcceptedAt(db, code, startedAt, now)) return;
  throw new AppError('validation', `disposition code ${code} is not offered by the dispositions policy in force`, [{ path, key: 'unknownDisposition' }]);
}
