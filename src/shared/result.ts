/** Every IPC reply is a value: errors never cross the boundary as thrown stack traces. */
export const errorCodes = [
  'validation',
  'unknown_channel',
  'not_found',
  'conflict',
  'invalid_transition',
  'forbidden',
  'storage',
  'disk_full',
  'read_only',
  'bad_credentials',
  'too_many_attempts',
  'server_unreachable',
  'not_configured',
  'untrusted_server',
  'offline_sign_in_expired',
  'account_revoked',
  'not_signed_in',
  'account_inactive',
  'already_set_up',
  'internal',
  /** The store is still opening (or damaged): only the startup verbs are answered. */
  'not_ready',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of a request; `key` names a translated message (see validation.ts). */
export interface FieldIssue {
  path: string;
  key: string;
}

export interface AppErrorValue {
  code: ErrorCode;
  /** English, for logs and developers; the renderer shows the translation of `code` and `issues`. */
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorValue };

/** Thrown inside main-side services; dispatch turns it into an error value. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toValue(): AppErrorValue {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}
