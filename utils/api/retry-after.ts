const IMF_FIXDATE = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/i;

/**
 * Reads a `Retry-After` header (delta-seconds or HTTP-date) into a delay in ms.
 * Returns null when absent or unreadable, so the caller falls back to its own backoff.
 * Negative values and past dates mean "now" (0).
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (value === '') return null;
  if (/^-?\d+$/.test(value)) return Math.max(0, Number(value) * 1000);
  // Only the HTTP-date servers send (IMF-fixdate, RFC 9110): Date.parse alone is lenient
  // enough to read "<html>2026 GMT" as a date in the past, i.e. "retry now".
  if (!IMF_FIXDATE.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
