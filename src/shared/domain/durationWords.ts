import type { Locale } from '../schemas/settings';

const units = [
  { seconds: 86_400, 'zh-CN': '天', en: 'd' },
  { seconds: 3_600, 'zh-CN': '小时', en: 'h' },
  { seconds: 60, 'zh-CN': '分钟', en: 'min' },
  { seconds: 1, 'zh-CN': '秒', en: 's' },
] as const;

const lessThanAMinute: Record<Locale, string> = { 'zh-CN': '不到1分钟', en: '< 1 min' };

const part = (n: number, unit: (typeof units)[number], locale: Locale) => (locale === 'en' ? `${n} ${unit.en}` : `${n}${unit['zh-CN']}`);

/**
 * A length of time as a person reads it: its two largest units, the smaller one cut, not rounded
 * up ("3天4小时" / "3 d 4 h", "6分钟45秒" / "6 min 45 s"); a zero second unit is left out ("3天").
 * `smallest` 'minute' drops seconds (for waits shown on a view refreshed every half minute): under
 * a minute reads "不到1分钟" / "< 1 min". The sign is ignored (callers say "overdue" themselves);
 * input that is not a number reads as zero.
 */
export function formatDurationWords(seconds: number, locale: Locale, smallest: 'second' | 'minute' = 'second'): string {
  let rest = Number.isFinite(seconds) ? Math.round(Math.abs(seconds)) : 0;
  const shown = smallest === 'minute' ? units.slice(0, 3) : units;
  if (smallest === 'minute' && rest < 60) return lessThanAMinute[locale];
  const parts: string[] = [];
  let started = false;
  for (const unit of shown) {
    const n = Math.floor(rest / unit.seconds);
    rest -= n * unit.seconds;
    if (!started && n === 0) continue;
    if (started) {
      if (n > 0) parts.push(part(n, unit, locale));
      break;
    }
    started = true;
    parts.push(part(n, unit, locale));
  }
  if (parts.length === 0) return part(0, units[3], locale);
  return parts.join(locale === 'en' ? ' ' : '');
}
