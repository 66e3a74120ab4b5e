import { defaultCalendar } from '../../shared/domain/businessCalendar';
import { utcOffsetMinutesOf } from '../../shared/domain/shifts';
import { resolveLocale, type Locale, type Settings } from '../../shared/schemas/settings';
import type { SettingsService } from '../settings/settings';
import type { Actor } from '../store/actor';

/**
 * What a handler knows about the request it answers besides its payload. Each value is read from
 * its source the first time a handler asks for it and then kept for the rest of the request, so a
 * handler that needs none of them reads no clock, settings or session.
 */
export interface HandlerContext {
  /** The clock, read once per request. */
  readonly now: number;
  /** Who is acting: the signed-in agent, or the local agent when standalone. */
  readonly actor: Actor;
  /** The settings as they are when the request starts. */
  readonly settings: Settings;
  /** The branch new case numbers are issued for (settings). */
  readonly branchCode: string;
  /** The UI locale: the user's choice, or the OS locale. */
  readonly locale: Locale;
  /**
   * This computer's UTC offset at `now` (the OS time zone): the date in new case numbers and the
   * follow-up queue's "today".
   */
  readonly utcOffsetMinutes: number;
  /** The business calendar's UTC offset at `now` (its time zone): the team view's day and shifts. */
  readonly calendarUtcOffsetMinutes: number;
}

/** Where the context's values come from (the handlers' deps). */
export interface HandlerContextSources {
  now: () => number;
  actor: () => Actor;
  settings: SettingsService;
  osLocale: string;
}

/** Reads `read` on first use, then answers the same value. */
function once<T>(read: () => T): () => T {
  let pending: (() => T) | null = read;
  let value: T;
  return () => {
    if (pending) {
      value = pending();
      pending = null;
    }
    return value;
  };
}

/** The one place a request's context is built: every handler gets its `now`, actor, time-zone offsets, locale and branch from here. */
export function handlerContext(sources: HandlerContextSources): HandlerContext {
  const now = once(sources.now);
  const actor = once(sources.actor);
  const settings = once(() => sources.settings.get());
  const utcOffsetMinutes = once(() => -new Date(now()).getTimezoneOffset());
  const calendarUtcOffsetMinutes = once(() => utcOffsetMinutesOf(defaultCalendar.timeZone, now()));
  return {
    get now() {
      return now();
    },
    get actor() {
      return actor();
    },
    get settings() {
      return settings();
    },
    get branchCode() {
      return settings().branchCode;
    },
    get locale() {
      return resolveLocale(settings().locale, sources.osLocale);
    },
    get utcOffsetMinutes() {
      return utcOffsetMinutes();
    },
    get calendarUtcOffsetMinutes() {
      return calendarUtcOffsetMinutes();
    },
  };
}
