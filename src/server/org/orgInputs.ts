import { z } from 'zod';
import { roles } from '../../shared/schemas/domainTerms';
import { OrgError } from './orgError';

export const MIN_PASSWORD_LENGTH = 8;

/** Upper-case letters and digits: it is part of every case number (`SH01-20261122-…`). */
const branchCode = z.string().regex(/^[A-Z0-9]{2,16}$/, 'a branch code is 2–16 upper-case letters or digits');
const name = z.string().trim().min(1, 'a name is required').max(200);
const agentNumber = z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, 'an agent number is 1–32 letters, digits, - or _');
const password = z.string().max(200);

export const branchInputSchema = z.object({ code: branchCode, name });
export type BranchInput = z.infer<typeof branchInputSchema>;

export const teamInputSchema = z.object({ branch: branchCode, name });
export type TeamInput = z.infer<typeof teamInputSchema>;

export const agentInputSchema = z.object({
  number: agentNumber,
  name,
  role: z.enum(roles),
  branch: branchCode,
  /** A team of that branch, by id or by name. */
  team: z.string().min(1).max(200).optional(),
  password,
});
export type AgentInput = z.infer<typeof agentInputSchema>;

export const passwordResetInputSchema = z.object({ number: agentNumber, password });
export type PasswordResetInput = z.infer<typeof passwordResetInputSchema>;

export const agentActiveInputSchema = z.object({ number: agentNumber, active: z.boolean() });
export type AgentActiveInput = z.infer<typeof agentActiveInputSchema>;

/** `input` parsed by `schema`, or an OrgError('invalid') naming each wrong field. */
export function parseOrgInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new OrgError('invalid', parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; '));
}

export function checkPasswordStrength(value: string): void {
  if (value.length < MIN_PASSWORD_LENGTH) throw new OrgError('weakPassword', `the password must be at least ${MIN_PASSWORD_LENGTH} characters`);
}
