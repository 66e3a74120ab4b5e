import { formatNear } from '../../ui/formatSpan';

/** A due time as the queue shows it: the time alone for today, the date too otherwise, the year too when it is not this year (local time, the UI's language). */
export function formatDue(at: number, now: number, language: string): string {
  return formatNear(at, now, language);
}
