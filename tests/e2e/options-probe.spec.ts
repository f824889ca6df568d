import { test, expect } from './fixtures';

for (const host of ['https://hirempire.example.test/*', 'http://localhost/*']) test('probe devprivate then request ' + host, async ({ context, extensionUrl, extensionId }) => {
  const admin = await context.newPage();
  await admin.goto(`chrome://extensions/?id=${extensionId}`);
  await admin.evaluate(async ([id, h]) => (globalThis as any).chrome.developerPrivate.addHostPermission(id, h), [extensionId, host]);
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  const r = await Promise.race([
    page.evaluate((o) => (chrome as any).permissions.request({ origins: [o] }).then((r: boolean) => 'ok ' + r, (e: Error) => 'err ' + e.message), host),
    new Promise((res) => setTimeout(() => res('timeout'), 3000)),
  ]);
  console.log(r, await page.evaluate((h) => (chrome as any).permissions.contains({ origins: [h] }), host));
  // without gesture?
  await page.evaluate(() => (chrome as any).permissions.remove({ origins: ['https://hirempire.example.test/*'] }));
  console.log('after remove', await page.evaluate((h) => (chrome as any).permissions.contains({ origins: [h] }), host));
});
