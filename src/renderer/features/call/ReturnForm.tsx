import { useTranslation } from 'react-i18next';
import { returnEligibility } from '../../../shared/domain/returns';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { returnKinds, returnReasons } from '../../../shared/schemas/domainTerms';
import { CheckField, SelectField, TextField } from '../../ui/fields';

type ReturnRequest = NonNullable<CallDraft['solve']['returnRequest']>;

const dayOf = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));

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
      <TextField
        label={t('call.solve.receivedAt')}
        type="date"
        value={dayOf(value.receivedAt)}
        onChange={(day) => onChange({ ...value, receivedAt: /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T12:00:00`) : null })}
      />
      <div>
        <CheckField label={t('call.solve.damagedByCustomer')} checked={value.damagedByCustomer} onChange={(damagedByCustomer) => onChange({ ...value, damagedByCustomer })} />
        <CheckField label={t('call.solve.specialGoods')} checked={value.specialGoods} onChange={(specialGoods) => onChange({ ...value, specialGoods })} />
      </div>
      <p role="status" className={`span-2 verdict ${verdict.eligible ? 'ok' : 'not-ok'}`}>
        {t(verdict.eligible ? 'returns.eligible' : 'returns.notEligible')} · {t(`returns.why.${verdict.why}`)}
        {verdict.costBearer && <> · {t(`returns.costBearer.${verdict.costBearer}`)}</>}
      </p>
    </fieldset>
  );
}
