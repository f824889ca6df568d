import { DEMO_TOKEN, seedJobs, type SeedJob } from './seed';

/**
 * A local implementation of the Hirempire contract (GET /v1/job-sources), written
 * from the documentation, with switchable faults. One handler, used by the HTTP
 * server (`npm run mock-api`) and by Playwright's `context.route()` in e2e tests.
 */
export type Fault =
  | { kind: 'none' }
  | { kind: 'latency'; ms: number }
  | { kind: 'server-html' }
  | { kind: 'unavailable' }
  | { kind: 'rate-limit'; retryAfter?: string }
  | { kind: 'malformed-json' }
  /** The connection fails: no HTTP answer at all (offline, DNS failure, reset). */
  | { kind: 'network-error' }
  | { kind: 'custom'; status: number; body: string; contentType?: string; headers?: Record<string, string> };

export interface ContractRequest {
  method: string;
  url: string;
  headers: Record<string, string | undefined>;
}

export interface ContractResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ContractOptions {
  tokens?: string[];
  jobs?: SeedJob[];
}

export class HirempireContract {
  tokens: Set<string>;
  jobs: Map<string, SeedJob>;
  /** Applied to the next `times` requests (Infinity: until changed). */
  private fault: { fault: Fault; times: number } = { fault: { kind: 'none' }, times: 0 };
  /** Every request received, and when (ms since the epoch), for assertions on what was sent. */
  readonly requests: Array<ContractRequest & { at: number }> = [];

  constructor(options: ContractOptions = {}) {
    this.tokens = new Set(options.tokens ?? [DEMO_TOKEN]);
    this.jobs = new Map((options.jobs ?? seedJobs()).map((job) => [job.job_id, job]));
  }

  setFault(fault: Fault, times = Infinity) {
    this.fault = { fault, times };
  }

  clearFault() {
    this.fault = { fault: { kind: 'none' }, times: 0 };
  }

  /** Changes a source's visit count, as real visits would. */
  addVisits(jobId: string, sourceName: string, visits: number) {
    const source = this.jobs.get(jobId)?.sources.find((s) => s.source_name === sourceName);
    if (!source) throw new Error(`No source ${sourceName} on ${jobId}`);
    source.visits += visits;
  }

  private takeFault(): Fault {
    if (this.fault.times <= 0) return { kind: 'none' };
    this.fault.times -= 1;
    return this.fault.fault;
  }

  async handle(request: ContractRequest): Promise<ContractResponse | 'network-error'> {
    this.requests.push({ ...request, at: Date.now() });
    const fault = this.takeFault();
    if (fault.kind === 'latency') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault.kind === 'network-error') return 'network-error';
    const faulty = faultResponse(fault);
    if (faulty) return faulty;

    const url = new URL(request.url);
    if (request.method === 'OPTIONS') return { status: 204, headers: cors(), body: '' };
    if (url.pathname !== '/v1/job-sources') return json(404, { success: false, error: 'Not found' });
    if (request.method !== 'GET') return json(405, { success: false, error: 'Method not allowed' });

    const auth = header(request.headers, 'authorization') ?? '';
    const token = /^Bearer (.+)$/.exec(auth)?.[1];
    if (!token || !this.tokens.has(token)) return json(401, { success: false, error: 'Invalid token' });

    const jobId = url.searchParams.get('job_id');
    if (!jobId) return json(400, { success: false, error: "Query parameter 'job_id' is required." });
    const job = this.jobs.get(jobId.toLowerCase());
    if (!job) return json(404, { success: false, error: 'Job not found' });
    return json(200, { success: true, job_id: job.job_id, total_sources: job.sources.length, sources: job.sources });
  }
}

function header(headers: ContractRequest['headers'], name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : undefined;
}

function cors(): Record<string, string> {
  return {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Headers': 'Authorization, Accept',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
  };
}

function json(status: number, body: unknown): ContractResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...cors() }, body: JSON.stringify(body) };
}

function faultResponse(fault: Fault): ContractResponse | null {
  switch (fault.kind) {
    case 'none':
    case 'network-error':
    case 'latency':
      return null;
    case 'server-html':
      return { status: 500, headers: { 'Content-Type': 'text/html', ...cors() }, body: '<html><body><h1>500 Internal Server Error</h1></body></html>' };
    case 'unavailable':
      return { status: 503, headers: { 'Content-Type': 'text/html', ...cors() }, body: '<h1>Service Unavailable</h1>' };
    case 'rate-limit':
      return {
        status: 429,
        headers: { 'Content-Type': 'application/json', ...(fault.retryAfter != null ? { 'Retry-After': fault.retryAfter } : {}), ...cors() },
        body: JSON.stringify({ success: false, error: 'Too many requests' }),
      };
    case 'malformed-json':
      return { status: 200, headers: { 'Content-Type': 'application/json', ...cors() }, body: '{"success": true, "job_id": "8fc4' };
    case 'custom':
      return {
        status: fault.status,
        headers: { 'Content-Type': fault.contentType ?? 'application/json', ...(fault.headers ?? {}), ...cors() },
        body: fault.body,
      };
  }
}
