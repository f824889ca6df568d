import { vi } from 'vitest';

/**
 * Shared by the unit tests: the Hirempire API, stubbed. Its answers (JSON, an HTML error page,
 * the contract's rows and envelope) and a `fetch` that gives them and records every call.
 */

/** The clock the worker's services are given (`now`), unless a test needs another. */
export const NOW = Date.UTC(2026, 5, 18, 10, 0, 0);

/** A JSON answer; a string body is sent as it is (e.g. malformed JSON). */
export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A server's own error page, not the API's JSON. */
export const HTML_PAGE = '<!doctype html><html><head><title>Oops</title></head><body><h1>Something broke</h1></body></html>';

/** The API's own refusal: `{ success: false, error }` with this status. */
export const failure = (status: number, error = 'Job not found') => json({ success: false, error }, status);

/** An HTML answer (by default {@link HTML_PAGE}). */
export const html = (status: number, { body = HTML_PAGE, headers = {} }: { body?: string; headers?: Record<string, string> } = {}) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html', ...headers } });

/** One source as the API lists it (`GET /v1/job-sources`); `overrides` may set any field, or a wrong one. */
export const apiRow = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  source_name: 'LinkedIn',
  source_url: `https://jobs.hirempire.com/acme/${id}`,
  code: 'a3f9',
  visits: 142,
  created_at: '2026-06-18T10:00:00.000Z',
  ...overrides,
});

/** The API's answer for a job: its sources, and whatever else `extra` adds or overrides. */
export const envelope = (jobId: string, sources: unknown[], extra: Record<string, unknown> = {}) => ({
  success: true,
  job_id: jobId,
  total_sources: sources.length,
  sources,
  ...extra,
});

/** A job's sources as most tests need them: LinkedIn (142 visits unless told) and a referral (36). */
export const twoSources = (linkedinVisits = 142) => [
  apiRow('src-linkedin', { visits: linkedinVisits }),
  apiRow('src-referral', { source_name: 'Referral', code: 'b7c1', visits: 36, created_at: '2026-06-19T08:14:00.000Z' }),
];

/** The API's good answer for a job: {@link twoSources}. */
export const sourcesAnswer = (jobId: string, linkedinVisits?: number) => json(envelope(jobId, twoSources(linkedinVisits)));

/** A fetch that rejects as a browser's does when offline. */
export const offline = () => new TypeError('Failed to fetch');

/** Response headers that never come: like a real fetch, it rejects when its signal aborts. */
export const noAnswer = (_url: URL, init: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init.signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
  });

const bytes = (text: string) => new TextEncoder().encode(text);

/** A 200 whose body breaks off after its first bytes: the connection was reset. */
export const resetMidBody = () =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"success":true,"job_id":"8fc4'));
        controller.error(new TypeError('network error: connection reset'));
      },
    }),
    { status: 200 },
  );

/**
 * A 200 whose body starts and never ends. Given the request's `init`, the body errors when the
 * request is aborted, as a browser's fetch does; without, it is a plain stream that ignores it.
 */
export const endlessBody = (init?: RequestInit) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(bytes('{"success":true,"job_id":"'));
        init?.signal?.addEventListener('abort', () => controller.error(new DOMException('aborted', 'AbortError')));
      },
    }),
    { status: 200 },
  );

/**
 * What the stub does for one call: answer (a copy of) a response, reject with an Error or with
 * a string (a fetch that rejects with something that is not even an Error), or build the answer
 * from the request.
 */
export type Answer = Response | Error | string | ((url: URL, init: RequestInit) => Response | Promise<Response>);

/** A fetch that gives the listed answers in order (the last one repeats); every call is recorded. */
export function stubFetch(...answers: Answer[]) {
  let call = 0;
  return vi.fn(async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const answer = answers[Math.min(call++, answers.length - 1)];
    if (answer instanceof Error || typeof answer === 'string') throw answer;
    if (typeof answer === 'function') return answer(new URL(String(input)), init);
    return answer.clone();
  });
}

export type StubFetch = ReturnType<typeof stubFetch>;

/** The job id a request asks for (`?job_id=`). */
export const askedJobId = (input: string | URL | Request) => new URL(String(input)).searchParams.get('job_id') ?? '';

/** A fetch that answers every call from the job id it asks for (by default, a good answer: {@link sourcesAnswer}). */
export const apiStub = (answer: (jobId: string, url: URL, init: RequestInit) => Response | Promise<Response> = (jobId) => sourcesAnswer(jobId)) =>
  stubFetch((url, init) => answer(askedJobId(url), url, init));

/** An API that holds every answer back until `release()`: for what happens while a request is under way. */
export function heldApi(answer: (jobId: string) => Response | Promise<Response> = (jobId) => sourcesAnswer(jobId)) {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const fetch = apiStub(async (jobId) => {
    await held;
    return answer(jobId);
  });
  return { fetch, release };
}

/** The URLs the stub was asked for, in order. */
export const requestedUrls = (fetch: StubFetch) => fetch.mock.calls.map(([input]) => new URL(String(input)));

/** The Authorization header sent with the `call`-th request. */
export const sentAuthorization = (fetch: StubFetch, call = 0) => new Headers(fetch.mock.calls[call][1]?.headers).get('Authorization');

/** What the worker's services are given instead of the network, timers, chance and the clock. */
export const clientOverrides = (fetch: StubFetch, now = () => NOW) => ({
  fetch: fetch as unknown as typeof globalThis.fetch,
  sleep: async () => undefined,
  random: () => 0,
  now,
});
