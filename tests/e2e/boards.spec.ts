import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { reloadExtension } from './extension-update';
import { BOARDS_JOB_ID, EXAMPLE_JOB_ID, NO_BOARD_JOB_ID, seedJobs } from '../api/seed';

/**
 * The board content scripts on LinkedIn's and Indeed's real hostnames, served from the
 * fixture pages (tests/e2e/board-site.ts). The recruiter's active job is set the way the
 * popup does it: a 'jobs.open' message from an extension page.
 */
const linkOf = (jobId: string, name: string) =>
  seedJobs()
    .find((job) => job.job_id === jobId)!
    .sources.find((source) => source.source_name === name)!.source_url;

const LINKEDIN_LINK = linkOf(BOARDS_JOB_ID, 'LinkedIn');
const INDEED_LINK = linkOf(BOARDS_JOB_ID, 'Indeed');

async function openJobs(context: BrowserContext, extensionUrl: (p: string) => string, jobIds: string[], labels: Record<string, string> = {}) {
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  for (const jobId of jobIds) await sendFromExtensionPage(page, { type: 'jobs.open', jobId });
  for (const [jobId, label] of Object.entries(labels)) await sendFromExtensionPage(page, { type: 'jobs.label', jobId, label });
  await page.close();
}

const control = (page: Page, kind: 'apply-url' | 'description' | 'floating') => page.locator(`hirempire-link[data-kind="${kind}"]`);
const copyButton = (scope: Locator | Page) => scope.getByRole('button', { name: 'Copy tracked link' });
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const resetClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
const fixtureState = <T>(page: Page, key: string) =>
  page.evaluate((k) => (window as unknown as { __fixture: { state: Record<string, unknown> } }).__fixture.state[k], key) as Promise<T>;
const renders = (page: Page) => page.evaluate(() => (window as unknown as { __fixture: { renders: number } }).__fixture.renders);

/**
 * Opens the control's job list with a real click and picks a job by its name with the keyboard, as a
 * recruiter would. (Playwright's selectOption dispatches synthetic events, which the control ignores:
 * page scripts could too. The options' values are places in the list, not job ids.)
 */
async function openJobList(scope: Locator) {
  const button = scope.getByRole('button', { name: 'Change job' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return scope.getByRole('combobox', { name: 'Job' });
}
const chosenName = (select: Locator) => select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');
async function chooseJob(scope: Locator, name: string) {
  const select = await openJobList(scope);
  await select.focus();
  for (const key of ['ArrowDown', 'ArrowUp']) {
    for (let i = 0; i < 10 && (await chosenName(select)) !== name; i++) await select.page().keyboard.press(key);
  }
  await expect.poll(() => chosenName(select)).toBe(name);
}

test.describe('with a connected account and an active job', () => {
  test.beforeEach(async ({ connect, context, extensionUrl }) => {
    await connect();
    await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
  });

  test('LinkedIn Ember flow: one button per target on each step, copying the active job’s LinkedIn link', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/?trk=nav_job_posting');
    await expect(copyButton(page)).toHaveCount(1);
    const description = control(page, 'description');
    await expect(description.getByRole('group', { name: 'Hirempire tracked link for Description' })).toBeVisible();
    // Which job: only on the recruiter's click (the page's scripts can read the control).
    await expect(description.getByText('3d6f0a52')).toHaveCount(0);
    await description.getByRole('button', { name: 'Change job' }).click();
    await expect(description.getByText('Job: 3d6f0a52')).toBeVisible();

    await resetClipboard(page);
    await copyButton(description).click();
    await expect(description.getByRole('status')).toHaveText('LinkedIn link copied');
    expect(await clipboard(page)).toBe(LINKEDIN_LINK);

    // Continue replaces the step: the description's button leaves, the apply-method input gets one.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(control(page, 'apply-url')).toHaveCount(1);
    await expect(copyButton(page)).toHaveCount(1);
    await expect(control(page, 'description')).toHaveCount(0);
    await expect(control(page, 'apply-url').getByRole('group')).toHaveAccessibleName('Hirempire tracked link for Website address');

    // Applicants by email: the same input now takes an email address, so it is no target for the link.
    await page.getByRole('radio', { name: 'By email' }).check();
    await expect(control(page, 'apply-url')).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Email address', exact: true })).toHaveValue('');
  });

  for (const [name, url, labels] of [
    ['v2 (English)', '/job-posting/v2/?companyId=1234567', ['Description', 'Website URL']],
    ['v2 (French)', '/job-posting/v2/?lang=fr', ['Description du poste', 'URL du site web']],
    ['v2 (Portuguese)', '/job-posting/v2/?lang=pt', ['Descrição da vaga', 'Site da candidatura']],
    ['generated classes', '/hiring/jobs/job-posting/3812345678', ['Job description', 'External application URL']],
  ] as const) {
    test(`LinkedIn ${name}: a button beside the description and the website field`, async ({ context }) => {
      const page = await context.newPage();
      await page.goto(`https://www.linkedin.com${url}`);
      await expect(copyButton(page)).toHaveCount(2);
      await expect(control(page, 'description').getByRole('group')).toHaveAccessibleName(`Hirempire tracked link for ${labels[0]}`);
      await expect(control(page, 'apply-url').getByRole('group')).toHaveAccessibleName(`Hirempire tracked link for ${labels[1]}`);
      await resetClipboard(page);
      await copyButton(control(page, 'apply-url')).click();
      await expect(control(page, 'apply-url').getByRole('status')).toHaveText('LinkedIn link copied');
      expect(await clipboard(page)).toBe(LINKEDIN_LINK);
    });
  }

  test('Indeed: from the job list through every step; only the description gets a button, the steps with no field for a link none', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://employers.indeed.com/jobs');
    await expect(page.getByRole('heading', { name: 'Jobs' })).toBeVisible();

    await page.getByRole('button', { name: 'Post a job' }).click();
    await expect(page.getByRole('heading', { name: 'Create a job post' })).toBeVisible();
    for (const heading of ['Add job basics', 'Add job details', 'Add pay and benefits']) {
      await page.getByTestId('footer-continue-btn').click();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      // Long enough for the floating control (1.5 s before this change), had it been offered here.
      await page.waitForTimeout(2000);
      await expect(page.locator('hirempire-link')).toHaveCount(0);
    }

    await page.getByTestId('footer-continue-btn').click();
    await expect(page.getByRole('heading', { name: 'Describe the job' })).toBeVisible();
    const description = control(page, 'description');
    await expect(description.getByRole('group')).toHaveAccessibleName('Hirempire tracked link for Job description');
    await expect(page.locator('hirempire-link')).toHaveCount(1);
    await resetClipboard(page);
    await copyButton(description).click();
    await expect(description.getByRole('status')).toHaveText('Indeed link copied');
    expect(await clipboard(page)).toBe(INDEED_LINK);

    await page.getByTestId('footer-continue-btn').click();
    await expect(page.getByRole('heading', { name: 'Review the job' })).toBeVisible();
    await expect(page.locator('hirempire-link')).toHaveCount(0);

    // A multi-line field the finder does not know: the floating control comes once the recruiter is in it.
    await page.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<label>Note for the hiring team <textarea></textarea></label>'));
    await page.getByRole('textbox', { name: 'Note for the hiring team' }).click();
    const floating = control(page, 'floating');
    await expect(floating).toHaveCount(1);
    await floating.getByRole('button', { name: 'Insert link' }).click();
    await expect(floating.getByRole('status')).toHaveText('Indeed link inserted');
    await expect(page.getByRole('textbox', { name: 'Note for the hiring team' })).toHaveValue(INDEED_LINK);

    // The paid-promotion step is not the form: everything leaves.
    await page.getByTestId('footer-continue-btn').click();
    await expect(page.getByRole('heading', { name: 'Sponsor your job' })).toBeVisible();
    await expect(page.locator('hirempire-link')).toHaveCount(0);
  });

  test('inserting into the website input updates the app’s (React) state, and never replaces typed text without asking', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/v2/');
    const apply = control(page, 'apply-url');
    const input = page.getByRole('textbox', { name: 'Website URL', exact: true });
    await apply.getByRole('button', { name: 'Insert link' }).click();
    await expect(input).toHaveValue(LINKEDIN_LINK);
    await expect(apply.getByRole('status')).toHaveText('LinkedIn link inserted');
    expect(await fixtureState(page, 'applyUrl')).toBe(LINKEDIN_LINK);

    await input.fill('https://careers.acme.example/apply');
    expect(await fixtureState(page, 'applyUrl')).toBe('https://careers.acme.example/apply');
    await apply.getByRole('button', { name: 'Insert link' }).click();
    const confirm = apply.getByRole('group', { name: 'Replace the text?' });
    await expect(confirm).toContainText('Website URL already contains “https://careers.acme.example/apply”');
    await expect(confirm.getByRole('button', { name: 'Replace' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Keep current text' }).click();
    await expect(confirm).toBeHidden();
    await expect(input).toHaveValue('https://careers.acme.example/apply');
    expect(await fixtureState(page, 'applyUrl')).toBe('https://careers.acme.example/apply');

    await apply.getByRole('button', { name: 'Insert link' }).click();
    await confirm.getByRole('button', { name: 'Replace' }).click();
    await expect(input).toHaveValue(LINKEDIN_LINK);
    expect(await fixtureState(page, 'applyUrl')).toBe(LINKEDIN_LINK);

    // A re-render draws the field from the app's state: the link stays.
    await page.evaluate(() => (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender());
    await expect(page.getByRole('textbox', { name: 'Website URL', exact: true })).toHaveValue(LINKEDIN_LINK);
  });

  test('inserting into the Quill description puts the link at the caret, once', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/');
    const editor = page.getByRole('textbox', { name: 'Description' });
    await editor.click();
    await page.keyboard.type('Hello world');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await control(page, 'description').getByRole('button', { name: 'Insert link' }).click();
    await expect(control(page, 'description').getByRole('status')).toHaveText('LinkedIn link inserted');
    await expect(editor).toHaveText(`Hello ${LINKEDIN_LINK} world`);
    expect(await fixtureState(page, 'description')).toBe(`Hello ${LINKEDIN_LINK} world`);
  });

  test('inserting into Indeed’s Draft-like description puts the link at the caret and into the editor’s model', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://employers.indeed.com/job-posting/from-scratch/job-description');
    const editor = page.getByRole('textbox', { name: 'Job description' });
    await editor.click();
    await page.keyboard.type('Apply today');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await control(page, 'description').getByRole('button', { name: 'Insert link' }).click();
    await expect(control(page, 'description').getByRole('status')).toHaveText('Indeed link inserted');
    await expect(editor).toHaveText(`Apply ${INDEED_LINK} today`);
    const model = await page.evaluate(() => (window as unknown as { __fixture: { description: string } }).__fixture.description);
    expect(model).toBe(`Apply ${INDEED_LINK} today`);
  });

  test('in-page navigation: nothing on the feed; buttons come with the form and leave with it (Back and Forward too)', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    await expect(page.getByRole('heading', { name: 'Feed' })).toBeVisible();
    // Long enough for a late field or the floating control, had the feed been mistaken for the form.
    await page.waitForTimeout(2000);
    await expect(page.locator('hirempire-link')).toHaveCount(0);

    for (const [link, heading] of [
      ['Job you may like', 'Senior Backend Engineer'],
      ['Manage job', 'Manage job: Senior Backend Engineer'],
    ]) {
      await page.getByRole('link', { name: link }).click();
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await page.waitForTimeout(2000);
      await expect(page.locator('hirempire-link')).toHaveCount(0);
    }

    await page.getByRole('link', { name: 'Post a job' }).click();
    await expect(copyButton(page)).toHaveCount(2);
    await page.getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('heading', { name: 'Feed' })).toBeVisible();
    await expect(page.locator('hirempire-link')).toHaveCount(0);

    await page.goBack();
    await expect(copyButton(page)).toHaveCount(2);
    await page.goForward();
    await expect(page.getByRole('heading', { name: 'Feed' })).toBeVisible();
    await expect(page.locator('hirempire-link')).toHaveCount(0);
  });

  test('re-rendered fields get one button each, never two', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/');
    await expect(copyButton(page)).toHaveCount(1);
    for (let i = 0; i < 5; i++) {
      await page.evaluate(() => (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender());
    }
    await expect.poll(() => renders(page)).toBe(6);
    await expect(copyButton(page)).toHaveCount(1);
    // The one control is beside the live (new) editor, not an old one.
    const besideLiveField = await page.evaluate(() =>
      [...document.querySelectorAll('hirempire-link')].map((host) => {
        const before = host.previousElementSibling;
        const field = before?.matches('[data-field]') ? before : before?.querySelector('[data-field]');
        return !!field?.isConnected;
      }),
    );
    expect(besideLiveField).toEqual([true]);

    // The generated-class page hydrates by replacing every field: still one button per field.
    await page.goto('https://www.linkedin.com/hiring/jobs/job-posting/3812345678');
    await expect.poll(() => renders(page)).toBe(2);
    await expect(copyButton(page)).toHaveCount(2);
  });

  test('Tab goes from a field to its button', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/v2/');
    await page.getByRole('textbox', { name: 'Website URL', exact: true }).click();
    await page.keyboard.press('Tab');
    await expect(copyButton(control(page, 'apply-url'))).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(control(page, 'apply-url').getByRole('button', { name: 'Insert link' })).toBeFocused();

    await page.goto('https://employers.indeed.com/job-posting/from-scratch/job-description');
    await page.getByRole('textbox', { name: 'Job description' }).click();
    await page.keyboard.press('Tab');
    await expect(copyButton(control(page, 'description'))).toBeFocused();
  });

  test('the board’s CSS does not reach the controls, and theirs does not reach the board', async ({ context }) => {
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/');
    const pageButton = page.getByRole('button', { name: 'Continue' });
    await expect(copyButton(page)).toHaveCount(1);
    const ours = await copyButton(page).evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, fontSize: style.fontSize, border: style.borderTopStyle };
    });
    expect(ours).toEqual({ background: 'rgb(11, 92, 173)', fontSize: '13px', border: 'solid' });
    const theirs = await pageButton.evaluate((el) => {
      const style = getComputedStyle(el);
      return { background: style.backgroundColor, fontSize: style.fontSize, border: style.borderTopStyle };
    });
    expect(theirs).toEqual({ background: 'rgb(255, 105, 180)', fontSize: '18px', border: 'dotted' });
  });
});

test('switching the job from the control copies the other job’s link and makes it the active job', async ({ context, connect, extensionUrl }) => {
  await connect();
  await openJobs(context, extensionUrl, [BOARDS_JOB_ID, EXAMPLE_JOB_ID], { [BOARDS_JOB_ID]: 'Senior Backend – Paris' });
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  const apply = control(page, 'apply-url');
  await resetClipboard(page);
  await copyButton(apply).click();
  await expect(apply.getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(linkOf(EXAMPLE_JOB_ID, 'LinkedIn'));

  // The list opens on the recruiter's click, the active job (the last opened) chosen.
  const jobs = await openJobList(apply);
  await expect.poll(() => chosenName(jobs)).toBe(EXAMPLE_JOB_ID.slice(0, 8));
  await chooseJob(apply, 'Senior Backend – Paris');
  await expect(apply.getByRole('status')).toHaveText('Now using job “Senior Backend – Paris”.');
  // Every control on the page follows: the other one's list, opened, has it chosen.
  await expect.poll(async () => chosenName(await openJobList(control(page, 'description')))).toBe('Senior Backend – Paris');
  await copyButton(apply).click();
  await expect(apply.getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);

  const ext = await context.newPage();
  await ext.goto(extensionUrl('popup.html'));
  const recent = await sendFromExtensionPage(ext, { type: 'jobs.recent' });
  expect(recent.value[0].jobId).toBe(BOARDS_JOB_ID);
});

test('after an extension update, the old control removes itself quietly, and the page gets the new one', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  await expect(copyButton(page)).toHaveCount(2);

  // A real update (developer mode on, as for any unpacked install): a new worker starts.
  await reloadExtension(context, worker);
  // The page changes (the app re-renders): the orphaned script notices and leaves.
  await expect
    .poll(async () => {
      await page.evaluate(() => (window as unknown as { __fixture: { rerender(): void } }).__fixture.rerender());
      return page.locator('hirempire-link').count();
    })
    .toBe(0);
  expect(errors).toEqual([]);
  // The extension was updated, not disabled: the next load of the form has working controls.
  await page.reload();
  await resetClipboard(page);
  await copyButton(control(page, 'apply-url')).click();
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);
});

test('a job without a LinkedIn source says so and offers its other links', async ({ context, connect, extensionUrl }) => {
  await connect();
  await openJobs(context, extensionUrl, [NO_BOARD_JOB_ID]);
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/');
  const description = control(page, 'description');
  await expect(description.getByText('This job has no LinkedIn link in Hirempire.')).toBeVisible();
  await expect(copyButton(page)).toHaveCount(0);
  await expect(description.getByRole('button', { name: 'Copy Newsletter link' })).toBeVisible();
  await resetClipboard(page);
  await description.getByRole('button', { name: 'Copy Referral link' }).click();
  await expect(description.getByRole('status')).toHaveText('Referral link copied');
  expect(await clipboard(page)).toBe(linkOf(NO_BOARD_JOB_ID, 'Referral'));
});

test.describe('when Hirempire cannot give a link', () => {
  const optionsPages = (context: BrowserContext, extensionUrl: (p: string) => string) =>
    context.pages().filter((p) => p.url().startsWith(extensionUrl('options.html')));

  test('not set up: the control explains and opens the settings', async ({ context, extensionUrl }) => {
    // A fresh install opens the settings once by itself; close it so the control's own opening is seen.
    await expect.poll(() => optionsPages(context, extensionUrl).length).toBe(1);
    await optionsPages(context, extensionUrl)[0].close();

    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/v2/');
    const apply = control(page, 'apply-url');
    // Neither token nor job: setting up comes first.
    await expect(apply.getByText('Hirempire is not set up yet: add your API token in the settings.')).toBeVisible();
    await expect(copyButton(page)).toHaveCount(0);
    await apply.getByRole('button', { name: 'Open settings' }).click();
    await expect.poll(() => optionsPages(context, extensionUrl).length).toBe(1);
  });

  test('a job but no token: the "not set up" message and the settings', async ({ context, extensionUrl }) => {
    await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
    const page = await context.newPage();
    await page.goto('https://employers.indeed.com/job-posting/from-scratch/job-description');
    const description = control(page, 'description');
    await expect(description.getByText('Hirempire is not set up yet: add your API token in the settings.')).toBeVisible();
    await expect(description.getByRole('button', { name: 'Open settings' })).toBeVisible();
  });

  test.describe(() => {
    test.describe.configure({ retries: 1 });
    test('a revoked token: explains and offers the settings', async ({ context, connect, extensionUrl, api }) => {
      // Known flaky (about 1 run in 5 on a loaded 2-core machine, at every commit of 2026-11-30 tried): the
      // controls stay idle instead of saying the token was refused. Not understood yet; one retry keeps
      // CI honest about the rest while it is (closing note of 2026-11-30).
      await connect();
      await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
      api.tokens.clear();
      const page = await context.newPage();
      await page.goto('https://www.linkedin.com/job-posting/v2/');
      const apply = control(page, 'apply-url');
      await expect(apply.getByText(/did not accept your API token/)).toBeVisible({ timeout: 15_000 });
      await expect(apply.getByRole('button', { name: 'Open settings' })).toBeVisible();
    });
  });

  test('offline: explains, and Retry brings the buttons back once Hirempire answers', async ({ context, connect, extensionUrl, api }) => {
    await connect();
    // Offline before the job becomes active: making it active refreshes the toolbar badge, and a
    // lookup that landed first would leave a cached link (which the control rightly uses offline).
    api.setFault({ kind: 'network-error' });
    await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/v2/');
    const apply = control(page, 'apply-url');
    await expect(apply.getByText('Cannot reach Hirempire. Check your internet connection.')).toBeVisible({ timeout: 20_000 });
    await expect(copyButton(page)).toHaveCount(0);
    await expect(apply.getByRole('button', { name: 'Open settings' })).toBeVisible();
    api.clearFault();
    await apply.getByRole('button', { name: 'Retry' }).click();
    await expect(copyButton(page)).toHaveCount(2);
    await resetClipboard(page);
    await copyButton(apply).click();
    expect(await clipboard(page)).toBe(LINKEDIN_LINK);
  });
});

test('axe finds nothing in the controls, light and dark', async ({ context, connect, extensionUrl }) => {
  // Four axe runs over two schemes: a ceiling for a loaded 2-core machine, not a timing claim.
  test.setTimeout(120_000);
  await connect();
  await openJobs(context, extensionUrl, [NO_BOARD_JOB_ID, BOARDS_JOB_ID], { [BOARDS_JOB_ID]: 'Senior Backend – Paris' });
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/v2/');
  await expect(copyButton(page)).toHaveCount(2);
  const axe = () => new AxeBuilder({ page }).include('hirempire-link').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

  // Normal state, with a status message and the replace confirmation showing.
  await copyButton(control(page, 'apply-url')).click();
  await page.getByRole('textbox', { name: 'Website URL', exact: true }).fill('https://careers.acme.example/apply');
  await control(page, 'apply-url').getByRole('button', { name: 'Insert link' }).click();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect((await axe()).violations, scheme).toEqual([]);
  }

  // The job without a LinkedIn link: the notice and the other sources.
  await chooseJob(control(page, 'apply-url'), NO_BOARD_JOB_ID.slice(0, 8));
  await expect(control(page, 'apply-url').getByRole('button', { name: 'Copy Referral link' })).toBeVisible();
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect((await axe()).violations, scheme).toEqual([]);
  }

  // The floating control, offered in a multi-line field the finder does not know.
  await page.goto('https://employers.indeed.com/job-posting/choose-flow');
  // The fixture, like the real app, renders its step after load.
  await expect(page.getByRole('heading', { level: 1, name: 'Create a job post' })).toBeVisible();
  await page.evaluate(() => document.querySelector('h1')!.insertAdjacentHTML('afterend', '<label>Note for the hiring team <textarea></textarea></label>'));
  await page.getByRole('textbox', { name: 'Note for the hiring team' }).click();
  await expect(control(page, 'floating')).toHaveCount(1);
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect((await axe()).violations, scheme).toEqual([]);
  }
});
