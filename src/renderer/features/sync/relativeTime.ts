import type { TFunction } from 'i18next';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "刚刚", "2 分钟前", "3 小时前", "2 天前": how long ago `at` was. */
export function timeAgo(t: TFunction, at: number, now: number): string {
  const ms = Math.max(0, now - at);
  if (ms < MINUTE) return t('sync.ago.justNow');
  if (ms < HOUR) return t('sync.ago.minutes', { count: Math.floor(ms / MINUTE) });
  if (ms < DAY) return t('sync.ago.hours', { count: Math.floor(ms / HOUR) });
  return t('sync.ago.days', { count: Math.floor(ms / DAY) });
}

/** "马上", "30 秒后", "5 分钟后": how soon `at` comes. */
export function timeUntil(t: TFunction, at: number, now: number): string {
  const ms = at - now;
  if (ms < 1_000) return t('sync.in.now');
  if (ms < MINUTE) return t('sync.in.seconds', { count: Math.ceil(ms / 1_000) });
  if (ms < HOUR) return t('sync.in.minutes', { count: Math.ceil(ms / MINUTE) });
  return t('sync.in.hours', { count: Math.ceil(ms / HOUR) });
}
