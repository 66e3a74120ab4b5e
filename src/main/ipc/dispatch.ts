import { contract, verbOfChannel, type Handlers } from '../../shared/api';
import type { Verb } from '../../shared/channels';
import { AppError, type Result } from '../../shared/result';
import { toFieldIssues } from '../../shared/validation';
import { storageErrorOf } from '../store/storageErrors';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/**
 * The one entry for every request from the renderer, in the app (ipcMain) and in end-to-end
 * tests (page.exposeBinding): unknown channels and invalid payloads are refused before any
 * handler runs, and every failure comes back as an error value.
 */
export function createDispatch(handlers: Handlers, log: (message: string, error: unknown) => void = () => {}): Dispatch {
  return async (channel, payload) => {
    const verb = typeof channel === 'string' ? verbOfChannel.get(channel) : undefined;
    if (!verb) return { ok: false, error: { code: 'unknown_channel', message: `unknown channel: ${String(channel).slice(0, 100)}` } };
    const parsed = contract[verb].request.safeParse(payload);
    if (!parsed.success) {
      const issues = toFieldIssues(parsed.error);
      return {
        ok: false,
        error: { code: 'validation', message: `invalid ${verb} request: ${issues.map((i) => `${i.path || '(request)'} ${i.key}`).join('; ')}`, issues },
      };
    }
    try {
      const handler = handlers[verb] as (request: unknown) => unknown;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toValue() };
      const storage = storageErrorOf(error);
      log(`${verb} failed`, error);
      if (storage) return { ok: false, error: storage.toValue() };
      return { ok: false, error: { code: 'internal', message: `${verb} failed unexpectedly` } };
    }
  };
}

export type { Verb };
