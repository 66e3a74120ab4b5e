import type { TFunction } from 'i18next';
import type { FollowUpItem } from '../../../shared/schemas/workspace';
import { formatDue } from './formatDue';

/** The system notification for a follow-up falling due: what, when, for whom. */
export const reminderMessage = (t: TFunction, language: string) => (item: FollowUpItem) => ({
  title: t('followUps.notify.title', { kind: t(`followUps.kinds.${item.kind}`), at: formatDue(item.dueAt, item.dueAt, language) }),
  body: t('followUps.notify.body', { name: item.customerName ?? t('followUps.unknownCustomer'), number: item.caseNumber, subject: item.subject }),
});
