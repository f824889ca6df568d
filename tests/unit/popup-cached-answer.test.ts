import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { answersDb } from '@/utils/answers-db';
import { createRouter } from '@/utils/background/router';
import { MESSAGES } from '@/utils/background/messages';
import { readCachedAnswer, refreshAnswer } from '@/utils/popup/cached-answer';
import { cacheKey, DEFAULT_API_BASE_URL, readCachedSources, tokenStatusItem } from '@/utils/storage';
import { writeToken } from '@/utils/vault';
import { apiStub, askedJobId, failure } from './api-stub';
import { DOC_JOB as JOB } from './helpers';
import { IDENTITY, popup } from './senders';

/**
 * The popup's refresh (utils/popup/cached-answer.ts): the worker files the answer and says so
 * without its rows; the popup reads the rows from the answers' database. What crossed the
 * message channel is recorded, to show the rows did not.
 */
const route = createRouter(MESSAGES, IDENTITY);
let crossed: Array<{ request: unknown; reply: unknown }>;

beforeEach(async () => {
  await writeToken('sk-recruiter-a-0001', DEFAULT_API_BASE_URL);
  await tokenStatusItem.setValue({ state: 'connected' });
  crossed = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (request: unknown) => {
    const reply = await route(request, popup());
    crossed.push({ request, reply: structuredClone(reply) });
    return reply;
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('the popup’s refresh', () => {
  it('gets the rows from the database, not through messaging', async () => {
    const fetch = apiStub();
    vi.stubGlobal('fetch', fetch);
    const reply = await refreshAnswer(JOB);
    expect(reply).toMatchObject({ ok: true, value: { ok: true, stored: true } });
    const entry = reply.ok && reply.value.ok ? reply.value.cached : null;
    expect(entry?.data.sources.map((s) => [s.name, s.visits])).toEqual([['LinkedIn', 142], ['Referral', 36]]);
    expect(entry).toEqual(await readCachedSources(DEFAULT_API_BASE_URL, JOB));
    expect(crossed).toEqual([{ request: { type: 'sources.fetch', jobId: JOB, withRows: false }, reply: { ok: true, value: { ok: true, stored: true, fetchedAt: entry!.fetchedAt } } }]);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('gets them in the reply when the cache could not keep them', async () => {
    vi.stubGlobal('fetch', apiStub());
    vi.spyOn(answersDb, 'set').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const reply = await refreshAnswer(JOB);
    expect(reply).toMatchObject({ ok: true, value: { ok: true, stored: false, cached: { data: { jobId: JOB } } } });
    expect(crossed).toHaveLength(1);
    expect(await readCachedAnswer(JOB)).toBeNull();
  });

  it('asks again, rows included, when the cache holds another answer by the time it reads', async () => {
    const fetch = apiStub((jobId) => {
      const visits = fetch.mock.calls.length === 1 ? 142 : 150;
      return new Response(JSON.stringify({ success: true, job_id: jobId, sources: [{ id: 's', source_name: 'LinkedIn', source_url: 'https://jobs.hirempire.com/acme/s', visits, created_at: '2026-06-18T10:00:00.000Z' }] }));
    });
    vi.stubGlobal('fetch', fetch);
    // The database's answer is replaced right after the worker's reply (another lookup, another popup).
    const original = fakeBrowser.runtime.sendMessage;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementationOnce(async (request: unknown) => {
      const reply = await (original as (r: unknown) => Promise<unknown>)(request);
      await answersDb.delete(cacheKey(DEFAULT_API_BASE_URL, JOB));
      return reply;
    });
    const reply = await refreshAnswer(JOB);
    expect(crossed.map(({ request }) => request)).toEqual([
      { type: 'sources.fetch', jobId: JOB, withRows: false },
      { type: 'sources.fetch', jobId: JOB },
    ]);
    expect(reply).toMatchObject({ ok: true, value: { ok: true, cached: { data: { sources: [{ visits: 150 }] } } } });
    expect(fetch.mock.calls.map(([input]) => askedJobId(input))).toEqual([JOB, JOB]);
  });

  it('passes a failure on as it is, with the cache the worker still has', async () => {
    vi.stubGlobal('fetch', apiStub(() => failure(404)));
    const reply = await refreshAnswer(JOB);
    expect(reply).toMatchObject({ ok: true, value: { ok: false, error: { kind: 'job-not-found' }, cached: null } });
    expect(crossed).toHaveLength(1);
  });
});
