import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { VISIT_ADDRESS_MAX, VISIT_MAX_MINUTES, VISIT_MIN_MINUTES, visitBookingGaps, type VisitField } from '../../../shared/domain/visitBookings';
import { DateField } from '../../ui/DateTimeField';
import { TextField } from '../../ui/fields';

type Visit = CallDraft['solve']['visit'];

/** The typed duration as the draft keeps it: empty is null, anything else a number of minutes within what the draft holds. */
function minutesOf(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? Math.min(100_000, Math.max(0, n)) : 0;
}

/**
 * Booking an engineer visit on the call: engineer, day, time slot, the address to visit and the
 * expected duration (15–720 minutes). Once the agent starts, each missing or wrong field says so;
 * the solve stage cannot be completed until the booking is whole (or emptied again).
 */
export function VisitFields({ visit, onChange }: { visit: Visit; onChange(visit: Visit): void }) {
  const { t } = useTranslation();
  const durationId = useId();
  const gaps = new Set<VisitField>(visitBookingGaps(visit));
  const error = (field: VisitField) =>
    gaps.has(field) ? (
      <p className="field-error" data-field={field}>
        {t(`visits.errors.${field === 'durationMinutes' ? 'duration' : field}`)}
      </p>
    ) : null;
  return (
    <fieldset className="grid-2 visit-fields">
      <legend>{t('call.solve.visit')}</legend>
      <div>
        <TextField label={t('call.solve.engineer')} value={visit.engineer} maxLength={LIMITS.name} onChange={(engineer) => onChange({ ...visit, engineer })} />
        {error('engineer')}
      </div>
      <div>
        <DateField label={t('call.solve.visitDate')} value={visit.date} onChange={(date) => onChange({ ...visit, date })} />
        {error('date')}
      </div>
      <TextField label={t('call.solve.timeSlot')} value={visit.timeSlot} maxLength={40} placeholder="14:00–16:00" onChange={(timeSlot) => onChange({ ...visit, timeSlot })} />
      <div className="field">
        <label htmlFor={durationId}>{t('visits.fields.durationMinutes')}</label>
        <input
          id={durationId}
          type="number"
          inputMode="numeric"
          min={VISIT_MIN_MINUTES}
          max={VISIT_MAX_MINUTES}
          step={15}
          placeholder={t('visits.durationHint')}
          aria-invalid={gaps.has('durationMinutes')}
          value={visit.durationMinutes ?? ''}
          onChange={(e) => onChange({ ...visit, durationMinutes: minutesOf(e.target.value) })}
        />
        {error('durationMinutes')}
      </div>
      <div style={{ gridColumn: "1 / -1" }}>
        <TextField label={t('visits.fields.address')} value={visit.address} maxLength={VISIT_ADDRESS_MAX} onChange={(address) => onChange({ ...visit, address })} />
        {error('address')}
      </div>
    </fieldset>
  );
}
