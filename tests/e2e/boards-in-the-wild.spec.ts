import { expect, test } from './fixtures';
import { clipboard, control, fixtureState, insertButton, linkOf, openJobs, resetClipboard } from './board-page';
import { BOARDS_JOB_ID } from '../api/seed';

/**
 * Issue 14, part 1, in the built extension: the newer forms that public evidence shows
 * (tests/fixtures/boards/README.md), served on the boards' real hostnames.
 */
const LINKEDIN_LINK = linkOf(BOARDS_JOB_ID, 'LinkedIn');
const INDEED_LINK = linkOf(BOARDS_JOB_ID, 'Indeed');
const ONE_STEP = '?isOneStepJobPost=true&jobId=4100123456&jobPostingFlowTrackingId=a1b2c3';

test.beforeEach(async ({ connect, context, extensionUrl }) => {
  await connect();
  await openJobs(context, extensionUrl, [BOARDS_JOB_ID]);
});

test('LinkedIn one-step flow: the link lands in ProseMirror’s own document, in a paragraph of its own', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com/job-posting/form/description/${ONE_STEP}`);
  const description = control(page, 'description');
  await expect(description.getByRole('group')).toHaveAccessibleName('Hirempire tracked link for Description');

  // No caret in the editor yet: the link goes after the last line, not glued to "desk".
  await insertButton(description).click();
  await expect(description.getByRole('status')).toHaveText('LinkedIn link inserted');
  const paragraphs = ['We are hiring a receptionist.', '- Run the front desk', LINKEDIN_LINK];
  await expect.poll(() => fixtureState<string[]>(page, 'description')).toEqual(paragraphs);
  await expect(page.getByRole('textbox', { name: 'Description' }).locator('p')).toHaveText(paragraphs);

  // A caret after a word: a separating space, and the editor's model has it too.
  const editor = page.getByRole('textbox', { name: 'Description' });
  await editor.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft'); // before the full stop: "receptionist|."
  await insertButton(description).click();
  await expect.poll(() => fixtureState<string[]>(page, 'description').then((p) => p[0])).toBe(`We are hiring a receptionist ${LINKEDIN_LINK}.`);
});

test('LinkedIn one-step applicant step: a repost’s old URL is kept unless the recruiter replaces it; e-mail mode has no control', async ({ context }) => {
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com/job-posting/form/description/${ONE_STEP}&repost=true`);
  await expect(control(page, 'description')).toHaveCount(1);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/job-posting\/form\/assessments\/\?isOneStepJobPost=true/);

  const apply = control(page, 'apply-url');
  await expect(apply.getByRole('group')).toHaveAccessibleName('Hirempire tracked link for Website address');
  await expect(control(page, 'description')).toHaveCount(0);
  const input = page.getByRole('textbox', { name: 'Website address' });
  await expect(input).toHaveValue('https://careers.acme.example/jobs/4100');

  await insertButton(apply).click();
  const confirm = apply.getByRole('group', { name: 'Replace the text?' });
  await expect(confirm).toContainText('https://careers.acme.example/jobs/4100');
  await confirm.getByRole('button', { name: 'Keep current text' }).click();
  expect(await fixtureState(page, 'applyUrl')).toBe('https://careers.acme.example/jobs/4100');
  await insertButton(apply).click();
  await confirm.getByRole('button', { name: 'Replace' }).click();
  await expect(input).toHaveValue(LINKEDIN_LINK);
  expect(await fixtureState(page, 'applyUrl')).toBe(LINKEDIN_LINK);

  // By e-mail: the same input now takes an address, so its control leaves.
  await page.getByRole('radio', { name: 'By email' }).check();
  await expect(page.getByRole('textbox', { name: 'Email address' })).toHaveAttribute('type', 'email');
  await expect(apply).toHaveCount(0);
  await page.getByRole('radio', { name: 'On an external website' }).check();
  await expect(apply).toHaveCount(1);

  // The budget step (/form/free-trial, no trailing slash) has no field for a link.
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page).toHaveURL(/\/job-posting\/form\/free-trial\?isOneStepJobPost=true/);
  await expect(page.locator('hirempire-link[data-kind="apply-url"], hirempire-link[data-kind="description"]')).toHaveCount(0);
});

test('a dialog in LinkedIn’s open shadow root gets its controls, styled as everywhere, and they work', async ({ context }) => {
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/job-posting/v2/?dialog=interop');
  await page.getByRole('button', { name: 'Edit how you receive applicants' }).click();
  const dialog = page.getByRole('dialog', { name: 'Receive applicants' });
  const apply = dialog.locator('hirempire-link[data-kind="apply-url"]');
  await expect(apply.getByRole('group')).toHaveAccessibleName('Hirempire tracked link for Website address');
  await expect(dialog.locator('hirempire-link[data-kind="description"]').getByRole('group')).toHaveAccessibleName(
    'Hirempire tracked link for Job description',
  );
  // The shadow root's own stylesheet (pink buttons, 22px everything, inline divs) does not reach in.
  const copy = apply.getByRole('button', { name: 'Copy tracked link' });
  const look = await copy.evaluate((button) => {
    const style = getComputedStyle(button);
    const host = getComputedStyle((button.getRootNode() as ShadowRoot).host);
    return { background: style.backgroundColor, fontSize: style.fontSize, hostDisplay: host.display };
  });
  expect(look).toEqual({ background: expect.not.stringMatching(/255, 105, 180/), fontSize: '13px', hostDisplay: 'block' });

  await resetClipboard(page);
  await copy.click();
  await expect(apply.getByRole('status')).toHaveText('LinkedIn link copied');
  expect(await clipboard(page)).toBe(LINKEDIN_LINK);
  await insertButton(apply).click();
  await expect(dialog.getByRole('textbox', { name: 'Website address' })).toHaveValue(LINKEDIN_LINK);
  expect(await fixtureState(page, 'applyUrl')).toBe(LINKEDIN_LINK);

  // Closing the dialog empties the shadow root: its controls go with it.
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.locator('hirempire-link[data-kind="apply-url"]')).toHaveCount(0);
});

for (const path of ['/p/post-job', '/o/p/8a1b2c3d4e']) {
  test(`Indeed in Japanese at ${path}, with no data-testid: the description gets the link in the editor’s model, on a line of its own`, async ({ context }) => {
    const page = await context.newPage();
    await page.goto(`https://employers.indeed.com${path}`);
    const description = control(page, 'description');
    await expect(description.getByRole('group')).toHaveAccessibleName('Hirempire tracked link for 仕事内容');
    await expect(page.locator('hirempire-link')).toHaveCount(1);
    await insertButton(description).click();
    await expect(description.getByRole('status')).toHaveText('Indeed link inserted');
    const model = await page.evaluate(() => (window as unknown as { __fixture: { description: string } }).__fixture.description);
    expect(model).toBe(`受付業務全般\n- 来客対応\n${INDEED_LINK}`);
  });
}
