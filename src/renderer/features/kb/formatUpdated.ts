/** When an article was last saved, as a date and time in the UI's language. */
export function formatUpdated(at: number, language: string): string {
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(at);
}
