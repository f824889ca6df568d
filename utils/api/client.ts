import { apiError, type ApiError, type Result } from './errors';
import { parseRetryAfter } from './retry-after';
import { MAX_SOURCES_PER_JOB, MAX_UNREADABLE_ROWS } from '../limits';
import {
  apiErrorBodySchema,
  apiSourceSchema,
  jobSourcesEnvelopeSchema,
  toJobSource,
  type JobSources,
} from './schema';

export interface ClientOptions {
  /** Origin of the Hirempire API, e.g. https://api.hirempire.com */
  baseUrl: string;
  token: string;
  /** Whole-request budget per attempt, body included. */
  timeoutMs?: number;
  /** Extra attempts after the first, for network errors, 429 and 5xx only. */
  retries?: number;
  /** Backoff before attempt n is min(maxDelayMs, baseDelayMs * 2^n) with full jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this is not waited for: the caller gets `rate-limited` with `retryAt`. */
  maxRetryAfterMs?: number;
  /** Bodies larger than this are refused rather than parsed (a hostile or broken server). */
  maxBodyBytes?: number;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const DEFAULTS = {
  timeoutMs: 10_000,
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 30_000,
  maxBodyBytes: 25 * 1024 * 1024,
};

const JOB_SOURCES_PATH = '/v1/job-sources';

/** The one URL the extension ever requests: fixed path, job id as a query parameter, nothing else. */
export function jobSourcesUrl(baseUrl: string, jobId: string): string {
  const url = new URL(JOB_SOURCES_PATH, baseUrl);
  url.search = new URLSearchParams({ job_id: jobId }).toString();
  return url.href;
}

type Attempt = { done: Result<JobSources> } | { retry: ApiError; delayMs: number | null };

/** GET /v1/job-sources for one job, with timeout, bounded retries and typed errors. */
export async function fetchJobSources(jobId: string, options: ClientOptions): Promise<Result<JobSources>> {
  const opts = { ...DEFAULTS, ...options };
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  if (!opts.token) return { ok: false, error: apiError('no-token') };

  for (let attempt = 0; ; attempt++) {
    const outcome = await attemptOnce(jobId, opts, now);
    if ('done' in outcome) return outcome.done;
    const asked = outcome.delayMs;
    // Hirempire asked us to wait longer than a recruiter would, or we are out of attempts:
    // say so (with when to try again, if it said) instead of hanging.
    if (attempt >= opts.retries || (asked != null && asked > opts.maxRetryAfterMs)) {
      const retryAt = asked == null ? NaN : now() + asked;
      // A date no clock can show ("Retry-After: 99999999999999999999") is left out rather than passed on.
      return { ok: false, error: Number.isNaN(new Date(retryAt).getTime()) ? outcome.retry : { ...outcome.retry, retryAt } };
    }
    await sleep(asked ?? random() * Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt));
  }
}

async function attemptOnce(
  jobId: string,
  opts: typeof DEFAULTS & ClientOptions,
  now: () => number,
): Promise<Attempt> {
  const controller = new AbortController();
  const deadline = now() + opts.timeoutMs;
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const doFetch = opts.fetch ?? fetch;
  try {
    let response: Response;
    try {
      response = await doFetch(jobSourcesUrl(opts.baseUrl, jobId), {
        method: 'GET',
        headers: { Authorization: `Bearer ${opts.token}`, Accept: 'application/json' },
        // A redirect could carry the Authorization header elsewhere: never follow it. 'manual'
        // (not 'error', which looks like a network failure) lets us say what happened.
        redirect: 'manual',
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
        signal: controller.signal,
      });
    } catch {
      if (controller.signal.aborted) return { done: { ok: false, error: apiError('timeout') } };
      return { retry: apiError('offline'), delayMs: null };
    }

    const status = response.status;
    // Browsers hide a manual redirect as an opaque response; other fetches show the 3xx itself.
    if (response.type === 'opaqueredirect' || (status >= 300 && status < 400)) {
      await response.body?.cancel().catch(() => undefined);
      return { done: { ok: false, error: apiError('redirect', status ? { status } : {}) } };
    }
    if (status === 429 || status >= 500) {
      // Drain the body so the connection can be reused; its content is irrelevant.
      await response.body?.cancel().catch(() => undefined);
      const kind = status === 429 ? 'rate-limited' : 'server';
      return { retry: apiError(kind, { status }), delayMs: parseRetryAfter(response.headers.get('Retry-After'), now()) };
    }

    let text: string;
    try {
      text = await readText(response, opts.maxBodyBytes, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return { done: { ok: false, error: apiError('timeout') } };
      if (error instanceof BodyTooLarge) return { done: { ok: false, error: apiError('bad-response', { status }) } };
      return { retry: apiError('offline'), delayMs: null };
    }
    // Reading the rows counts against the same budget as the download.
    return { done: interpret(status, text, jobId, () => now() > deadline) };
  } finally {
    clearTimeout(timer);
  }
}

class BodyTooLarge extends Error {}

async function readText(response: Response, maxBytes: number, signal: AbortSignal): Promise<string> {
  const declared = Number(response.headers.get('Content-Length'));
  if (declared > maxBytes) throw new BodyTooLarge();
  if (!response.body) return '';
  const reader = response.body.getReader();
  // The timeout must cover a body that never ends even when the fetch in use does not tie
  // its body stream to the signal: cancelling ends the pending read, and we report the abort.
  const stop = () => void reader.cancel().catch(() => undefined);
  signal.addEventListener('abort', stop, { once: true });
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  try {
    for (;;) {
      if (signal.aborted) throw new Error('aborted');
      const { done, value } = await reader.read();
      if (signal.aborted) throw new Error('aborted');
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new BodyTooLarge();
      }
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    signal.removeEventListener('abort', stop);
  }
  return text + decoder.decode();
}

function parseJson(text: string): unknown {
  try {
    // TextDecoder already drops a UTF-8 BOM; a stray U+FEFF from elsewhere would still break JSON.parse.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

function interpret(status: number, text: string, jobId: string, pastDeadline: () => boolean): Result<JobSources> {
  const body = parseJson(text);
  const serverSays = apiErrorBodySchema.safeParse(body);
  const detail = serverSays.success ? { detail: serverSays.data.error } : {};
  switch (status) {
    case 400:
      return { ok: false, error: { ...apiError('bad-request', { status }), ...detail } };
    case 401:
    case 403:
      return { ok: false, error: apiError('invalid-token', { status }) };
    case 404:
      return { ok: false, error: apiError('job-not-found', { status }) };
  }
  if (status < 200 || status >= 300) return { ok: false, error: apiError('bad-response', { status }) };

  const envelope = jobSourcesEnvelopeSchema.safeParse(body);
  if (!envelope.success || envelope.data.job_id.toLowerCase() !== jobId.toLowerCase()) {
    return { ok: false, error: apiError('bad-response', { status }) };
  }
  return readRows(envelope.data, status, jobId, pastDeadline);
}

/**
 * Reads the rows one by one, so one bad row cannot hide the others, within limits that keep
 * junk cheap: more rows than the job can have (the hard limit, or more than the answer's own
 * `total_sources`) is refused before any row is read; reading stops at the first unreadable
 * row past the tolerated few, and when the time budget runs out.
 */
function readRows(
  envelope: { sources: unknown[]; total_sources?: number },
  status: number,
  jobId: string,
  pastDeadline: () => boolean,
): Result<JobSources> {
  const rows = envelope.sources;
  if (rows.length > MAX_SOURCES_PER_JOB || (envelope.total_sources != null && rows.length > envelope.total_sources)) {
    return { ok: false, error: apiError('bad-response', { status }) };
  }
  const sources = [];
  let skipped = 0;
  for (let i = 0; i < rows.length; i++) {
    if (i % 256 === 255 && pastDeadline()) return { ok: false, error: apiError('timeout') };
    const parsed = apiSourceSchema.safeParse(rows[i]);
    if (parsed.success) sources.push(toJobSource(parsed.data));
    else if (++skipped > MAX_UNREADABLE_ROWS) return { ok: false, error: apiError('bad-response', { status }) };
  }
  return { ok: true, value: { jobId: jobId.toLowerCase(), sources, skipped } };
}
