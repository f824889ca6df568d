/** A check time in the browser's own language and calendar ("14 Mar 2026, 09:30"). */
export function formatCheckedAt(epochMs: number, locale: string = navigator.language): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}
