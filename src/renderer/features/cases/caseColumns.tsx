import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { CaseSummary, CaseStatus, Channel } from '../../../shared/schemas/case';

/** Core features only for now: rows come sorted and paged from the store. */
export const caseTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof caseTableFeatures, CaseSummary>();

function Header({ k }: { k: 'number' | 'customer' | 'phone' | 'channel' | 'subject' | 'status' | 'updatedAt' }) {
  const { t } = useTranslation();
  return <>{t(`caseList.columns.${k}`)}</>;
}

function ChannelCell({ value }: { value: Channel }) {
  const { t } = useTranslation();
  return <>{t(`channels.${value}`)}</>;
}

function StatusCell({ value }: { value: CaseStatus }) {
  const { t } = useTranslation();
  return <span className={`status status-${value}`}>{t(`statuses.${value}`)}</span>;
}

function TimeCell({ value }: { value: number }) {
  const { i18n } = useTranslation();
  return <time dateTime={new Date(value).toISOString()}>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' }).format(value)}</time>;
}

/** Column definitions for the case list, kept apart from the component that renders them. */
export const caseColumns = helper.columns([
  helper.accessor('number', { header: () => <Header k="number" /> }),
  helper.accessor('customerName', { header: () => <Header k="customer" /> }),
  helper.accessor('customerPhoneMasked', { header: () => <Header k="phone" /> }),
  helper.accessor('channel', { header: () => <Header k="channel" />, cell: (info) => <ChannelCell value={info.getValue()} /> }),
  helper.accessor('subject', { header: () => <Header k="subject" /> }),
  helper.accessor('status', { header: () => <Header k="status" />, cell: (info) => <StatusCell value={info.getValue()} /> }),
  helper.accessor('updatedAt', { header: () => <Header k="updatedAt" />, cell: (info) => <TimeCell value={info.getValue()} /> }),
]);
