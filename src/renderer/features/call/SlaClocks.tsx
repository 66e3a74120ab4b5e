import { useMemo } from 'react';
import { callTimes } from '../../../shared/domain/callTimes';
import { draftClockFacts } from '../../../shared/domain/callClockFacts';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { CallEventRow } from '../../../shared/schemas/callEvents';
import { ClockList } from '../../ui/ClockList';
import { clocksUnderPolicies } from '../../ui/policyClocks';
import { usePolicies } from '../../ui/usePolicies';

/**
 * The service clocks of the call in progress, from its recorded events (the ring and the answer,
 * not the moment the screen opened), ticking with `now`, each with its definition on hover and
 * measured under the policies in force when it started (issue 18).
 */
export function SlaClocks({ draft, events, now }: { draft: CallDraft; events: readonly CallEventRow[]; now: number }) {
  const facts = useMemo(() => draftClockFacts(draft, callTimes(events)), [draft, events]);
  const { records } = usePolicies();
  return <ClockList className="call-clocks" clocks={clocksUnderPolicies(facts, now, records)} />;
}
