import { DetailPanel } from './DetailPanel';

/** A case opened whole: header, SLA clocks, quick actions, timeline, notes and what is linked to it. */
export function CaseDetailView({ caseId, onClose }: { caseId: string; onClose(): void; onOpenCustomer(customerId: string): void }) {
  return <DetailPanel opened={{ kind: 'case', id: caseId }} onClose={onClose} />;
}
