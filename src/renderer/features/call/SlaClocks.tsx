import { memo, useMemo } from 'react';
import { callTimes } from '../../../shared/domain/callTimes';
import { draftClockFacts } from '../../../shared/domain/callClockFacts';
import type { ClockFacts } from '../../../shared/domain/caseClocks';
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
  const times = useMemo(() => callTimes(events), [events]);
  // The facts are a few plain values: as text they tell whether a stage change or an edit changed
  // any, so the list renders again only when a fact or the time did.
  return <ClocksOf facts={JSON.stringify(draftClockFacts(draft, times))} now={now} />;
}

const ClocksOf = memo(function ClocksOf({ facts, now }: { facts: string; now: number }) {
  const parsed = useMemo(() => JSON.parse(facts) as ClockFacts, [facts]);
  const { records } = usePolicies();
  return <ClockList className="call-clocks" clocks={clocksUnderPolicies(parsed, now, records)} />;
});
