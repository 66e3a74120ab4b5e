import { AuthError, type AuthErrorCode } from '../auth/authError';
import { ClientIdTakenError, SeqGapError } from '../sync/pushMutations';
import { ServerChangedError } from '../sync/serverHistory';
import { HttpError } from './httpError';

export interface ErrorReply {
  status: number;
  code: string;
  message: string;
}

const authStatus: Record<AuthErrorCode, number> = { badCredentials: 401, unauthenticated: 401, tokenExpired: 401, tokenRevoked: 401, accountDeactivated: 401, agentInactive: 403 };

/** Fastify's own refusals, with messages of ours: some of its messages quote the body. */
const frameworkErrors: Record<string, ErrorReply> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payloadTooLarge', message: 'the request body is larger than the server accepts' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupportedMediaType', message: 'the request body must be application/json' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'invalidRequest', message: 'the request body is empty' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'invalidRequest', message: 'the request body is not valid JSON' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'invalidRequest', message: 'the Content-Length does not match the body' },
};

const byStatus: Record<number, Omit<ErrorReply, 'status'>> = {
  400: { code: 'invalidRequest', message: 'the request is not valid' },
  401: { code: 'unauthenticated', message: 'sign in first' },
  403: { code: 'forbidden', message: 'not allowed' },
  404: { code: 'notFound', message: 'no such resource' },
  413: { code: 'payloadTooLarge', message: 'the request body is larger than the server accepts' },
  415: { code: 'unsupportedMediaType', message: 'the request body must be application/json' },
};

export const INTERNAL_ERROR: ErrorReply = { status: 500, code: 'internal', message: 'the server failed; try again later' };

/** What to answer for any error a request ended with; never a stack trace or an internal message. */
export function errorReplyOf(error: unknown): ErrorReply {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (error instanceof AuthError) return { status: authStatus[error.code], code: error.code, message: error.message };
  if (error instanceof ClientIdTakenError) return { status: 403, code: 'clientIdTaken', message: error.message };
  if (error instanceof SeqGapError) return { status: 409, code: 'seqGap', message: error.message };
  if (error instanceof ServerChangedError) return { status: 409, code: 'serverChanged', message: error.message };
  if (typeof error !== 'object' || error === null) return INTERNAL_ERROR;
  const { code, statusCode } = error as { code?: unknown; statusCode?: unknown };
  if (typeof code === 'string' && frameworkErrors[code]) return frameworkErrors[code];
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    // A SyntaxError from the JSON parser carries 400 and quotes the body: use our message.
    const known = byStatus[statusCode];
    return known ? { status: statusCode, ...known } : { status: statusCode, code: 'httpError', message: `HTTP ${statusCode}` };
  }
  return INTERNAL_ERROR;
}
