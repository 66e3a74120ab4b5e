import type { TFunction } from 'i18next';
import type { SyncPhase, SyncStatus } from '../../../shared/schemas/sync';
import { timeAgo } from './relativeTime';

/** The badge's words: "单机模式", "已同步 · 2 分钟前", "离线 · 3 条待同步", "未登录", "同步出错：…". */
export function stateLabel(t: TFunction, phase: SyncPhase, status: SyncStatus, now: number): string {
  switch (phase) {
    case 'standalone':
      return t('sync.state.standalone');
    case 'signedOut':
      return t('sync.state.signedOut');
    case 'syncing':
      return t('sync.state.syncing');
    case 'offline':
      return status.pending > 0 ? t('sync.state.offlinePending', { count: status.pending }) : t('sync.state.offline');
    case 'error':
      if (status.lastError?.startsWith('clientIdTaken')) return t('sync.state.clientIdTaken');
      return status.lastError ? t('sync.state.error', { message: status.lastError }) : t('sync.state.errorUnknown');
    case 'idle':
      return status.lastSyncAt === null ? t('sync.state.neverSynced') : t('sync.state.idle', { ago: timeAgo(t, status.lastSyncAt, now) });
  }
}
