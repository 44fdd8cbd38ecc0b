/**
 * A date for display that never throws: an unknown or impossible value shows as a dash rather
 * than taking the page down (Intl.DateTimeFormat#format throws on an Invalid Date).
 */
export function formatDate(iso: string | undefined, locale: string): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);
  } catch {
    return iso.slice(0, 10);
  }
}
