import { DetailPanel } from '../detail/DetailPanel';

/** Customer 360: masked profile with reveal-with-reason, cases and calls, satisfaction, follow-ups and care dates. */
export function Customer360View({ customerId, onClose }: { customerId: string; onClose(): void; onOpenCase(caseId: string): void }) {
  return <DetailPanel opened={{ kind: 'customer', id: customerId }} onClose={onClose} />;
}
