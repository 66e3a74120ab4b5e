import type { z } from 'zod';
import { HttpError } from './httpError';

const MAX_ISSUES = 5;

/** The body parsed by `schema`, or a 400 invalidRequest naming where it is wrong (paths and rules, never the values). */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues;
  const summary = issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(body)'}: ${issue.message}`)
    .join('; ');
  const more = issues.length > MAX_ISSUES ? `; and ${issues.length - MAX_ISSUES} more` : '';
  throw new HttpError(400, 'invalidRequest', `invalid request: ${summary}${more}`);
}
