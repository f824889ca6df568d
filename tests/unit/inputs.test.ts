import { describe, expect, it } from 'vitest';
import { extractJobId, isJobId, shortJobId } from '@/utils/job-id';
import { normalizeToken, tokenHint } from '@/utils/token';
import { normalizeApiOrigin, originPermissionPattern } from '@/utils/api-origin';

/** What recruiters paste: job ids, API tokens, and (rarely) an API address. */

const JOB_ID = '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b';

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

describe('normalizeToken', () => {
  it.each([
    ['sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['  sk-live-5f3a9c2e  ', 'sk-live-5f3a9c2e'],
    ['sk-live-5f3a9c2e\r\n', 'sk-live-5f3a9c2e'],
    ['Bearer sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['bearer sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['BEARER\tsk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['  Bearer    sk-live-5f3a9c2e \n', 'sk-live-5f3a9c2e'],
    ['bearertoken', 'bearertoken'],
    ['abc.DEF_123~+/=', 'abc.DEF_123~+/='],
  ])('%j → %j', (input, token) => {
    expect(normalizeToken(input)).toEqual({ ok: true, token });
  });

  it.each([
    ['', /Paste your Hirempire API token/],
    ['   \n', /Paste your Hirempire API token/],
    ['Bearer ', /Paste your Hirempire API token/],
    ['Bearer', /Paste your Hirempire API token/],
    ['sk-live 5f3a', /spaces, line breaks/],
    ['sk-live\n5f3a', /spaces, line breaks/],
    ['sk-live\r\nX-Evil: 1', /spaces, line breaks/],
    ['sk-live-é', /characters a token never has/],
    ['sk-live-\u200b5f3a', /characters a token never has/],
    ['sk-live-••••', /characters a token never has/],
    ['x'.repeat(4097), /far longer/],
  ])('refuses %j with a message', (input, message) => {
    const result = normalizeToken(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts a token of the maximum length', () => {
    expect(normalizeToken('x'.repeat(4096)).ok).toBe(true);
  });
});

describe('tokenHint', () => {
  it('shows only the last four characters', () => {
    expect(tokenHint('sk-live-5f3a9c2e')).toBe('9c2e');
  });
});

describe('normalizeApiOrigin', () => {
  it.each([
    ['https://api.hirempire.com', 'https://api.hirempire.com'],
    ['https://api.hirempire.com/', 'https://api.hirempire.com'],
    ['  https://API.Hirempire.com/  ', 'https://api.hirempire.com'],
    ['https://api.hirempire.com:443', 'https://api.hirempire.com'],
    ['https://staging.hirempire.com:8443', 'https://staging.hirempire.com:8443'],
    ['http://localhost:8787', 'http://localhost:8787'],
    ['http://127.0.0.1:8787/', 'http://127.0.0.1:8787'],
  ])('%j → %j', (input, origin) => {
    expect(normalizeApiOrigin(input)).toEqual({ ok: true, origin });
  });

  it.each([
    ['', /full address/],
    ['api.hirempire.com', /full address/],
    ['//api.hirempire.com', /full address/],
    ['http://api.hirempire.com', /https:\/\//],
    ['http://localhost.evil.example', /https:\/\//],
    ['http://192.168.0.10:8787', /https:\/\//],
    // The manifest can only ask for localhost and 127.0.0.1: an IPv6 loopback could never be granted.
    ['http://[::1]:8787', /https:\/\//],
    ['javascript:alert(1)', /https:\/\//],
    ['data:text/plain,hi', /https:\/\//],
    ['file:///etc/passwd', /https:\/\//],
    ['ws://localhost:8787', /https:\/\//],
    ['https://user:secret@api.hirempire.com', /user name or password/],
    ['https://user@api.hirempire.com', /user name or password/],
    ['https://api.hirempire.com/v1', /without a path/],
    ['https://api.hirempire.com/v1/job-sources?job_id=x', /without a path/],
    ['https://api.hirempire.com/?x=1', /without a path/],
    ['https://api.hirempire.com/#frag', /without a path/],
  ])('refuses %j', (input, message) => {
    const result = normalizeApiOrigin(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('originPermissionPattern', () => {
  it.each([
    ['https://staging.hirempire.com', 'https://staging.hirempire.com/*'],
    ['https://staging.hirempire.com:8443', 'https://staging.hirempire.com/*'],
    ['http://localhost:8787', 'http://localhost/*'],
  ])('%j → %j (match patterns carry no port)', (origin, pattern) => {
    expect(originPermissionPattern(origin)).toBe(pattern);
  });
});
