import { useTranslation } from 'react-i18next';
import { returnEligibility } from '../../../shared/domain/returns';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { returnKinds, returnReasons } from '../../../shared/schemas/domainTerms';
import { CheckField, SelectField } from '../../ui/fields';
import { DateField } from '../../ui/DateTimeField';
import { dayOf, instantOf, localTimeZone } from '../../ui/dateTimeText';
import '../../ui/returns/returns.css';

type ReturnRequest = NonNullable<CallDraft['solve']['returnRequest']>;

/** The receipt day on this machine's calendar, kept as noon of that day. */
const receivedDay = (ms: number | null) => (ms === null ? '' : dayOf(ms, localTimeZone()));
const noonOf = (day: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return instantOf({ year, month, day: date, hour: 12, minute: 0 }, localTimeZone());
};

/** Return or exchange: reason and receipt date decide eligibility and who pays, shown as the agent fills it in. */
export function ReturnForm({ value, now, onChange }: { value: ReturnRequest | null; now: number; onChange(value: ReturnRequest | null): void }) {
  const { t } = useTranslation();
  if (!value) {
    return (
      <button type="button" className="secondary" onClick={() => onChange({ kind: 'return', reason: 'qualityDefect', receivedAt: null, damagedByCustomer: false, specialGoods: false })}>
        {t('call.solve.addReturn')}
      </button>
    );
  }
  const verdict = returnEligibility({ ...value, now });
  return (
    <fieldset className="grid-2">
      <legend>{t('call.solve.returnTitle')}</legend>
      <SelectField label={t('call.solve.returnKind')} value={value.kind} options={returnKinds} labelOf={(k) => t(`terms.returnKinds.${k}`)} onChange={(kind) => kind && onChange({ ...value, kind })} />
      <SelectField label={t('call.solve.returnReason')} value={value.reason} options={returnReasons} labelOf={(r) => t(`terms.returnReasons.${r}`)} onChange={(reason) => reason && onChange({ ...value, reason })} />
      <DateField label={t('call.solve.receivedAt')} value={receivedDay(value.receivedAt)} onChange={(day) => onChange({ ...value, receivedAt: day ? noonOf(day) : null })} />
      <div>
        <CheckField label={t('call.solve.damagedByCustomer')} checked={value.damagedByCustomer} onChange={(damagedByCustomer) => onChange({ ...value, damagedByCustomer })} />
        <CheckField label={t('call.solve.specialGoods')} checked={value.specialGoods} onChange={(specialGoods) => onChange({ ...value, specialGoods })} />
      </div>
      <p role="status" className={`span-2 verdict ${verdict.eligible ? 'ok' : 'not-ok'}`}>
        {t(verdict.eligible ? 'returns.eligible' : 'returns.notEligible')} · {t(`returns.why.${verdict.why}`)}
        {verdict.costBearer && <> · {t(`returns.costBearer.${verdict.costBearer}`)}</>}
      </p>
      {!verdict.eligible && (
        <div className="span-2 return-offer" role="group" aria-label={t('returnOffer.title')}>
          <p>{t('returnOffer.title')}</p>
          <div className="row">
            {verdict.alternatives.map((alternative) => (
              <button
                key={alternative}
                type="button"
                className="small secondary"
                aria-pressed={value.offered === alternative}
                onClick={() => onChange({ ...value, offered: value.offered === alternative ? null : alternative })}
              >
                {t(`returnOffer.alternatives.${alternative}`)}
              </button>
            ))}
          </div>
          {value.offered && verdict.alternatives.includes(value.offered) && <p role="status">{t('returnOffer.chosen', { alternative: t(`returnOffer.alternatives.${value.offered}`) })}</p>}
        </div>
      )}
    </fieldset>
  );
}
