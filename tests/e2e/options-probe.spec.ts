import { test, expect } from './fixtures';

test('probe permissions.request', async ({ context, extensionUrl }) => {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await page.evaluate(() => {
    const b = document.createElement('button');
    b.textContent = 'ask';
    (window as any).result = 'pending';
    b.onclick = () => {
      (chrome as any).permissions.request({ origins: ['https://hirempire.example.test/*'] }).then(
        (r: boolean) => ((window as any).result = 'resolved:' + r),
        (e: Error) => ((window as any).result = 'rejected:' + e.message),
      );
    };
    document.body.append(b);
  });
  await page.getByRole('button', { name: 'ask' }).click();
  await page.waitForTimeout(3000);
  console.log('result', await page.evaluate(() => (window as any).result));
  console.log('pages', context.pages().map((p) => p.url()));
  const noGesture = await page.evaluate(() => (chrome as any).permissions.request({ origins: ['https://hirempire.example.test/*'] }).then((r: boolean) => 'ok ' + r, (e: Error) => 'err ' + e.message));
  console.log('no gesture', noGesture);
});
