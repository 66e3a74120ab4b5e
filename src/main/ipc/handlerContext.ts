import { utcOffsetMinutesOf } from '../../shared/domain/shifts';
import { resolveLocale, type Locale, type Settings } from '../../shared/schemas/settings';
import { calendarInForceAt } from '../actions/rulesInForce';
import type { SettingsService } from '../settings/settings';
import type { Actor } from '../store/actor';
import type { ReadableDB } from '../store/db';

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
  /** The UTC offset at `now` of the business calendar in force (its time zone, a policy): the team view's day and shifts. */
  readonly calendarUtcOffsetMinutes: number;
}

/** Where the context's values come from (the handlers' deps). */
export interface HandlerContextSources {
  db: ReadableDB;
  now: () => number;
  actor: () => Actor;
  settings: SettingsService;
  osLocale: string;
}

const unread = Symbol('unread');

/**
 * The context of one request: each value read from its source on first use, then kept. A class
 * (getters on the prototype) rather than an object literal with getters, which V8 builds slowly
 * on every request.
 */
class RequestContext implements HandlerContext {
  #now: number | typeof unread = unread;
  #actor: Actor | typeof unread = unread;
  #settings: Settings | typeof unread = unread;
  #utcOffset: number | typeof unread = unread;
  #calendarOffset: number | typeof unread = unread;

  constructor(private readonly sources: HandlerContextSources) {}

  get now(): number {
    return this.#now === unread ? (this.#now = this.sources.now()) : this.#now;
  }
  get actor(): Actor {
    return this.#actor === unread ? (this.#actor = this.sources.actor()) : this.#actor;
  }
  get settings(): Settings {
    return this.#settings === unread ? (this.#settings = this.sources.settings.get()) : this.#settings;
  }
  get branchCode(): string {
    return this.settings.branchCode;
  }
  get locale(): Locale {
    return resolveLocale(this.settings.locale, this.sources.osLocale);
  }
  get utcOffsetMinutes(): number {
    return this.#utcOffset === unread ? (this.#utcOffset = -new Date(this.now).getTimezoneOffset()) : this.#utcOffset;
  }
  get calendarUtcOffsetMinutes(): number {
    return this.#calendarOffset === unread ? (this.#calendarOffset = utcOffsetMinutesOf(calendarInForceAt(this.sources.db, this.now).timeZone, this.now)) : this.#calendarOffset;
  }
}

/** The one place a request's context is built: every handler gets its `now`, actor, time-zone offsets, locale and branch from here. */
export function handlerContext(sources: HandlerContextSources): HandlerContext {
  return new RequestContext(sources);
}
