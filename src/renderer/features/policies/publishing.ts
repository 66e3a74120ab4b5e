import { createContext, useContext, useState } from 'react';
import type { PolicyRecord } from '../../../shared/domain/policies/policyRecords';
import type { AppErrorValue, FieldIssue } from '../../../shared/result';
import { publishPolicyInput, type PublishPolicyInput } from '../../../shared/schemas/policies';
import { toFieldIssues } from '../../../shared/validation';
import { useApi } from '../../apiContext';

export interface Effective {
  mode: 'now' | 'at';
  at: number | null;
  note: string;
}

export const effectiveNow: Effective = { mode: 'now', at: null, note: '' };

/**
 * The team the section's editor publishes for (null: every team), set by the section around its
 * editor — chosen by an admin, the lead's own team for a lead — so the editors need not know it.
 */
export const PublishTeamContext = createContext<string | null>(null);

export interface PublishState {
  busy: boolean;
  /** Field issues, by path without the leading `body.` (`clocks.3.minutes`, `workEnd`, `effectiveFrom`, `kind`). */
  issues: FieldIssue[];
  /** The error main answered with, when it is not one of the fields'. */
  error: AppErrorValue | null;
  /** What was checked: the issues stand only while the body and the effective time are still these. */
  sent: { body: unknown; effective: Effective } | null;
}

const stripBody = (issues: readonly FieldIssue[]): FieldIssue[] => issues.map((i) => ({ ...i, path: i.path.replace(/^body\./, '') }));

/** The issues of a policy body as main would see them, checked before asking: the same schema (zod at the boundary, and at the screen). */
export function bodyIssues(input: PublishPolicyInput): FieldIssue[] {
  const parsed = publishPolicyInput.safeParse(input);
  return parsed.success ? [] : stripBody(toFieldIssues(parsed.error)).filter((i) => i.path !== 'effectiveFrom');
}

/**
 * Publishing a new version of `kind` through the publishPolicy verb, with the effective time and
 * note the editor shows: checked with the contract's schema first (nothing is sent while a field
 * is wrong), then main checks the role, the team and the effective time again and answers with the
 * record or its issues. The team is PublishTeamContext's.
 */
export function usePublishPolicy(kind: PublishPolicyInput['kind'], onPublished: (record: PolicyRecord) => void) {
  const api = useApi();
  const teamId = useContext(PublishTeamContext);
  const [effective, setEffective] = useState<Effective>(effectiveNow);
  const [state, setState] = useState<PublishState>({ busy: false, issues: [], error: null, sent: null });
  async function publish(body: PublishPolicyInput['body']): Promise<void> {
    const now = Date.now();
    const sent = { body, effective };
    if (effective.mode === 'at' && effective.at === null) {
      setState({ busy: false, issues: [{ path: 'effectiveFrom', key: 'atRequired' }], error: null, sent });
      return;
    }
    const input = { kind, body, effectiveFrom: effective.mode === 'now' ? now : effective.at!, note: effective.note, teamId } as PublishPolicyInput;
    const local = publishPolicyInput.safeParse(input);
    if (!local.success) {
      setState({ busy: false, issues: stripBody(toFieldIssues(local.error)), error: null, sent });
      return;
    }
    setState({ busy: true, issues: [], error: null, sent });
    const reply = await api.publishPolicy(input);
    if (reply.ok) {
      setState({ busy: false, issues: [], error: null, sent: null });
      onPublished(reply.value);
    } else {
      const issues = stripBody(reply.error.issues ?? []);
      setState({ busy: false, issues, error: issues.length > 0 ? null : reply.error, sent });
    }
  }
  /** The answer's issues and error for what is on screen now: gone once the admin changes what was sent. */
  const current = (body: unknown) => (state.sent !== null && state.sent.body === body && state.sent.effective === effective ? { issues: state.issues, error: state.error } : { issues: [], error: null });
  return { busy: state.busy, effective, setEffective, current, publish };
}
