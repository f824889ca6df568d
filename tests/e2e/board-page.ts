import type { BrowserContext, Locator, Page } from '@playwright/test';
import { sendFromExtensionPage } from './fixtures';
import { seedJobs } from '../api/seed';

/** What the board specs share: the seeded links, the active job, the controls and the fixture page's model. */
export const linkOf = (jobId: string, name: string) =>
  seedJobs()
    .find((job) => job.job_id === jobId)!
    .sources.find((source) => source.source_name === name)!.source_url;

/** Makes these jobs recent (the last one active), the way the popup does: 'jobs.open' from an extension page. */
export async function openJobs(context: BrowserContext, extensionUrl: (p: string) => string, jobIds: string[]) {
  const page = await context.newPage();
  // An extension document that runs none of the extension's code: the popup would also refresh
  // the active job behind the test's back (and cache its link before a fault the test sets up).
  await page.goto(extensionUrl('manifest.json'));
  for (const jobId of jobIds) await sendFromExtensionPage(page, { type: 'jobs.open', jobId });
  await page.close();
}

export const control = (page: Page, kind: 'apply-url' | 'description' | 'floating') => page.locator(`hirempire-link[data-kind="${kind}"]`);
export const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
export const resetClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
export const insertButton = (scope: Locator) => scope.getByRole('button', { name: 'Insert link' });

/** The fixture app's own model (window.__fixture.state), which a framework would hold. */
export const fixtureState = <T>(page: Page, key: string) =>
  page.evaluate((k) => (window as unknown as { __fixture: { state: Record<string, unknown> } }).__fixture.state[k], key) as Promise<T>;
