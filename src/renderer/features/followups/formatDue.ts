/** A due time as the queue shows it: the time alone for today, the date too otherwise, the year too when it is not this year (local time, the UI's language). */
export function formatDue(at: number, now: number, language: string): string {
  const sameDay = new Date(at).toDateString() === new Date(now).toDateString();
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  const options: Intl.DateTimeFormatOptions = sameDay ? time : { ...(sameYear ? {} : { year: 'numeric' }), month: 'numeric', day: 'numeric', ...time };
  return new Intl.DateTimeFormat(language, options).format(at);
}
