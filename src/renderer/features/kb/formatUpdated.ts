import { formatAt } from '../../ui/formatSpan';

/** When an article was last saved, as a date and time in the UI's language (zh-CN 2026/12/05 10:00). */
export function formatUpdated(at: number, language: string): string {
  return formatAt(at, language);
}
