import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../shared/schemas/caseDetail';

/** Shown once a call is saved: the case number and status, and the way back to the list. */
export function CallSaved({ saved, onClose }: { saved: CaseDetail; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <section className="panel call-saved" role="status" aria-labelledby="saved-title">
      <h2 id="saved-title">{t(`channelFlow.wording.savedTitle.${saved.channel}`)}</h2>
      <p>{t('call.savedBody', { number: saved.number, status: t(`statuses.${saved.status}`) })}</p>
      <button type="button" autoFocus onClick={onClose}>
        {t('call.backToList')}
      </button>
    </section>
  );
}
