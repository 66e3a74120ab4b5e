import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/schemas/case';
import type { CallDraft } from '../../../shared/schemas/callDraft';
import { faultClasses } from '../../../shared/schemas/domainTerms';
import { CheckField, SelectField } from '../../ui/fields';
import { GuardedTextArea } from '../../ui/GuardedTextArea';

type Fault = NonNullable<CallDraft['solve']['fault']>;

/** Fault diagnosis: symptoms, hardware/software/network, what was tried, the cause, and whether a visit or factory return is needed. */
export function FaultForm({ value, onChange }: { value: Fault | null; onChange(value: Fault | null): void }) {
  const { t } = useTranslation();
  if (!value) {
    return (
      <button type="button" className="secondary" onClick={() => onChange({ symptoms: '', faultClass: null, stepsTried: '', rootCause: '', workaround: false, needsVisit: false, needsFactoryReturn: false })}>
        {t('call.solve.addFault')}
      </button>
    );
  }
  return (
    <fieldset className="grid-2">
      <legend>{t('call.solve.faultTitle')}</legend>
      <div className="span-2">
        <GuardedTextArea label={t('call.solve.symptoms')} rows={2} value={value.symptoms} maxLength={LIMITS.description} onChange={(symptoms) => onChange({ ...value, symptoms })} />
      </div>
      <SelectField
        label={t('call.solve.faultClass')}
        value={value.faultClass}
        options={faultClasses}
        emptyLabel={t('terms.faultClasses.none')}
        labelOf={(c) => t(`terms.faultClasses.${c}`)}
        onChange={(faultClass) => onChange({ ...value, faultClass })}
      />
      <GuardedTextArea label={t('call.solve.stepsTried')} rows={2} value={value.stepsTried} maxLength={LIMITS.description} onChange={(stepsTried) => onChange({ ...value, stepsTried })} />
      <div className="span-2">
        <GuardedTextArea label={t('call.solve.rootCause')} rows={2} value={value.rootCause} maxLength={LIMITS.description} onChange={(rootCause) => onChange({ ...value, rootCause })} />
      </div>
      <div className="span-2 row">
        <CheckField label={t('call.solve.workaround')} checked={value.workaround} onChange={(workaround) => onChange({ ...value, workaround })} />
        <CheckField label={t('call.solve.needsVisit')} checked={value.needsVisit} onChange={(needsVisit) => onChange({ ...value, needsVisit })} />
        <CheckField label={t('call.solve.needsFactoryReturn')} checked={value.needsFactoryReturn} onChange={(needsFactoryReturn) => onChange({ ...value, needsFactoryReturn })} />
      </div>
    </fieldset>
  );
}
