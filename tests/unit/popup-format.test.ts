import { describe, expect, it } from 'vitest';
import { formatAsOf, formatCount, formatExact, formatRelative, formatShare } from '@/utils/popup/format';
import { jobName } from '@/utils/job-name';

const NOW = Date.UTC(2026, 10, 28, 12, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;

describe('formatRelative', () => {
  it.each([
    [NOW - 30_000, 'just now'],
    [NOW - 5 * MIN, '5 minutes ago'],
    [NOW - 3 * 60 * MIN, '3 hours ago'],
    [NOW - DAY, 'yesterday'],
    [NOW - 3 * DAY, '3 days ago'],
    [NOW - 8 * DAY, 'last week'],
    [NOW - 20 * DAY, '2 weeks ago'],
    [NOW - 45 * DAY, 'last month'],
    [NOW - 160 * DAY, '5 months ago'],
    [NOW - 400 * DAY, 'last year'],
  ])('%s reads "%s"', (when, expected) => {
    expect(formatRelative(when, NOW, 'en')).toBe(expected);
  });

  it('reads a moment slightly in the future (another machine’s clock) as "just now"', () => {
    expect(formatRelative(NOW + 5 * MIN, NOW, 'en')).toBe('just now');
  });

  it('follows the language', () => {
    expect(formatRelative(NOW - 3 * DAY, NOW, 'fr')).toBe('il y a 3 jours');
  });

  it('gives null for a date the API sent that is not a date', () => {
    expect(formatRelative(Number.NaN, NOW, 'en')).toBeNull();
    expect(formatExact(Number.NaN, 'en')).toBeNull();
  });
});

describe('formatExact and formatAsOf', () => {
  it('shows the full date and time', () => {
    const text = formatExact(Date.parse('2026-06-18T10:00:00.000Z'), 'en-GB')!;
    expect(text).toContain('2026');
    expect(text).toMatch(/18 Jun/);
  });

  it('shows only the time for today, the date and time otherwise', () => {
    const today = formatAsOf(NOW - 60 * MIN, NOW, 'en-GB');
    expect(today).toMatch(/^\d{2}:\d{2}$/);
    const earlier = formatAsOf(NOW - 3 * DAY, NOW, 'en-GB');
    expect(earlier).toContain('2026');
  });
});

describe('formatCount and formatShare', () => {
  it('groups digits as the language does', () => {
    expect(formatCount(2497500, 'en-US')).toBe('2,497,500');
    expect(formatCount(1284, 'de-DE')).toBe('1.284');
  });

  it('rounds shares to whole percents, never showing a real share as 0%', () => {
    expect(formatShare(824 / 1284)).toBe('64%');
    expect(formatShare(1)).toBe('100%');
    expect(formatShare(0)).toBe('0%');
    expect(formatShare(0.001)).toBe('<1%');
    expect(formatShare(0.006)).toBe('1%');
    expect(formatShare(Number.NaN)).toBe('0%');
  });
});

describe('jobName', () => {
  it('uses the recruiter’s label, or the start of the id', () => {
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b', label: 'Senior Backend – Paris' })).toBe('Senior Backend – Paris');
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b', label: '  ' })).toBe('Job 8fc4ea3c…');
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b' })).toBe('Job 8fc4ea3c…');
    // The board control's list: the same label, or the bare id start (its text already says "Job: …").
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b', label: ' Senior Backend ' }, 'board')).toBe('Senior Backend');
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b' }, 'board')).toBe('8fc4ea3c');
  });
});
