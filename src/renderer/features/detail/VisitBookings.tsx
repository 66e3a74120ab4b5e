import { useTranslation } from 'react-i18next';
import type { CaseVisit } from '../../../shared/schemas/caseDetail';
import { ListSection } from '../../ui/ListSection';

/** Issue 17: engineer visits booked on the case — day, slot, engineer, expected duration and the (masked) address. */
export function VisitBookings({ visits }: { visits: readonly CaseVisit[] }) {
  const { t } = useTranslation();
  return (
    <ListSection id="case-visits-title" className="case-section" listClassName="linked-list" title={t('visits.title')} items={[...visits]} empty={<p className="muted">{t('visits.empty')}</p>}>
      {(v) => (
        <li key={v.id}>
          <strong>{t('visits.line', { day: v.day, slot: v.timeSlot || '', engineer: v.engineer, minutes: v.durationMinutes })}</strong>
          <div className="muted">{t('visits.address', { address: v.addressMasked })}</div>
        </li>
      )}
    </ListSection>
  );
}
