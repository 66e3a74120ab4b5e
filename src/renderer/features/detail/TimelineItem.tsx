import { useTranslation } from 'react-i18next';
import type { TimelineEvent } from '../../../shared/schemas/caseDetail';
import { mutationName } from '../sync/rejectionReason';
import { conflictData, conflictValue, fieldLabel } from './conflictText';

/** One line of a case's history; a sync conflict says which value was kept and which was not used. */
export function TimelineItem({ event }: { event: TimelineEvent }) {
  const { t, i18n } = useTranslation();
  const at = <span className="muted">{new Date(event.at).toLocaleString(i18n.language)}</span>;
  const conflict = event.kind === 'conflict' ? conflictData(event.data) : null;
  if (conflict) {
    return (
      <li className="timeline-conflict">
        {at}{' '}
        <strong>
          {t('conflict.text', {
            field: fieldLabel(t, conflict.field),
            kept: conflictValue(t, conflict.field, conflict.kept, i18n.language),
            lost: conflictValue(t, conflict.field, conflict.lost, i18n.language),
          })}
        </strong>
        {conflict.mutation && <span className="muted"> · {t('conflict.from', { mutation: mutationName(t, conflict.mutation) })}</span>}
      </li>
    );
  }
  return (
    <li>
      {at} {t(`detail.events.${event.kind}`)}
      {event.kind === 'note' && typeof event.data.text === 'string' && <>: {event.data.text}</>}
      {(event.kind === 'approvalGranted' || event.kind === 'approvalDenied') && typeof event.data.reason === 'string' && <>: {event.data.reason}</>}
      {event.kind === 'stageCompleted' && typeof event.data.stage === 'string' && <> · {t(`call.stages.${event.data.stage}`)}</>}
    </li>
  );
}
