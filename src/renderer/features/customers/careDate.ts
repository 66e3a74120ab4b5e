/** Whole days from `now`'s calendar date (UTC, as the store computes the next birthday) to an ISO date. */
export function daysUntil(isoDate: string, now: number): number {
  const today = new Date(now);
  return Math.round((Date.parse(`${isoDate}T00:00:00Z`) - Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())) / 86_400_000);
}
