/**
 * `npm run mock-api`: the local Hirempire contract as a real HTTP server.
 *   PORT=8787 (default)   HIREMPIRE_TOKEN=... (default: the demo token)   SEED=demo|empty
 * Faults can be switched at runtime:  curl -X POST 'localhost:8787/__fault?kind=latency&ms=2000'
 */
import { createServer } from 'node:http';
import { HirempireContract, type Fault } from './contract';
import { DEMO_TOKEN, EXAMPLE_JOB_ID, BOARDS_JOB_ID, seedJobs } from './seed';

export function startMockApi(port: number, contract = new HirempireContract()) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', `http://localhost:${port}`);
    if (url.pathname === '/__fault' && req.method === 'POST') {
      const kind = (url.searchParams.get('kind') ?? 'none') as Fault['kind'];
      const fault = { kind, ms: Number(url.searchParams.get('ms') ?? 0), retryAfter: url.searchParams.get('retryAfter') ?? undefined } as Fault;
      contract.setFault(fault);
      res.writeHead(204).end();
      return;
    }
    const answer = await contract.handle({
      method: req.method ?? 'GET',
      url: url.href,
      headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v])),
    });
    if (answer === 'network-error') {
      req.socket.destroy();
      return;
    }
    res.writeHead(answer.status, answer.headers).end(answer.body);
  });
  return new Promise<typeof server>((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!);
if (isMain) {
  const port = Number(process.env.PORT ?? 8787);
  const token = process.env.HIREMPIRE_TOKEN ?? DEMO_TOKEN;
  const jobs = process.env.SEED === 'empty' ? [] : seedJobs();
  await startMockApi(port, new HirempireContract({ tokens: [token], jobs }));
  console.log(`Hirempire contract server on http://localhost:${port}`);
  console.log(`  token: ${token}`);
  console.log(`  try:   curl -H 'Authorization: Bearer ${token}' 'http://localhost:${port}/v1/job-sources?job_id=${EXAMPLE_JOB_ID}'`);
  console.log(`  jobs:  ${EXAMPLE_JOB_ID} (documented example), ${BOARDS_JOB_ID} (LinkedIn + Indeed), and more in tests/api/seed.ts`);
}
