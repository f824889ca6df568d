import { describe, expect, it } from 'vitest';
import { jobSourcesEnvelopeSchema, apiSourceSchema } from '@/utils/api/schema';
import { toTrackedLink } from '@/utils/tracked-link';

const documentedExample = {
  success: true,
  job_id: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b',
  total_sources: 2,
  sources: [
    {
      id: '1a2b3c4d-5e6f-7890-abcd-ef1234567890',
      source_name: 'LinkedIn',
      source_url: 'https://jobs.hirempire.com/acme/1a2b3c4d-5e6f-7890-abcd-ef1234567890',
      code: 'a3f9',
      visits: 142,
      created_at: '2026-06-18T10:00:00.000Z',
    },
    {
      id: '9z8y7x6w-5v4u-3210-fedc-ba0987654321',
      source_name: 'Referral',
      source_url: 'https://jobs.hirempire.com/acme/9z8y7x6w-5v4u-3210-fedc-ba0987654321',
      code: 'b7c1',
      visits: 36,
      created_at: '2026-06-19T08:14:00.000Z',
    },
  ],
};

describe('contract schemas', () => {
  it('parses the documented example exactly as printed', () => {
    expect(jobSourcesEnvelopeSchema.safeParse(documentedExample).success).toBe(true);
    for (const source of documentedExample.sources) expect(apiSourceSchema.parse(source)).toEqual(source);
  });

  it.each([
    ['https://jobs.hirempire.com/a', 'https://jobs.hirempire.com/a'],
    ['http://jobs.hirempire.com/a', null],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,hi', null],
    ['//jobs.hirempire.com/a', null],
    ['https://user:pass@jobs.hirempire.com/a', null],
  ])('judges %j as a tracked link: %j', (raw, expected) => {
    expect(toTrackedLink(raw)).toBe(expected);
  });
});

describe('source rows', () => {
  const row = { id: 'a', source_name: 'LinkedIn', source_url: 'https://jobs.hirempire.com/a', visits: 1, created_at: 'x' };

  it('code is optional; unknown fields are ignored', () => {
    expect(apiSourceSchema.safeParse(row).success).toBe(true);
    expect(apiSourceSchema.parse({ ...row, utm: 'x' })).toEqual(row);
  });

  it.each([[-1], [3.7], ['12'], [null], [Number.MAX_SAFE_INTEGER + 2], [Number.NaN], [Infinity]])(
    'refuses visits %j',
    (visits) => {
      expect(apiSourceSchema.safeParse({ ...row, visits }).success).toBe(false);
    },
  );

  it('refuses an empty id', () => {
    expect(apiSourceSchema.safeParse({ ...row, id: '' }).success).toBe(false);
  });

  it.each([
    [' https://jobs.hirempire.com/a ', 'https://jobs.hirempire.com/a'],
    ['HTTPS://JOBS.HIREMPIRE.COM/A', 'https://jobs.hirempire.com/A'],
    ['https://jobs.hirempire.com', 'https://jobs.hirempire.com/'],
  ])('normalises the tracked link %j to %j', (raw, expected) => {
    expect(toTrackedLink(raw)).toBe(expected);
  });
});
