import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '@/utils/api/retry-after';

const NOW = Date.UTC(2026, 5, 18, 10, 0, 0);

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1_000],
    ['120', 120_000],
    [' 5 ', 5_000],
    ['007', 7_000],
    ['86400', 86_400_000],
  ])('delta-seconds %j → %d ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  it('HTTP-date in the future → the time until then', () => {
    expect(parseRetryAfter('Thu, 18 Jun 2026 10:00:30 GMT', NOW)).toBe(30_000);
    expect(parseRetryAfter(new Date(NOW + 86_400_000).toUTCString(), NOW)).toBe(86_400_000);
  });

  it('HTTP-date is case-insensitive about GMT', () => {
    expect(parseRetryAfter('Thu, 18 Jun 2026 10:00:30 gmt', NOW)).toBe(30_000);
  });

  it.each([['-1'], ['-3600'], ['Wed, 21 Oct 2015 07:28:00 GMT'], [new Date(NOW - 1).toUTCString()]])(
    '%j (negative or in the past) means now, never a negative wait',
    (header) => {
      expect(parseRetryAfter(header, NOW)).toBe(0);
    },
  );

  it.each([
    [null],
    [undefined],
    [''],
    ['   '],
    ['soon'],
    ['1.5'],
    ['1e3'],
    ['0x10'],
    ['5 seconds'],
    ['Infinity'],
    ['NaN'],
    // Dates a server should not send: ISO, no zone, two-digit year, asctime.
    ['2026-06-18T10:00:30Z'],
    ['Thu, 18 Jun 2026 10:00:30'],
    ['Thursday, 18-Jun-26 10:00:30 GMT'],
    ['Thu Jun 18 10:00:30 2026'],
    ['Thu, 99 Foo 2026 99:99:99 GMT'],
    ['<html>2026 GMT'],
  ])('%j is unreadable → null (the caller uses its own backoff)', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeNull();
  });

  it('a value too large for any clock is still a delay the caller can refuse, not NaN', () => {
    const ms = parseRetryAfter('99999999999999999999', NOW);
    expect(ms).not.toBeNaN();
    expect(ms).toBeGreaterThan(86_400_000);
  });
});
