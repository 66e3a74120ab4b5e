import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextReturnStep } from '../../../shared/domain/returns';
import { actsAllowed, returnResolutions, type ReturnAct, type ReturnActName, type ReturnResolution } from '../../../shared/domain/returnFlow';
import type { CaseDetail, CaseReturn } from '../../../shared/schemas/caseDetail';
import type { AppErrorValue } from '../../../shared/result';
import { useApi } from '../../apiContext';
import { SelectField, TextField } from '../fields';
import { validationMessage } from '../validationMessage';

/**
 * The next step of an open return, recorded where the agent (or the lead, from the team view)
 * is: approve or refuse with a reason, confirm the method and address, the customer's tracking
 * number, the inspection on receipt, refund or exchange. Used by the case detail and the team view.
 */
export function ReturnActForm({ item, onDone }: { item: Pick<CaseReturn, 'id' | 'kind' | 'step' | 'state'>; onDone(detail: CaseDetail): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const acts = actsAllowed(item.step, item.state);
  const [text, setText] = useState({ reason: '', method: '', address: '', trackingNumber: '', inspection: '' });
  const [resolution, setResolution] = useState<ReturnResolution>(item.kind === 'exchange' ? 'exchange' : 'refund');
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  if (acts.length === 0) return null;
  const set = (key: keyof typeof text) => (value: string) => setText((v) => ({ ...v, [key]: value }));

  const actOf = (name: ReturnActName): ReturnAct => {
    switch (name) {
      case 'approve':
        return { act: 'approve' };
      case 'refuse':
        return { act: 'refuse', reason: text.reason };
      case 'confirmMethod':
        return { act: 'confirmMethod', method: text.method, address: text.address };
      case 'ship':
        return { act: 'ship', trackingNumber: text.trackingNumber };
      case 'receive':
        return { act: 'receive', inspection: text.inspection };
      case 'process':
        return { act: 'process', resolution };
    }
  };
  async function record(name: ReturnActName) {
    setBusy(true);
    setError(null);
    const reply = await api.advanceReturn({ returnId: item.id, act: actOf(name) });
    setBusy(false);
    if (!reply.ok) return setError(reply.error);
    onDone(reply.value);
  }

  const button = (name: ReturnActName, secondary = false) => (
    <button key={name} type="button" className={secondary ? 'small secondary' : 'small'} disabled={busy} onClick={() => void record(name)}>
      {t(`returnFlow.acts.${name}`)}
    </button>
  );
  return (
    <div className="return-act" role="group" aria-label={t('returnFlow.nextStep', { step: t(`caseDetail.returnSteps.${nextReturnStep(item.step) ?? item.step}`) })}>
      {acts.includes('approve') && (
        <>
          <TextField label={t('returnFlow.fields.refuseReason')} value={text.reason} maxLength={500} onChange={set('reason')} />
          <div className="row">
            {button('approve')}
            {button('refuse', true)}
          </div>
        </>
      )}
      {acts.includes('confirmMethod') && (
        <>
          <TextField label={t('returnFlow.fields.method')} value={text.method} maxLength={64} placeholder={t('returnFlow.fields.methodHint')} onChange={set('method')} />
          <TextField label={t('returnFlow.fields.address')} value={text.address} maxLength={500} onChange={set('address')} />
          {button('confirmMethod')}
        </>
      )}
      {acts.includes('ship') && (
        <>
          <TextField label={t('returnFlow.fields.trackingNumber')} value={text.trackingNumber} maxLength={40} onChange={set('trackingNumber')} />
          {button('ship')}
        </>
      )}
      {acts.includes('receive') && (
        <>
          <TextField label={t('returnFlow.fields.inspection')} value={text.inspection} maxLength={500} onChange={set('inspection')} />
          {button('receive')}
        </>
      )}
      {acts.includes('process') && (
        <>
          <SelectField label={t('returnFlow.fields.resolution')} value={resolution} options={returnResolutions} labelOf={(r) => t(`returnFlow.resolutions.${r}`)} onChange={(r) => r && setResolution(r)} />
          {button('process')}
        </>
      )}
      {error && (
        <p role="alert" className="error-banner">
          {error.issues?.length
            ? error.issues.map((issue) => `${t(`returnFlow.fields.${issue.path.split('.').at(-1) ?? ''}`, { defaultValue: '' })} ${validationMessage(t, issue)}`.trim()).join('；')
            : t(`errors.${error.code}`)}
        </p>
      )}
    </div>
  );
}
