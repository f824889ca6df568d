import { describe, expect, it } from 'vitest';
import { toJobSource, type JobSource } from '@/utils/api/schema';
import { filterSources, sortSources } from '@/utils/popup/sort-filter';

let n = 0;
function source(name: string, visits: number, created: string, url?: string): JobSource {
  n += 1;
  return toJobSource({
    id: `id-${n}`,
    source_name: name,
    source_url: url ?? `https://jobs.hirempire.com/acme/${n}`,
    visits,
    created_at: created,
  });
}

const linkedin = source('LinkedIn', 824, '2026-09-01T09:00:00.000Z');
const indeed = source('Indeed', 391, '2026-09-01T09:05:00.000Z');
const referral = source('Référence interne', 57, '2026-09-03T14:30:00.000Z');
const careers = source('careers page', 57, 'not a date');
const meetup10 = source('Meetup 10', 3, '2026-10-12T08:00:00.000Z');
const meetup2 = source('Meetup 2', 3, '2026-10-11T08:00:00.000Z');
const all = [linkedin, indeed, referral, careers, meetup10, meetup2];
const names = (list: JobSource[]) => list.map((s) => s.name);

describe('sortSources', () => {
  it('by visits, most first, ties by name', () => {
    expect(names(sortSources(all, 'visits'))).toEqual([
      'LinkedIn',
      'Indeed',
      'careers page',
      'Référence interne',
      'Meetup 2',
      'Meetup 10',
    ]);
  });

  it('by name, ignoring case and accents, numbers in numeric order', () => {
    expect(names(sortSources(all, 'name'))).toEqual(['careers page', 'Indeed', 'LinkedIn', 'Meetup 2', 'Meetup 10', 'Référence interne']);
  });

  it('newest first, unreadable dates last', () => {
    expect(names(sortSources(all, 'newest'))).toEqual(['Meetup 10', 'Meetup 2', 'Référence interne', 'Indeed', 'LinkedIn', 'careers page']);
  });

  it('never mutates the list it is given', () => {
    const before = [...all];
    sortSources(all, 'name');
    expect(all).toEqual(before);
  });
});

describe('filterSources', () => {
  it('matches the name ignoring case, accents and extra spaces', () => {
    expect(names(filterSources(all, 'reference'))).toEqual(['Référence interne']);
    expect(names(filterSources(all, '  CAREERS   page '))).toEqual(['careers page']);
    expect(names(filterSources(all, 'meetup 1'))).toEqual(['Meetup 10']);
  });

  it('matches the link too', () => {
    const special = source('Flyer', 1, '2026-01-01T00:00:00Z', 'https://go.example.com/poster-42');
    expect(names(filterSources([...all, special], 'poster-42'))).toEqual(['Flyer']);
  });

  it('returns the very same array for an empty query (nothing re-renders)', () => {
    expect(filterSources(all, '')).toBe(all);
    expect(filterSources(all, '   ')).toBe(all);
  });

  it('keeps the order it is given', () => {
    expect(names(filterSources(sortSources(all, 'name'), 'meetup'))).toEqual(['Meetup 2', 'Meetup 10']);
    expect(names(filterSources(sortSources(all, 'newest'), 'meetup'))).toEqual(['Meetup 10', 'Meetup 2']);
  });

  it('does not match across name and link', () => {
    const s = source('Alpha', 1, '2026-01-01T00:00:00Z', 'https://beta.example.com/x');
    expect(filterSources([s], 'alpha beta')).toEqual([]);
  });

  it('filters 5,000 sources', () => {
    const many = Array.from({ length: 5000 }, (_, i) => source(`Newsletter ${i}`, i % 100, '2026-01-01T00:00:00Z'));
    // Newsletter 42, 420–429 and 4200–4299.
    expect(filterSources(many, 'newsletter 42')).toHaveLength(1 + 10 + 100);
  });
});
