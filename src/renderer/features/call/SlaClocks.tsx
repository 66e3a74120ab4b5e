import { useMemo } from 'react';
import { callTimes } from '../../../shared/domain/callTimes';
import { caseClocks } from '../../../shared/domain/caseClocks';
import { draftClockFacts } from '../../../shared/domain/callClockFacts';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import type { CallEventRow } from '../../../shared/schemas/callEvents';
import { ClockList } from '../../ui/ClockList';

/**
 * The service clocks of the call in progress, from its recorded events (the ring and the answer,
 * not the moment the screen opened), ticking with `now`, each with its definition on hover.
 */
export function SlaClocks({ draft, events, now }: { draft: CallDraft; events: readonly CallEventRow[]; now: number }) {
  const facts = useMemo(() => draftClockFacts(draft, callTimes(events)), [draft, events]);
  return <ClockList className="call-clocks" clocks={caseClocks(facts, now)} />;
}
