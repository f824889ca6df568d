import { launchBench, API_ORIGIN } from './browser';
import { DEMO_TOKEN, EXAMPLE_JOB_ID, LARGE_JOB_ID } from '../tests/api/seed';
const bench = await launchBench('/work/wt/perf/.output/chrome-mv3', () => null);
for (let i = 0; i < 3; i++) for (const jobId of [EXAMPLE_JOB_ID, LARGE_JOB_ID]) {
  const r = await bench.inExtension(async (arg) => {
    const [origin, jobId, token] = arg.split(' ');
    const t0 = performance.now();
    const res = await fetch(`${origin}/v1/job-sources?job_id=${jobId}`, { headers: { Authorization: `Bearer ${token}` } });
    const text = await res.text();
    const t1 = performance.now();
    const body = JSON.parse(text);
    const t2 = performance.now();
    const s = JSON.stringify(body); const t3 = performance.now();
    return { status: res.status, bytes: text.length, fetch: Math.round(t1 - t0), parse: Math.round(t2 - t1), stringify: Math.round(t3-t2) };
  }, `${API_ORIGIN} ${jobId} ${DEMO_TOKEN}`);
  console.log(jobId.slice(0, 4), JSON.stringify(r));
}
console.log((await import('node:os')).loadavg());
await bench.close();
