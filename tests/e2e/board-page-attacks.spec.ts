import type { Page, Worker } from '@playwright/test';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { clipboard, control, linkOf, openJobs, resetClipboard } from './board-page';
import { BOARDS_JOB_ID, EXAMPLE_JOB_ID, NO_BOARD_JOB_ID, seedJobs } from '../api/seed';

/**
 * The board page as an adversary (issue 16) and as it is in the wild (issue 14): each test is
 * named after what the page does, and fails on the code before the defence.
 */
const LINKEDIN_LINK = linkOf(BOARDS_JOB_ID, 'LinkedIn');
const INDEED_LINK = linkOf(BOARDS_JOB_ID, 'Indeed');
const copyButton = (scope: Page | ReturnType<typeof control>) => scope.getByRole('button', { name: 'Copy tracked link' });

/** Sends to the active tab's top frame exactly what the worker's shortcut handler sends. */
const sendToTab = (page: Page, worker: Worker, message: unknown) =>
  page.bringToFront().then(() =>
    worker.evaluate(async (m) => {
      const tabs = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome.tabs;
      const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
      await tabs.sendMessage(tab.id, m, { frameId: 0 });
    }, message),
  );

/** Indeed's review step, with a multi-line field the finder does not know (and, if asked, a second one). */
async function reviewStepWithNote(page: Page) {
  await page.goto('https://employers.indeed.com/job-posting/from-scratch/review-job');
  await expect(page.getByRole('heading', { name: 'Review the job' })).toBeVisible();
  await page.evaluate(() =>
    document
      .querySelector('h1')!
      .insertAdjacentHTML('afterend', '<label>Note for the hiring team <textarea></textarea></label><label>Internal memo <textarea></textarea></label>'),
  );
}

test.beforeEach(async ({ connect, context, extensionUrl }) => {
  await connect();
  await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
});

test('an element id no selector can hold (<input id="apply&#10;url">) does not remove every control', async ({ context }) => {
  const page = await context.newPage();
  // There before the content script's first look at the page (it runs at document_idle).
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const odd = document.createElement('input');
      odd.id = 'apply\nurl';
      document.body.prepend(odd);
    }),
  );
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  await expect(page.locator('input[id="apply\\a url"]')).toHaveCount(1);
  // The form's two fields keep their controls; the odd input's id says "apply url", so it gets one too.
  await expect(copyButton(page)).toHaveCount(3);
  await resetClipboard(page);
  await copyButton(control(page, 'description')).click();
  await expect(control(page, 'description').getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);
});

test('a page script dispatching focusin on its own field does not choose where the link is inserted', async ({ context }) => {
  const page = await context.newPage();
  await reviewStepWithNote(page);
  const note = page.getByRole('textbox', { name: 'Note for the hiring team' });
  const memo = page.getByRole('textbox', { name: 'Internal memo' });
  await note.click();
  const floating = control(page, 'floating');
  await expect(floating).toHaveCount(1);
  // The page steers: a synthetic focusin on its other field, as if the recruiter had moved there.
  await page.evaluate(() => {
    const memo = document.querySelectorAll('textarea')[1];
    for (let i = 0; i < 50; i++) memo.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
  await floating.getByRole('button', { name: 'Insert link' }).click();
  await expect(floating.getByRole('status')).toHaveText('Indeed link inserted');
  await expect(note).toHaveValue(INDEED_LINK);
  await expect(memo).toHaveValue('');
});

test('a fixed cookie banner (OneTrust-like, top z-index) across the bottom does not cover the control', async ({ context, worker }) => {
  const page = await context.newPage();
  await page.addInitScript(() =>
    document.addEventListener('DOMContentLoaded', () => {
      const banner = document.createElement('div');
      banner.id = 'onetrust-banner-sdk';
      banner.setAttribute('role', 'region');
      banner.setAttribute('aria-label', 'Cookie banner');
      banner.style.cssText = 'position:fixed;left:0;right:0;bottom:0;height:45vh;z-index:2147483647;background:#eee';
      banner.innerHTML = '<p>We use cookies.</p><button type="button">Accept all cookies</button>';
      document.body.append(banner);
    }),
  );
  await reviewStepWithNote(page);
  await expect(page.getByRole('button', { name: 'Accept all cookies' })).toBeVisible();
  // The copy shortcut on a step with no recognised field: the floating control answers, above the banner.
  await resetClipboard(page);
  await sendToTab(page, worker, { type: 'tab.copyLink' });
  const floating = control(page, 'floating');
  await expect(floating.getByRole('status')).toHaveText('Indeed link copied');
  await resetClipboard(page);
  // A real click, at the control's own place on screen: Playwright checks nothing else takes it.
  await copyButton(floating).click();
  await expect(floating.getByRole('status')).toHaveText('Indeed link copied');
  expect(await clipboard(page)).toBe(INDEED_LINK);
});

test('a board that blocks the Clipboard API (Permissions-Policy: clipboard-write=()) and swaps the data in a capturing copy listener cannot change the copied link', async ({ context, worker }) => {
  const page = await context.newPage();
  // The attack: whatever is copied in this document becomes the attacker's link.
  await page.addInitScript(() => {
    const w = window as unknown as { __copies: number };
    w.__copies = 0;
    document.addEventListener(
      'copy',
      (event) => {
        w.__copies++;
        event.clipboardData?.setData('text/plain', 'https://evil.example/apply');
        event.preventDefault();
        event.stopImmediatePropagation();
      },
      true,
    );
  });
  await page.goto('https://www.linkedin.com/job-posting/v2/?clipboard=blocked');
  // The policy holds: no script in this page may use the Clipboard API.
  expect(await page.evaluate(() => navigator.clipboard.writeText('x').then(() => 'written', (error: Error) => error.name))).toBe('NotAllowedError');
  const apply = control(page, 'apply-url');
  const description = control(page, 'description');
  await expect(copyButton(apply)).toBeVisible();

  // The clipboard is reset from another tab (this page may not write it).
  const elsewhere = await context.newPage();
  await elsewhere.goto('https://www.linkedin.com/feed/');
  await resetClipboard(elsewhere);
  await page.bringToFront();
  await copyButton(description).click();
  await expect(description.getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);

  // The shortcut brings no user activation at all (the apply-URL control answers it): the same.
  await resetClipboard(elsewhere);
  await expect(apply.getByRole('status')).toHaveText('');
  await sendToTab(page, worker, { type: 'tab.copyLink' });
  await expect(apply.getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);
  // The page's document never copied anything: the link never passed its `copy` event.
  expect(await page.evaluate(() => (window as unknown as { __copies: number }).__copies)).toBe(0);
});

test('a page that reloads itself and fires focus and hover events in a loop costs Hirempire one lookup a minute, not one per load', async ({
  context,
  extensionUrl,
  api,
}) => {
  // Hirempire fails for a job nothing has looked up yet: no cached answer can hide the asks.
  api.setFault({ kind: 'unavailable' });
  await openJobs(context, extensionUrl, [EXAMPLE_JOB_ID]);
  const lookups = () => api.requests.filter((r) => r.url.includes(EXAMPLE_JOB_ID)).length;
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  const apply = control(page, 'apply-url');
  const failure = apply.getByText('Hirempire is having trouble right now', { exact: false });
  await expect(failure).toBeVisible({ timeout: 20_000 });
  const afterFirstLoad = lookups();
  expect(afterFirstLoad).toBeGreaterThan(0);

  for (let load = 0; load < 8; load++) {
    await page.reload();
    await expect(failure).toBeVisible();
    await page.evaluate(() => {
      for (let i = 0; i < 200; i++) {
        window.dispatchEvent(new FocusEvent('focus'));
        for (const host of document.querySelectorAll('hirempire-link')) host.dispatchEvent(new PointerEvent('pointerenter'));
      }
    });
  }
  // Every load asked the worker; none of them reached Hirempire again.
  expect(lookups()).toBe(afterFirstLoad);

  // The recruiter's own click on Retry still asks at once.
  api.clearFault();
  await apply.getByRole('button', { name: 'Retry' }).click();
  await expect(copyButton(page)).toHaveCount(2);
  expect(lookups()).toBeGreaterThan(afterFirstLoad);
});

/** Everything a page script can read of our controls (`selector` picks which): markup, attributes, and field values. */
const whatThePageReads = (page: Page, selector = 'hirempire-link') =>
  page.evaluate((sel) => {
    const seen: string[] = [];
    for (const host of document.querySelectorAll(sel)) {
      const root = host.shadowRoot!;
      seen.push(root.innerHTML, root.textContent ?? '');
      for (const el of root.querySelectorAll('*')) {
        for (const attribute of el.attributes) seen.push(`${attribute.name}=${attribute.value}`);
        if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLOptionElement) seen.push(el.value);
      }
    }
    return seen.join('\n');
  }, selector);

test('a page script reading the control’s open shadow root finds no job id, no label and no unused link, before any click and after its own synthetic click on the job button', async ({ context, extensionUrl }) => {
  // Two recent jobs, one with the recruiter's private label; the active one has no LinkedIn source, so the
  // control offers its other sources (whose links the recruiter has not used).
  const ext = await context.newPage();
  await ext.goto(extensionUrl('popup.html'));
  await sendFromExtensionPage(ext, { type: 'jobs.label', jobId: BOARDS_JOB_ID, label: 'Senior Backend – Paris' });
  await sendFromExtensionPage(ext, { type: 'jobs.open', jobId: NO_BOARD_JOB_ID });
  await ext.close();
  const secrets = [BOARDS_JOB_ID, NO_BOARD_JOB_ID].flatMap((jobId) => [
    jobId.slice(0, 8),
    ...seedJobs().find((job) => job.job_id === jobId)!.sources.map((source) => source.source_url),
  ]);
  secrets.push('Senior Backend');
  const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));

  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  const apply = control(page, 'apply-url');
  const description = control(page, 'description');
  await expect(apply.getByRole('button', { name: 'Copy Referral link' })).toBeVisible();
  await expect(description.getByRole('button', { name: 'Change job' })).toBeVisible();
  expect(leaks(await whatThePageReads(page))).toEqual([]);

  // The page presses the job button itself: synthetic events open nothing.
  await page.evaluate(() => {
    const button = [...document.querySelector('hirempire-link[data-kind="apply-url"]')!.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent === 'Change job')!;
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
  // The recruiter's own click on the other control's button, sent after the page's: once its list is
  // there, an answer to the page's clicks would have been too. It shows the names (the reader sees them)...
  await description.getByRole('button', { name: 'Change job' }).click();
  await expect(description.getByRole('combobox', { name: 'Job' })).toBeVisible();
  expect(leaks(await whatThePageReads(page, 'hirempire-link[data-kind="description"]'))).toEqual(['6a7b8c9d', 'Senior Backend']);
  // ...but the control the page pressed holds none, and the options' values are places, not ids.
  await expect(apply.getByRole('button', { name: 'Change job' })).toHaveAttribute('aria-expanded', 'false');
  expect(leaks(await whatThePageReads(page, 'hirempire-link[data-kind="apply-url"]'))).toEqual([]);
  expect(await description.getByRole('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value))).toEqual(['0', '1']);

  // Closed again: the names leave the page.
  await description.getByRole('button', { name: 'Change job' }).click();
  expect(leaks(await whatThePageReads(page))).toEqual([]);
});
