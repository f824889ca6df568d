import { describe, expect, it } from 'vitest';
import { extractJobId, isJobId, shortJobId } from '@/utils/job-id';
import { DOC_JOB as JOB_ID } from './helpers';

/** What recruiters paste to open a job: an id, or a link or text with one in it. */

describe('extractJobId', () => {
  it.each([
    [JOB_ID],
    [JOB_ID.toUpperCase()],
    [`  ${JOB_ID}\n`],
    [`https://app.hirempire.com/jobs/${JOB_ID}`],
    [`https://app.hirempire.com/jobs/${JOB_ID.toUpperCase()}/sources?tab=links#top`],
    [`https://api.hirempire.com/v1/job-sources?job_id=${JOB_ID}`],
    [`Job ID: ${JOB_ID} (Senior Backend)`],
    [`${JOB_ID} 00000000-0000-4000-8000-000000000000`],
  ])('finds the job id in %j', (input) => {
    expect(extractJobId(input)).toBe(JOB_ID);
  });

  it.each([[''], ['   '], ['8fc4ea3c'], ['8fc4ea3c-ecc4-4a92-96fd'], ['x&job_id=y'], ['8fc4ea3c-ecc4-4a92-96fd-a14436a79a1g'], ['8fc4ea3cecc44a9296fda14436a79a1b']])(
    'finds no job id in %j',
    (input) => {
      expect(extractJobId(input)).toBeNull();
    },
  );
});

describe('isJobId', () => {
  it('accepts exactly a UUID, in either case', () => {
    expect(isJobId(JOB_ID)).toBe(true);
    expect(isJobId(JOB_ID.toUpperCase())).toBe(true);
  });

  it.each([[` ${JOB_ID}`], [`${JOB_ID}x`], [`x${JOB_ID}`], [''], [42], [null], [undefined], [{ jobId: JOB_ID }]])(
    'refuses %j',
    (value) => {
      expect(isJobId(value)).toBe(false);
    },
  );
});

describe('shortJobId', () => {
  it('keeps the first eight characters', () => {
    expect(shortJobId(JOB_ID)).toBe('8fc4ea3c…');
  });
});
