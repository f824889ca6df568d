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
  // Only accept things that look like an HTTP-date (they always carry a 4-digit year and "GMT").
  if (!/\d{4}/.test(value) || !/GMT$/i.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
