import { describe, expect, it } from 'vitest';
import { toJobSource } from '@/utils/api/schema';
import { visitShare, visitTotals } from '@/utils/popup/share';

const source = (visits: number) =>
  toJobSource({ id: String(visits), source_name: 'S', source_url: 'https://x.example/', visits, created_at: '' });

describe('visit totals and shares', () => {
  it('adds up visits and counts sources', () => {
    expect(visitTotals([source(824), source(391), source(57), source(12)])).toEqual({ visits: 1284, sources: 4 });
    expect(visitTotals([])).toEqual({ visits: 0, sources: 0 });
  });

  it('gives each source its share of the job’s visits', () => {
    expect(visitShare(142, 178)).toBeCloseTo(0.7978, 4);
    expect(visitShare(178, 178)).toBe(1);
  });

  it('gives 0, not NaN, when the job has no visits yet', () => {
    expect(visitShare(0, 0)).toBe(0);
    expect(visitShare(5, 0)).toBe(0);
  });

  it('never goes above 1', () => {
    expect(visitShare(10, 5)).toBe(1);
  });
});
