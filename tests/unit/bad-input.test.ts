import { MAX_SOURCES_PER_JOB } from '@/utils/limits';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { answersDb } from '@/utils/answers-db';
import { createRouter } from '@/utils/background/router';
import { MESSAGES } from '@/utils/background/messages';
import { refreshSources, type ClientOverrides } from '@/utils/background/sources';
import { saveSettings, saveToken } from '@/utils/background/setup';
import type { MessageSenderLike } from '@/utils/background/trust';
import { isJobId } from '@/utils/job-id';
import { parseJobInput } from '@/utils/popup/job-input';
import type { Reply, Request, SourcesAnswer } from '@/utils/messaging/protocol';
import {
  cacheKey,
  DEFAULT_API_BASE_URL,
  DEFAULT_SETTINGS,
  previewKey,
  settingsItem,
  tokenStatusItem,
  writeCachedSources,
  type CachedSources,
} from '@/utils/storage';
import { previewOf } from '@/utils/popup/preview';
import { readToken, writeToken } from '@/utils/vault';
import {
  apiRow as row,
  endlessBody,
  envelope,
  html,
  json,
  noAnswer,
  NOW,
  offline,
  requestedUrls as urlsOf,
  resetMidBody,
  stubFetch,
  type Answer,
  type StubFetch,
} from './api-stub';
import { cachedEntry as entryOf, DOC_JOB as JOB, numberedJob, OTHER_JOB, source } from './helpers';
import { boardTab, contentScript, FOREIGN_EXT_ID, IDENTITY, optionsTab, popup } from './senders';

/**
 * The table of hostile inputs. Every case goes through the real services (the worker's
 * lookup, token and settings services, the popup's job-id parsing, the router with the
 * real handlers) with a stub in place of the network, and every case is held to the same
 * three promises:
 *   1. it never throws: the outcome is a typed error (a kind and a message a recruiter can
 *      read) or a safe success;
 *   2. nothing is lost: the saved token, the settings and the cached answers are as they
 *      were (except what the case is allowed to change, e.g. a fresh answer for its job);
 *   3. no link the extension would open, copy or insert is anything but https.
 */

// ---------------------------------------------------------------------------------------------
// The world every case starts from: a connected recruiter with two jobs already in the cache.

const TOKEN = 'sk-hardening-good-token-0001';
const SENDERS = {
  popup: popup(),
  options: optionsTab({ tabId: 2 }),
  linkedin: boardTab('linkedin', 7),
  indeed: boardTab('indeed', 8),
} satisfies Record<string, MessageSenderLike>;

/** A job's answer from an hour ago, one source. */
const cachedEntry = (jobId: string) =>
  entryOf(jobId, [source('cached-1', 'LinkedIn (cached)', 7, `https://jobs.hirempire.com/acme/cached-${jobId.slice(0, 8)}`, '2026-06-01T00:00:00.000Z')], {
    fetchedAt: NOW - 3_600_000,
  });

async function seedRecruiter() {
  await writeToken(TOKEN, DEFAULT_API_BASE_URL);
  await settingsItem.setValue(DEFAULT_SETTINGS);
  await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1_000, hint: TOKEN.slice(-4) });
  await writeCachedSources(DEFAULT_API_BASE_URL, JOB, cachedEntry(JOB));
  await writeCachedSources(DEFAULT_API_BASE_URL, OTHER_JOB, cachedEntry(OTHER_JOB));
}

/**
 * Everything a recruiter could lose: the vault's token, all of storage.local, and the cached
 * answers' database (under its own keys, `cache:…`, which storage.local no longer uses).
 */
async function snapshot() {
  const local = { ...(await storage.snapshot('local')), ...Object.fromEntries(await answersDb.entries()) };
  return { token: await readToken(DEFAULT_API_BASE_URL), local: structuredClone(local) };
}

/** The key of a job's cached answer in snapshot().local. */
const localCacheKey = (jobId: string, origin = DEFAULT_API_BASE_URL) => cacheKey(origin, jobId);

/**
 * Chrome refuses storage.local writes over 10 MB (QUOTA_BYTES) without `unlimitedStorage`;
 * fakeBrowser has no limit, so the same rule is applied here.
 */
const QUOTA_BYTES = 10 * 1024 * 1024;
function chromeStorageQuota() {
  const area = fakeBrowser.storage.local;
  const set = area.set.bind(area);
  vi.spyOn(area, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const next = { ...(await area.get(null)), ...items };
    const bytes = Object.entries(next).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
    if (bytes > QUOTA_BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    return set(items);
  });
}

// ---------------------------------------------------------------------------------------------
// The network stub (api-stub.ts): answers in order (the last one repeats), every call recorded.

/** A captive portal's login page, where the API should be. */
const portal = (status: number) => html(status, { body: '<!doctype html><title>Wi-Fi login</title><form action="/login"><input name=u></form>' });

/** The API's own answer for whichever job was asked: one good source. */
const goodAnswer = (url: URL) => json(envelope(url.searchParams.get('job_id') ?? '', [row('good-1')]));

// ---------------------------------------------------------------------------------------------
// What a case does, and what it got: a typed error or a success, never a throw.

interface TypedError {
  kind: string;
  message: string;
}
type Outcome = { ok: true; value: unknown } | { ok: false; error: TypedError };

interface Run {
  fetch: StubFetch;
  sleeps: number[];
  permissionAsked: string[];
  /** Good answers the API gave, per job: one of them (or the old entry) may now be in the cache. */
  fresh: Map<string, CachedSources[]>;
  /** Set by cases allowed to switch the API origin. */
  newOrigin?: string;
}

const newRun = (answers: Answer[] = []): Run => ({ fetch: stubFetch(...(answers.length ? answers : [goodAnswer])), sleeps: [], permissionAsked: [], fresh: new Map() });

function overrides(run: Run, extra: ClientOverrides = {}): ClientOverrides {
  return {
    fetch: run.fetch as unknown as typeof fetch,
    sleep: async (ms) => void run.sleeps.push(ms),
    random: () => 0.5,
    now: () => NOW,
    ...extra,
  };
}

function fromAnswer(run: Run, jobId: string, answer: SourcesAnswer): Outcome {
  if (!answer.ok) return { ok: false, error: answer.error };
  const id = jobId.toLowerCase();
  run.fresh.set(id, [...(run.fresh.get(id) ?? []), answer.cached]);
  return { ok: true, value: answer.cached };
}

/** The worker's lookup service, as the sources.fetch handler calls it. */
const lookup =
  (jobId = JOB, extra: ClientOverrides = {}) =>
  async (run: Run): Promise<Outcome> =>
    fromAnswer(run, jobId, await refreshSources(jobId, overrides(run, extra)));

/** The options page pasting a token. */
const pasteToken = (input: string) => async (run: Run): Promise<Outcome> => {
  const result = await saveToken(input, DEFAULT_API_BASE_URL, overrides(run));
  return 'rejected' in result ? { ok: false, error: { kind: 'rejected', message: result.rejected } } : { ok: true, value: result };
};

/** The options page saving an API base URL; `granted` is the recruiter's answer to the permission prompt. */
const saveBaseUrl = (apiBaseUrl: string, granted = false) => async (run: Run): Promise<Outcome> => {
  const result = await saveSettings({ ...DEFAULT_SETTINGS, apiBaseUrl }, overrides(run), async (pattern) => {
    run.permissionAsked.push(pattern);
    return granted;
  });
  if ('rejected' in result) return { ok: false, error: { kind: 'rejected', message: result.rejected } };
  if (result.settings.apiBaseUrl !== DEFAULT_API_BASE_URL) run.newOrigin = result.settings.apiBaseUrl;
  return { ok: true, value: result };
};

const route = createRouter(MESSAGES, IDENTITY);

/** A message as the worker receives it, through the real router and handlers (the stub is the global fetch). */
async function deliver(run: Run, message: unknown, sender: MessageSenderLike): Promise<Outcome> {
  vi.stubGlobal('fetch', run.fetch);
  const reply = (await route(message, sender)) as Reply<unknown>;
  if (!reply.ok) return reply;
  const value = reply.value as Record<string, unknown> | null;
  // A configuring request the service refused is a typed refusal, not a success.
  if (value && typeof value === 'object' && 'rejected' in value) return { ok: false, error: { kind: 'rejected', message: String(value.rejected) } };
  if ((message as Request).type === 'sources.fetch') return fromAnswer(run, (message as { jobId: string }).jobId, value as unknown as SourcesAnswer);
  return { ok: true, value };
}
const message = (body: unknown, sender: MessageSenderLike = SENDERS.popup) => (run: Run) => deliver(run, body, sender);

/** What the popup does with the "Job ID" field: parse it, then ask the worker. */
const pasteJobId = (raw: string) => async (run: Run): Promise<Outcome> => {
  const parsed = parseJobInput(raw);
  if (!parsed.ok) return { ok: false, error: { kind: 'not-a-job-id', message: parsed.message } };
  return deliver(run, { type: 'sources.fetch', jobId: parsed.jobId }, SENDERS.popup);
};

// ---------------------------------------------------------------------------------------------
// The table's shape and its runner.

interface Case {
  /** What the case tries. */
  name: string;
  run: (run: Run) => Promise<Outcome>;
  /** 'ok' for a safe success, else the error kind. */
  expect: 'ok' | string;
  /** The API's answers, in order; the last repeats. Default: a good answer for the job asked. */
  api?: Answer[];
  check?: (run: Run, outcome: Outcome) => void | Promise<void>;
}

/** Every `trackedLink` anywhere in a value. */
function trackedLinks(value: unknown, found: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const item of value) trackedLinks(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'trackedLink') found.push(item);
      else trackedLinks(item, found);
    }
  }
  return found;
}

/** The links among these that the extension must never open, copy or insert (checked in one go: there may be 100,000). */
function unsafeLinks(value: unknown): unknown[] {
  return trackedLinks(value).filter((link) => {
    if (link === null) return false;
    if (typeof link !== 'string' || /[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/.test(link)) return true;
    const url = URL.parse(link);
    return url?.protocol !== 'https:' || url.username !== '' || url.password !== '';
  });
}

async function play(c: Case) {
  await seedRecruiter();
  const before = await snapshot();
  const run = newRun(c.api);

  // 1. Never a throw (a rejection fails the test here), always a typed outcome.
  const outcome = await c.run(run);
  if (outcome.ok) {
    expect(c.expect, `succeeded, expected ${c.expect}`).toBe('ok');
  } else {
    expect(outcome.error.kind, outcome.error.message).toBe(c.expect);
    expect(outcome.error.message.trim().length).toBeGreaterThan(10);
    // Recruiter-facing text, never markup from a hostile server.
    expect(outcome.error.message).not.toMatch(/[<>]/);
  }

  // 2. Nothing lost.
  const after = await snapshot();
  // The token stays, unless the recruiter moved to another server: it was saved for this one, so it is forgotten.
  expect(after.token, 'the saved token').toBe(run.newOrigin ? null : TOKEN);
  if (run.newOrigin) expect(await readToken(run.newOrigin), 'no token for the new server').toBeNull();
  const expected = structuredClone(before.local);
  if (run.newOrigin) {
    // The recruiter chose and granted another API origin: the old origin's answers must go.
    expected.settings = { ...DEFAULT_SETTINGS, apiBaseUrl: run.newOrigin };
    for (const key of Object.keys(expected)) if (key.startsWith('cache:') || key.startsWith('preview:')) delete expected[key];
    // ...and a lookup still under way for the old origin must know not to write its answer back.
    expect(after.local.cacheGeneration).toBe(((before.local.cacheGeneration as number) ?? 0) + 1);
    expected.cacheGeneration = after.local.cacheGeneration;
  }
  for (const [jobId, entries] of run.fresh) {
    // A good answer may replace its own job's entry (or stay uncached when it cannot fit).
    const key = localCacheKey(jobId, run.newOrigin);
    expect([...entries, before.local[key]]).toContainEqual(after.local[key]);
    expected[key] = after.local[key];
    // Its preview (the popup's first screen) is always the one of the entry kept.
    const preview = previewKey(run.newOrigin ?? DEFAULT_API_BASE_URL, jobId).slice('local:'.length);
    expect(after.local[preview]).toEqual(after.local[key] ? previewOf(after.local[key] as CachedSources) : undefined);
    expected[preview] = after.local[preview];
  }
  // The token status may only move as the API said: checked again, or refused.
  const status = after.local.tokenStatus as { state: string; hint?: string };
  if (run.newOrigin) {
    expect(status).toEqual({ state: 'none' });
  } else {
    expect(status.hint).toBe(TOKEN.slice(-4));
    expect(status.state).toBe(!outcome.ok && outcome.error.kind === 'invalid-token' ? 'invalid' : 'connected');
  }
  expected.tokenStatus = after.local.tokenStatus;
  expect(after.local).toEqual(expected);

  // 3. Never a link that is not https, in the answer or anywhere in storage.
  expect(unsafeLinks(outcome)).toEqual([]);
  expect(unsafeLinks(after.local)).toEqual([]);

  await c.check?.(run, outcome);
}

/** Big bodies take a while to build and parse on a busy machine; nothing here is about speed. */
const CASE_TIMEOUT_MS = 60_000;

function table(cases: Case[]) {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => play(c), CASE_TIMEOUT_MS);
}

beforeEach(() => {
  chromeStorageQuota();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

// ---------------------------------------------------------------------------------------------
// Helpers for the checks.

const noRequest = (run: Run) => expect(run.fetch).not.toHaveBeenCalled();
const requests = (n: number) => (run: Run) => expect(run.fetch).toHaveBeenCalledTimes(n);
const sourcesOf = (outcome: Outcome) => (outcome.ok ? (outcome.value as CachedSources).data.sources : []);
const skippedOf = (outcome: Outcome) => (outcome.ok ? (outcome.value as CachedSources).data.skipped : -1);
const errorOf = (outcome: Outcome) => (outcome.ok ? null : (outcome.error as TypedError & Record<string, unknown>));

/** The job id the worker asked the API for, as the API would read it. */
const askedJobIds = (run: Run) => urlsOf(run.fetch).map((url) => url.searchParams.getAll('job_id'));

// ---------------------------------------------------------------------------------------------

describe('job ids', () => {
  /** Also sends the raw text straight to the worker: only an exact UUID gets past the router. */
  const jobIdCase = (name: string, raw: string, expectation: 'ok' | 'not-a-job-id', check?: Case['check']): Case => ({
    name,
    run: pasteJobId(raw),
    expect: expectation,
    check: async (run, outcome) => {
      if (!isJobId(raw)) {
        const calls = run.fetch.mock.calls.length;
        expect(errorOf(await deliver(run, { type: 'sources.fetch', jobId: raw }, SENDERS.popup))?.kind).toBe('invalid-message');
        expect(run.fetch).toHaveBeenCalledTimes(calls);
      }
      for (const ids of askedJobIds(run)) {
        expect(ids).toHaveLength(1);
        expect(isJobId(ids[0])).toBe(true);
      }
      if (expectation !== 'ok') expect(run.fetch).not.toHaveBeenCalled();
      await check?.(run, outcome);
    },
  });

  table([
    jobIdCase('a job title instead of an id', 'Senior Backend Engineer – Paris', 'not-a-job-id'),
    jobIdCase('a UUID one character short', JOB.slice(0, -1), 'not-a-job-id'),
    jobIdCase('a UUID with a letter that is not hex', JOB.replace('a', 'g'), 'not-a-job-id'),
    jobIdCase('a UUID in full-width digits', '８fc4ea3c-ecc4-4a92-96fd-a14436a79a1b', 'not-a-job-id'),
    jobIdCase('an empty field', '', 'not-a-job-id'),
    jobIdCase('only spaces, tabs and newlines', ' \t\r\n ', 'not-a-job-id'),
    jobIdCase('a newline inside the UUID', '8fc4ea3c-\necc4-4a92-96fd-a14436a79a1b', 'not-a-job-id'),
    jobIdCase('whitespace and newlines around the UUID', `\n\t  ${JOB}  \r\n`, 'ok', (run) => expect(askedJobIds(run)).toEqual([[JOB]])),
    jobIdCase('the UUID in capitals', JOB.toUpperCase(), 'ok', (run) => expect(askedJobIds(run)).toEqual([[JOB]])),
    jobIdCase('query injection without an id: x&job_id=../../admin', 'x&job_id=../../admin', 'not-a-job-id'),
    jobIdCase(`query injection: x&job_id=<another job>`, `x&job_id=${OTHER_JOB}`, 'ok', (run) =>
      expect(askedJobIds(run)).toEqual([[OTHER_JOB]]),
    ),
    jobIdCase('query injection: <job>&job_id=<another job> asks for the first only', `${JOB}&job_id=${OTHER_JOB}`, 'ok', (run) =>
      expect(askedJobIds(run)).toEqual([[JOB]]),
    ),
    jobIdCase('path traversal', '../../v1/admin?job_id=1', 'not-a-job-id'),
    jobIdCase('10,000 characters', 'a'.repeat(10_000), 'not-a-job-id'),
    jobIdCase('10,000 characters ending in a UUID', `${'x'.repeat(10_000 - JOB.length)}${JOB}`, 'ok', (run) =>
      expect(askedJobIds(run)).toEqual([[JOB]]),
    ),
    jobIdCase('a Hirempire link with the id inside', `https://app.hirempire.com/jobs/${JOB}?tab=sources#x`, 'ok'),
    {
      name: 'the service called directly with x&job_id=<job> keeps it one parameter, and refuses the other job’s answer',
      run: lookup(`x&job_id=${JOB}`),
      // The stub answers for the job id it read; the id echoed back is not the one asked for.
      api: [() => json(envelope(JOB, [row('good-1')]))],
      expect: 'bad-response',
      check: (run) => {
        expect(askedJobIds(run)).toEqual([[`x&job_id=${JOB}`]]);
        expect(urlsOf(run.fetch)[0].pathname).toBe('/v1/job-sources');
      },
    },
  ]);
});

describe('API base URLs', () => {
  const refused = (name: string, url: string, check?: Case['check']): Case => ({
    name,
    run: saveBaseUrl(url),
    expect: 'rejected',
    check: async (run, outcome) => {
      noRequest(run);
      await check?.(run, outcome);
    },
  });
  const askedFor = (pattern: string) => (run: Run) => expect(run.permissionAsked).toEqual([pattern]);
  const neverAsked = (run: Run) => expect(run.permissionAsked).toEqual([]);

  table([
    refused('plain http off localhost', 'http://api.hirempire.com', neverAsked),
    refused('plain http to a LAN address', 'http://192.168.1.10:8787', neverAsked),
    refused('plain http to a host that starts with "localhost."', 'http://localhost.evil.test', neverAsked),
    refused('javascript:', 'javascript:alert(document.domain)', neverAsked),
    refused('JavaScript: dressed as a host', 'JavaScript://api.hirempire.com/%0aalert(1)', neverAsked),
    refused('data:', 'data:text/html,<script>alert(1)</script>', neverAsked),
    refused('file:', 'file:///etc/passwd', neverAsked),
    refused('credentials in the URL', 'https://recruiter:hunter2@api.hirempire.com', neverAsked),
    refused('the real host as a user name: https://api.hirempire.com@evil.test', 'https://api.hirempire.com@evil.test', neverAsked),
    refused('a path and a query', 'https://api.hirempire.com/v1/job-sources?job_id=x', neverAsked),
    refused('a fragment', 'https://api.hirempire.com/#/admin', neverAsked),
    refused('nothing at all', '', neverAsked),
    refused('a look-alike host, not granted', 'https://api.hirempire.com.evil.test', askedFor('https://api.hirempire.com.evil.test/*')),
    refused('a hyphenated look-alike, not granted', 'https://api-hirempire.com', askedFor('https://api-hirempire.com/*')),
    refused('the real host with a trailing dot, not granted', 'https://api.hirempire.com.', askedFor('https://api.hirempire.com./*')),
    refused('the real host on another port, not granted (the port is part of the pattern)', 'https://api.hirempire.com:8443', askedFor('https://api.hirempire.com:8443/*')),
    refused('a Cyrillic look-alike, not granted (asked as punycode)', 'https://аpi.hirempire.com', askedFor('https://xn--pi-6kc.hirempire.com/*')),
    {
      name: 'a look-alike host the recruiter explicitly granted is used, the old origin’s answers are dropped, and it never gets the token',
      run: saveBaseUrl('https://api.hirempire.com.evil.test', true),
      expect: 'ok',
      check: (run) => {
        expect(run.permissionAsked).toEqual(['https://api.hirempire.com.evil.test/*']);
        // The token was saved for the default server: it is forgotten, never sent to the new one.
        noRequest(run);
      },
    },
    {
      name: 'the real host in capitals with a trailing slash needs no permission',
      run: saveBaseUrl('HTTPS://API.HIREMPIRE.COM/'),
      expect: 'ok',
      check: (run) => {
        neverAsked(run);
        noRequest(run);
      },
    },
    {
      name: 'a 2,049-character base URL is refused by the worker’s front door',
      run: message({ type: 'settings.save', settings: { ...DEFAULT_SETTINGS, apiBaseUrl: `https://api.hirempire.com/${'a'.repeat(2_023)}` } }, SENDERS.options),
      expect: 'invalid-message',
      check: noRequest,
    },
    {
      name: 'javascript: through the worker’s front door',
      run: message({ type: 'settings.save', settings: { ...DEFAULT_SETTINGS, apiBaseUrl: 'javascript:fetch("//evil.test")' } }, SENDERS.options),
      expect: 'rejected',
      check: noRequest,
    },
  ]);
});

describe('tokens', () => {
  const refusedUnasked = (name: string, input: string): Case => ({ name, run: pasteToken(input), expect: 'rejected', check: noRequest });

  table([
    refusedUnasked('CRLF header injection', 'sk-abc\r\nX-Forwarded-Host: evil.test'),
    refusedUnasked('a lone line feed', 'sk-abc\ndef'),
    refusedUnasked('non-Latin-1 characters', 'sk-clé-🔑-密钥'),
    refusedUnasked('Latin-1 that is not ASCII', 'sk-caf\u00e9'),
    refusedUnasked('a NUL byte', 'sk-abc\u0000def'),
    refusedUnasked('a zero-width space inside', 'sk-abc\u200bdef'),
    refusedUnasked('a right-to-left override inside', 'sk-abc\u202edef'),
    refusedUnasked('10 KB', `sk-${'a'.repeat(10 * 1024)}`),
    refusedUnasked('4,097 characters', 'a'.repeat(4_097)),
    refusedUnasked('"Bearer" and nothing else', 'Bearer '),
    refusedUnasked('only whitespace', ' \t\r\n'),
    {
      name: 'a token the API refuses (401) leaves the saved one in place',
      run: pasteToken('sk-someone-elses-token'),
      api: [json({ success: false, error: 'Invalid token' }, 401)],
      expect: 'rejected',
    },
    {
      name: 'a token check answered by a captive portal (HTML 200)',
      run: pasteToken('sk-new-token-0002'),
      api: [portal(200)],
      expect: 'rejected',
    },
    {
      name: '10 KB through the worker’s front door: refused by the service, before any request',
      run: message({ type: 'token.save', token: `sk-${'a'.repeat(10 * 1024)}`, origin: 'https://api.hirempire.com' }, SENDERS.options),
      expect: 'rejected',
      check: noRequest,
    },
    {
      name: '20,001 characters through the worker’s front door: refused by the router',
      run: message({ type: 'token.save', token: 'a'.repeat(20_001), origin: 'https://api.hirempire.com' }, SENDERS.options),
      expect: 'invalid-message',
      check: noRequest,
    },
  ]);
});

describe('bodies', () => {
  const DOCUMENTED = JSON.stringify(envelope(JOB, [row('good-1'), row('good-2', { source_name: 'Referral', visits: 36 })]), null, 2);
  const bad = (name: string, answer: Answer): Case => ({ name, run: lookup(), api: [answer], expect: 'bad-response', check: requests(1) });

  table([
    bad('an empty 200', new Response('', { status: 200 })),
    bad('a 200 with no body at all', new Response(null, { status: 200 })),
    bad('an HTML 200 from a captive portal', portal(200)),
    bad('truncated JSON', json(DOCUMENTED.slice(0, DOCUMENTED.length / 2))),
    bad('success:false with 200', json({ success: false, error: 'Job not found' })),
    bad('success as the string "true"', json({ ...envelope(JOB, [row('good-1')]), success: 'true' })),
    bad('JSON null', json('null')),
    bad('a JSON array', json([row('good-1')])),
    bad('sources as an object', json({ ...envelope(JOB, []), sources: { 0: row('good-1') } })),
    bad('another job’s answer', json(envelope(OTHER_JOB, [row('good-1')]))),
    bad('a negative total_sources', json(envelope(JOB, [row('good-1')], { total_sources: -1 }))),
    bad('JSON nested 100,000 levels deep', json('['.repeat(100_000) + ']'.repeat(100_000))),
    bad('a BOM in front of an HTML page', new Response(`\uFEFF${'<html><body>Sign in to Wi-Fi</body></html>'}`, { status: 200 })),
    {
      name: 'a UTF-8 BOM in front of good JSON',
      run: lookup(),
      api: [new Response(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(DOCUMENTED)]), { status: 200 })],
      expect: 'ok',
      check: (_run, outcome) => expect(sourcesOf(outcome).map((s) => s.visits)).toEqual([142, 36]),
    },
    {
      name: 'bytes that are not UTF-8 inside a name',
      run: lookup(),
      api: [
        new Response(
          new Uint8Array([
            ...new TextEncoder().encode(`{"success":true,"job_id":"${JOB}","sources":[{"id":"x","source_name":"Linked`),
            0xff,
            0xfe,
            ...new TextEncoder().encode(`In","source_url":"https://jobs.hirempire.com/a","visits":1,"created_at":"2026-06-18"}]}`),
          ]),
          { status: 200 },
        ),
      ],
      expect: 'ok',
      check: (_run, outcome) => expect(sourcesOf(outcome)[0].name).toBe('Linked\uFFFD\uFFFDIn'),
    },
  ]);
});

describe('fields', () => {
  /** One hostile row between two good ones: the good ones always survive. */
  const rowCase = (name: string, hostile: Record<string, unknown> | string, judge: (outcome: Outcome) => void): Case => ({
    name,
    run: lookup(),
    api: [
      typeof hostile === 'string'
        ? json(`{"success":true,"job_id":"${JOB}","sources":[${JSON.stringify(row('good-1'))},${hostile},${JSON.stringify(row('good-2'))}]}`)
        : json(envelope(JOB, [row('good-1'), row('hostile', hostile), row('good-2')])),
    ],
    expect: 'ok',
    check: (_run, outcome) => {
      expect(sourcesOf(outcome).filter((s) => s.id.startsWith('good-')).map((s) => s.id)).toEqual(['good-1', 'good-2']);
      judge(outcome);
    },
  });
  const skipped = (outcome: Outcome) => {
    expect(skippedOf(outcome)).toBe(1);
    expect(sourcesOf(outcome)).toHaveLength(2);
  };
  const hostileRow = (outcome: Outcome) => sourcesOf(outcome).find((s) => s.id === 'hostile')!;
  /** Kept, its name and URL as plain text, with no link to open or copy. */
  const textOnly = (url: string) => (outcome: Outcome) => {
    expect(hostileRow(outcome)).toMatchObject({ rawUrl: url, trackedLink: null });
  };
  const nameKeptAsText = (name: string) => (outcome: Outcome) => expect(hostileRow(outcome).name).toBe(name);

  table([
    rowCase('visits -1', { visits: -1 }, skipped),
    rowCase('visits 3.7', { visits: 3.7 }, skipped),
    rowCase('visits "12"', { visits: '12' }, skipped),
    rowCase('visits null', { visits: null }, skipped),
    rowCase('visits 1e309 (Infinity once parsed)', JSON.stringify(row('hostile')).replace('"visits":142', '"visits":1e309'), skipped),
    rowCase('visits beyond 2^53', { visits: 2 ** 53 + 2 }, skipped),
    rowCase('an empty id', { id: '' }, skipped),
    rowCase('a row that is a string', '"<script>alert(1)</script>"', skipped),
    rowCase('a row that is null', 'null', skipped),
    rowCase('a name with HTML', { source_name: '<img src=x onerror=alert(1)>LinkedIn' }, nameKeptAsText('<img src=x onerror=alert(1)>LinkedIn')),
    rowCase('a name with a right-to-left override (U+202E)', { source_name: 'LinkedIn \u202Efdp.exe' }, nameKeptAsText('LinkedIn \u202Efdp.exe')),
    rowCase('a name of 10,000 characters', { source_name: 'L'.repeat(10_000) }, nameKeptAsText('L'.repeat(10_000))),
    rowCase('a name of 10,001 characters', { source_name: 'L'.repeat(10_001) }, skipped),
    rowCase(
      'a row carrying a __proto__ key',
      JSON.stringify(row('hostile')).replace(/}$/, ',"__proto__":{"trackedLink":"javascript:alert(1)","polluted":true}}'),
      (outcome) => {
        expect(hostileRow(outcome).trackedLink).toBe('https://jobs.hirempire.com/acme/hostile');
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      },
    ),
    rowCase('source_url javascript:', { source_url: 'javascript:alert(document.cookie)' }, textOnly('javascript:alert(document.cookie)')),
    rowCase('source_url JAVASCRIPT: in capitals', { source_url: 'JAVASCRIPT:alert(1)' }, textOnly('JAVASCRIPT:alert(1)')),
    rowCase('source_url JaVaScRiPt: in mixed case', { source_url: 'JaVaScRiPt:alert(1)' }, textOnly('JaVaScRiPt:alert(1)')),
    rowCase('source_url java<TAB>script:', { source_url: 'java\tscript:alert(1)' }, textOnly('java\tscript:alert(1)')),
    rowCase('source_url java<LF>script:', { source_url: 'java\nscript:alert(1)' }, textOnly('java\nscript:alert(1)')),
    rowCase('source_url with leading whitespace then javascript:', { source_url: ' \n\tjavascript:alert(1)' }, textOnly(' \n\tjavascript:alert(1)')),
    rowCase('source_url data:', { source_url: 'data:text/html,<script>alert(1)</script>' }, textOnly('data:text/html,<script>alert(1)</script>')),
    rowCase('source_url vbscript:', { source_url: 'vbscript:msgbox(1)' }, textOnly('vbscript:msgbox(1)')),
    rowCase('source_url protocol-relative', { source_url: '//evil.test/acme/x' }, textOnly('//evil.test/acme/x')),
    rowCase('source_url with credentials', { source_url: 'https://recruiter:hunter2@jobs.hirempire.com/acme/x' }, textOnly('https://recruiter:hunter2@jobs.hirempire.com/acme/x')),
    rowCase('source_url with a user name only', { source_url: 'https://admin@jobs.hirempire.com/acme/x' }, textOnly('https://admin@jobs.hirempire.com/acme/x')),
    rowCase('source_url plain http', { source_url: 'http://jobs.hirempire.com/acme/x' }, textOnly('http://jobs.hirempire.com/acme/x')),
    rowCase('source_url blob:', { source_url: 'blob:https://jobs.hirempire.com/5e6f' }, textOnly('blob:https://jobs.hirempire.com/5e6f')),
    rowCase('source_url file:', { source_url: 'file:///etc/passwd' }, textOnly('file:///etc/passwd')),
    rowCase('source_url https with a right-to-left override in the path', { source_url: 'https://jobs.hirempire.com/acme/\u202Efdp.exe' }, (outcome) =>
      expect(hostileRow(outcome).trackedLink).toBe('https://jobs.hirempire.com/acme/%E2%80%AEfdp.exe'),
    ),
    rowCase('source_url https with a right-to-left override in the host', { source_url: 'https://jobs\u202E.hirempire.com/x' }, textOnly('https://jobs\u202E.hirempire.com/x')),
  ]);
});

describe('volume', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => row(`row-${i}`, { source_name: `Source ${i}`, visits: i }));

  table([
    {
      name: '0 sources',
      run: lookup(),
      api: [json(envelope(JOB, []))],
      expect: 'ok',
      check: (_run, outcome) => expect(sourcesOf(outcome)).toEqual([]),
    },
    {
      name: '10,000 sources',
      run: lookup(),
      api: [() => json(envelope(JOB, rows(10_000)))],
      expect: 'ok',
      check: (_run, outcome) => expect(sourcesOf(outcome)).toHaveLength(10_000),
    },
    {
      // About 20 MB of JSON: more sources than any job has (MAX_SOURCES_PER_JOB), refused unread.
      name: '100,000 sources',
      run: lookup(),
      api: [() => json(envelope(JOB, rows(100_000)))],
      expect: 'bad-response',
      check: requests(1),
    },
    {
      // The most a job may have, and more than storage.local keeps once cached: shown, not stored.
      name: `${MAX_SOURCES_PER_JOB} sources`,
      run: lookup(),
      api: [() => json(envelope(JOB, rows(MAX_SOURCES_PER_JOB)))],
      expect: 'ok',
      check: (_run, outcome) => {
        expect(sourcesOf(outcome)).toHaveLength(MAX_SOURCES_PER_JOB);
        expect(sourcesOf(outcome)[MAX_SOURCES_PER_JOB - 1]).toMatchObject({ id: `row-${MAX_SOURCES_PER_JOB - 1}` });
      },
    },
    {
      name: 'a 20 MB body (a good answer padded with an unknown field)',
      run: lookup(),
      api: [() => json(envelope(JOB, [row('good-1')], { padding: 'x'.repeat(20 * 1024 * 1024) }))],
      expect: 'ok',
      check: (_run, outcome) => expect(sourcesOf(outcome).map((s) => s.id)).toEqual(['good-1']),
    },
    {
      name: 'a 26 MB body with no Content-Length (over the cap)',
      run: lookup(),
      api: [() => json(envelope(JOB, [row('good-1')], { padding: 'x'.repeat(26 * 1024 * 1024) }))],
      expect: 'bad-response',
      check: requests(1),
    },
    {
      name: 'a Content-Length of 30 MB with a body that never ends',
      run: lookup(),
      api: [() => new Response(new ReadableStream<Uint8Array>({}), { status: 200, headers: { 'Content-Length': String(30 * 1024 * 1024) } })],
      expect: 'bad-response',
    },
  ]);

  it('storage full of other jobs’ answers: a new answer still arrives, and is cached', async () => {
    // Jobs of 5,000 sources (like the seeded campus programme) take about 1 MB each once cached:
    // fifteen of them are more than storage.local's 10 MB (which now holds only their previews), and no lookup may fail for it.
    await seedRecruiter();
    const run = newRun([(url) => json(envelope(url.searchParams.get('job_id')!, rows(5_000)))]);
    const jobs = Array.from({ length: 15 }, (_, i) => numberedJob(i));
    for (const jobId of jobs) {
      const answer = await refreshSources(jobId, overrides(run));
      expect(answer.ok, `lookup of ${jobId}`).toBe(true);
    }
    const last = jobs.at(-1)!;
    const { local } = await snapshot();
    for (const jobId of jobs) expect((local[localCacheKey(jobId)] as CachedSources | undefined)?.data.sources, jobId).toHaveLength(5_000);
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  }, CASE_TIMEOUT_MS);
});

describe('statuses', () => {
  const once = (name: string, answer: Answer, kind: string, check?: Case['check']): Case => ({
    name,
    run: lookup(),
    api: [answer],
    expect: kind,
    check: async (run, outcome) => {
      requests(1)(run);
      await check?.(run, outcome);
    },
  });
  /** 429 with this Retry-After, then a good answer. */
  const retryAfter = (name: string, header: string | null, sleptMs: number): Case => ({
    name,
    run: lookup(),
    api: [json({ success: false, error: 'Too many requests' }, 429, header == null ? {} : { 'Retry-After': header }), goodAnswer],
    expect: 'ok',
    check: (run) => {
      requests(2)(run);
      expect(run.sleeps).toEqual([sleptMs]);
    },
  });
  const noDetail = (_run: Run, outcome: Outcome) => expect(errorOf(outcome)).not.toHaveProperty('detail');

  table([
    once('400 with the contract’s JSON', json({ success: false, error: "Query parameter 'job_id' is required." }, 400), 'bad-request', (_run, outcome) =>
      expect(errorOf(outcome)?.detail).toBe("Query parameter 'job_id' is required."),
    ),
    once('400 as an HTML page', portal(400), 'bad-request', noDetail),
    once('400 whose error is 10,000 characters', json({ success: false, error: 'e'.repeat(10_000) }, 400), 'bad-request', noDetail),
    once('401 with the contract’s JSON (token kept, marked invalid)', json({ success: false, error: 'Invalid token' }, 401), 'invalid-token'),
    once('401 as an HTML page', portal(401), 'invalid-token'),
    once('404 with the contract’s JSON', json({ success: false, error: 'Job not found' }, 404), 'job-not-found'),
    once('404 as an HTML page', portal(404), 'job-not-found'),
    once('204 No Content', new Response(null, { status: 204 }), 'bad-response'),
    once('418', json({ success: false, error: 'teapot' }, 418), 'bad-response'),
    retryAfter('429 with Retry-After in seconds', '3', 3_000),
    retryAfter('429 with Retry-After as an HTTP date', new Date(NOW + 7_000).toUTCString(), 7_000),
    retryAfter('429 with Retry-After: 0', '0', 0),
    retryAfter('429 with Retry-After: -1', '-1', 0),
    retryAfter('429 with a garbage Retry-After', '<script>soon</script>', 250),
    retryAfter('429 with no Retry-After', null, 250),
    {
      name: '429 with Retry-After of a day: not waited for, says when',
      run: lookup(),
      api: [json({ success: false, error: 'Too many requests' }, 429, { 'Retry-After': '86400' })],
      expect: 'rate-limited',
      check: (run, outcome) => {
        requests(1)(run);
        expect(run.sleeps).toEqual([]);
        expect(errorOf(outcome)?.retryAt).toBe(NOW + 86_400_000);
      },
    },
    {
      name: '429 with a Retry-After no clock can show',
      run: lookup(),
      api: [json({}, 429, { 'Retry-After': '99999999999999999999' })],
      expect: 'rate-limited',
      check: (_run, outcome) => expect(errorOf(outcome)).not.toHaveProperty('retryAt'),
    },
    {
      name: '429 every time',
      run: lookup(),
      api: [json({}, 429, { 'Retry-After': '1' })],
      expect: 'rate-limited',
      check: requests(3),
    },
    { name: '500 as an HTML page', run: lookup(), api: [html(500, { body: '<h1>Internal Server Error</h1>' })], expect: 'server', check: requests(3) },
    { name: '503', run: lookup(), api: [new Response('Service Unavailable', { status: 503 })], expect: 'server', check: requests(3) },
    { name: '503 once, then a good answer', run: lookup(), api: [new Response('', { status: 503 }), goodAnswer], expect: 'ok', check: requests(2) },
  ]);
});

describe('network', () => {
  table([
    { name: 'offline: fetch rejects', run: lookup(), api: [offline()], expect: 'offline', check: requests(3) },
    { name: 'fetch rejects with a string, not an Error', run: lookup(), api: ['net::ERR_FAILED'], expect: 'offline', check: requests(3) },
    { name: 'offline once, then back', run: lookup(), api: [offline(), goodAnswer], expect: 'ok', check: requests(2) },
    { name: 'connection reset mid-body', run: lookup(), api: [resetMidBody], expect: 'offline', check: requests(3) },
    {
      name: 'a body that never ends',
      run: lookup(JOB, { timeoutMs: 50 }),
      api: [() => endlessBody()],
      expect: 'timeout',
      // A timeout already cost the whole budget: not retried.
      check: requests(1),
    },
    { name: 'an answer that never comes', run: lookup(JOB, { timeoutMs: 50 }), api: [noAnswer], expect: 'timeout', check: requests(1) },
  ]);
});

describe('messages', () => {
  const forbidden = (name: string, body: unknown, sender: MessageSenderLike): Case => ({ name, run: message(body, sender), expect: 'forbidden', check: noRequest });
  const invalid = (name: string, body: unknown): Case => ({ name, run: message(body), expect: 'invalid-message', check: noRequest });
  const subframe = { ...SENDERS.linkedin, frameId: 3, url: 'https://www.linkedin.com/ads/frame' };

  table([
    forbidden('token.save from a LinkedIn content script', { type: 'token.save', token: 'sk-attacker', origin: 'https://api.hirempire.com' }, SENDERS.linkedin),
    forbidden('token.remove from an Indeed content script', { type: 'token.remove' }, SENDERS.indeed),
    forbidden('settings.save to another API from a content script', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, apiBaseUrl: 'https://evil.test' } }, SENDERS.linkedin),
    forbidden('setup.get from a content script', { type: 'setup.get' }, SENDERS.linkedin),
    forbidden('sources.fetch from a content script', { type: 'sources.fetch', jobId: JOB }, SENDERS.indeed),
    forbidden('board.link from a subframe of LinkedIn', { type: 'board.link' }, subframe),
    forbidden('token.save from a subframe of LinkedIn', { type: 'token.save', token: 'sk-attacker', origin: 'https://api.hirempire.com' }, subframe),
    forbidden('board.link from another extension', { type: 'board.link' }, { ...SENDERS.linkedin, id: FOREIGN_EXT_ID }),
    forbidden('settings.save from a web page that is not a board', { type: 'settings.save', settings: DEFAULT_SETTINGS }, contentScript({ url: 'https://evil.test/', tabId: 9 })),
    invalid('an unknown type', { type: 'token.read' }),
    invalid('a known type with a trailing space', { type: 'setup.get ' }),
    invalid('an extra field on setup.get', { type: 'setup.get', token: TOKEN }),
    invalid('an extra field on sources.fetch', { type: 'sources.fetch', jobId: JOB, url: 'https://evil.test/' }),
    invalid('a __proto__ field (as JSON.parse makes it)', JSON.parse(`{"type":"sources.fetch","jobId":"${JOB}","__proto__":{"polluted":true}}`)),
    invalid('a 1 MB string', 'x'.repeat(1024 * 1024)),
    invalid('null', null),
    {
      name: 'board.link from the LinkedIn top frame answers without the token',
      run: message({ type: 'board.link' }, SENDERS.linkedin),
      expect: 'ok',
      check: (_run, outcome) => expect(JSON.stringify(outcome)).not.toContain(TOKEN),
    },
    {
      name: 'a flood of 1,000 mixed messages, then a normal lookup',
      run: async (run) => {
        const flood: Array<[unknown, MessageSenderLike]> = Array.from({ length: 1_000 }, (_, i) => {
          const kinds: Array<[unknown, MessageSenderLike]> = [
            [{ type: 'setup.get' }, SENDERS.popup],
            [{ type: 'sources.cached', jobId: OTHER_JOB }, SENDERS.popup],
            [{ type: 'jobs.recent' }, SENDERS.popup],
            [{ type: 'token.save', token: `sk-${i}`, origin: DEFAULT_API_BASE_URL }, SENDERS.linkedin],
            [{ type: `garbage-${i}` }, SENDERS.popup],
          ];
          return kinds[i % kinds.length];
        });
        const replies = await Promise.all(flood.map(([body, sender]) => deliver(run, body, sender)));
        const kinds = new Set(replies.map((reply) => (reply.ok ? 'ok' : reply.error.kind)));
        expect([...kinds].sort()).toEqual(['forbidden', 'invalid-message', 'ok']);
        expect(run.fetch).not.toHaveBeenCalled();
        return deliver(run, { type: 'sources.fetch', jobId: JOB }, SENDERS.popup);
      },
      expect: 'ok',
      check: requests(1),
    },
    {
      name: 'a flood of 1,000 lookups of the same job from the popup',
      run: async (run) => {
        const replies = await Promise.all(Array.from({ length: 1_000 }, () => deliver(run, { type: 'sources.fetch', jobId: JOB }, SENDERS.popup)));
        expect(replies.every((reply) => reply.ok)).toBe(true);
        return replies[0];
      },
      expect: 'ok',
      // Asked at once, answered by one request: identical lookups in flight share it.
      check: requests(1),
    },
  ]);
});

describe('messages: the worker stops while answering (send, on the page side)', () => {
  const CHANNEL_CLOSED = 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';
  /** Firefox's words when its event page is stopped mid-reply, and when there is no receiver at all. */
  const NO_RECEIVER = 'Could not establish connection. Receiving end does not exist.';
  const answer = { ok: true, value: { settings: DEFAULT_SETTINGS, token: { state: 'connected' } } };
  type Step = Error | undefined | typeof answer;

  it.each<[string, Step[], 'ok' | string, number]>([
    ['the reply channel closes once: asked again, answered', [new Error(CHANNEL_CLOSED), answer], 'ok', 2],
    ['the reply port closes once (the polyfill says undefined): asked again, answered', [undefined, answer], 'ok', 2],
    ['the reply channel closes twice: a typed error, no third try', [new Error(CHANNEL_CLOSED), new Error(CHANNEL_CLOSED), answer], 'internal', 2],
    ['no answer twice: a typed error', [undefined, undefined, answer], 'internal', 2],
    ['Firefox stops its event page while answering: asked again, answered', [new Error(NO_RECEIVER), answer], 'ok', 2],
    ['no worker at all: asked once more, then a typed error', [new Error(NO_RECEIVER), new Error(NO_RECEIVER), answer], 'internal', 2],
  ])('%s', async (_name, steps, expected, sends) => {
    const { send } = await import('@/utils/messaging/protocol');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    for (const step of steps) {
      if (step instanceof Error) sendMessage.mockRejectedValueOnce(step);
      else sendMessage.mockResolvedValueOnce(step);
    }
    const reply = await send({ type: 'setup.get' });
    if (expected === 'ok') expect(reply).toEqual(answer);
    else expect(reply).toEqual({ ok: false, error: { kind: expected, message: expect.stringMatching(/^\S.{10,}$/), action: null } });
    expect(sendMessage).toHaveBeenCalledTimes(sends);
  });

  it('after an update the old page’s runtime is gone: extension-updated, not retried', async () => {
    const { send } = await import('@/utils/messaging/protocol');
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('Extension context invalidated.'));
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(await send({ type: 'board.link' })).toMatchObject({ ok: false, error: { kind: 'extension-updated' } });
    expect(sendMessage).toHaveBeenCalledTimes(1);
  });
});
