import { API_ORIGIN, expect, sendFromExtensionPage, test } from './fixtures';
import { DEMO_TOKEN, EXAMPLE_JOB_ID } from '../api/seed';

test('a sources request goes from an extension page through the worker to the API and back', async ({
  context,
  api,
  connect,
  extensionUrl,
  strayRequests,
}) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  const reply = await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(reply.ok).toBe(true);
  expect(reply.value.ok).toBe(true);
  expect(reply.value.cached.data.sources.map((s: { name: string; visits: number }) => [s.name, s.visits])).toEqual([
    ['LinkedIn', 142],
    ['Referral', 36],
  ]);

  // The worker built the request: fixed path, job id as the only query parameter, bearer token.
  const lookup = api.requests.find((r) => r.url.includes(EXAMPLE_JOB_ID))!;
  expect(new URL(lookup.url).pathname).toBe('/v1/job-sources');
  expect([...new URL(lookup.url).searchParams.keys()]).toEqual(['job_id']);
  expect(lookup.headers.authorization).toBe(`Bearer ${DEMO_TOKEN}`);

  // The token went to the API origin only.
  for (const request of api.requests) expect(new URL(request.url).origin).toBe(API_ORIGIN);
  expect(strayRequests.filter((r) => JSON.stringify(r).includes(DEMO_TOKEN))).toEqual([]);
});

test('the cached answer is served by the worker without a new API call', async ({ context, api, connect, extensionUrl }) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  const calls = api.requests.length;
  const cached = await sendFromExtensionPage(page, { type: 'sources.cached', jobId: EXAMPLE_JOB_ID });
  expect(cached.value.data.jobId).toBe(EXAMPLE_JOB_ID);
  expect(api.requests.length).toBe(calls);
});
