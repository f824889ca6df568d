import { describe, expect, it } from 'vitest';
import { parseJobInput } from '@/utils/popup/job-input';
import { DOC_JOB as ID } from './helpers';

describe('parseJobInput', () => {
  it.each([
    [ID],
    [`  ${ID}\n`],
    [ID.toUpperCase()],
    [`https://app.hirempire.com/jobs/${ID}?tab=sources`],
    [`Job ${ID} (Senior Backend)`],
  ])('accepts %j', (input) => {
    expect(parseJobInput(input)).toEqual({ ok: true, jobId: ID });
  });

  it.each([['senior backend'], ['8fc4ea3c-ecc4-4a92-96fd'], ['https://app.hirempire.com/jobs/']])('refuses %j with a message', (input) => {
    const parsed = parseJobInput(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/not a job ID/);
  });

  it('asks for something when the field is empty', () => {
    const parsed = parseJobInput('   ');
    expect(parsed).toEqual({ ok: false, message: expect.stringMatching(/Enter a job ID/) });
  });
});
