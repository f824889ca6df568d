import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { pickMenuItem, pressCopyShortcut } from './browser-events';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { linkOf } from './board-page';
import { allowHostInBrowserSettings } from './options-page';
import { ANY_BOARD_JOB_ID, BOARDS_JOB_ID } from '../api/seed';

/**
 * Any job board, on demand (issue 14 part 2), in the built extension: nothing of Hirempire
 * runs on www.welcometothejungle.com or www.stepstone.de until the recruiter right-clicks a
 * field and picks a source, or presses the copy shortcut. Headless Chromium cannot open a
 * native menu or press a browser shortcut, so the tests call the worker's own handlers with
 * what the browser passes them (contextMenus.onClicked's info and tab, commands.onCommand's
 * tab). The injection itself runs for real, on fixture pages at the real hostnames.
 */
const WTTJ_LINK = linkOf(ANY_BOARD_JOB_ID, 'Welcome to the Jungle');
const STEPSTONE_LINK = linkOf(ANY_BOARD_JOB_ID, 'StepStone Deutschland');
const WTTJ_SOURCE_ID = 'e5f6a7b8-2222-4d22-8d22-0000000000b2';
const WTTJ_FORM = 'https://www.welcometothejungle.com/fr/recruiter/jobs/new';
const STEPSTONE_FORM = 'https://www.stepstone.de/stellenanzeige/neu';

/**
 * What activeTab gives after the recruiter's gesture: access to that site. Headless Chromium
 * cannot make the gesture, so the host is granted the way a recruiter can in the browser's own
 * extension settings (developerPrivate, as in options.spec.ts), then confirmed by the extension.
 */
async function grantLikeActiveTab(context: BrowserContext, extensionId: string, origin: string) {
  await allowHostInBrowserSettings(context, extensionId, origin);
  const admin = await context.newPage();
  await admin.goto(`chrome-extension://${extensionId}/options.html`);
  expect(await admin.evaluate((o) => chrome.permissions.request({ origins: [`${o}/*`] }), origin)).toBe(true);
  await admin.close();
}

/** The active job with its sources known to the worker, as after looking it up in the popup. */
async function activeJob(context: BrowserContext, extensionUrl: (p: string) => string) {
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: ANY_BOARD_JOB_ID });
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: ANY_BOARD_JOB_ID });
  await page.close();
}

const ours = (scope: Page | Frame) => scope.locator('hirempire-link');

for (const language of ['en', 'fr'] as const) {
  const t = {
    en: { description: 'Description du poste', inserted: 'Welcome to the Jungle link inserted', apply: 'Lien de candidature externe' },
    fr: { description: 'Description du poste', inserted: 'Lien Welcome to the Jungle inséré', apply: 'Lien de candidature externe' },
  }[language];

  test.describe(`in ${language === 'en' ? 'English' : 'French'}`, () => {
    test.use({ uiLanguage: language });

    test('Welcome to the Jungle: nothing runs until asked; the menu puts the site’s own link into the right-clicked field, top frame and iframe', async ({
      context,
      connect,
      extensionUrl,
      extensionId,
      worker,
    }) => {
      await connect();
      await activeJob(context, extensionUrl);
      await grantLikeActiveTab(context, extensionId, 'https://www.welcometothejungle.com');
      const page = await context.newPage();
      await page.goto(WTTJ_FORM);
      const description = page.getByRole('textbox', { name: t.description });
      await expect(description).toBeVisible();
      // No content script on this site: the page is left alone until the recruiter asks.
      await expect(ours(page)).toHaveCount(0);

      // Right-click at the end of the description, then "Insert tracked link" → the site's source.
      await description.click();
      await page.keyboard.press('End');
      await description.click({ button: 'right' });
      await page.keyboard.press('Escape');
      await pickMenuItem(worker, page, `insert-source:site:${WTTJ_SOURCE_ID}`);
      await expect(page.getByRole('status').filter({ hasText: t.inserted })).toBeVisible();
      // The engine arrived after the click, so it knows no caret: the link gets a paragraph of its own.
      await expect(description.locator('p')).toHaveText(['Rejoignez notre équipe à Paris.', WTTJ_LINK]);

      // The apply field lives in an iframe: the engine goes into that frame only.
      const widget = page.frameLocator('iframe[title="Candidature"]');
      const apply = widget.getByRole('textbox', { name: t.apply });
      await apply.click({ button: 'right' });
      await page.keyboard.press('Escape');
      const frame = page.frames().find((f) => f.url().endsWith('/fr/recruiter/apply-widget'))!;
      await pickMenuItem(worker, page, `insert-source:all:${WTTJ_SOURCE_ID}`, frame);
      await expect(apply).toHaveValue(WTTJ_LINK);
      await expect(widget.getByRole('status').filter({ hasText: t.inserted })).toBeVisible();
      // Never over what is there: a second insert asks first, and keeping leaves the field alone.
      await apply.fill('https://careers.acme.example/apply');
      await apply.click({ button: 'right' });
      await page.keyboard.press('Escape');
      await pickMenuItem(worker, page, `insert-source:all:${WTTJ_SOURCE_ID}`, frame);
      const confirm = widget.getByRole('group', { name: language === 'en' ? 'Replace the text?' : /remplacer/i });
      await expect(confirm).toBeVisible();
      await confirm.getByRole('button').nth(1).click();
      await expect(apply).toHaveValue('https://careers.acme.example/apply');
    });
  });
}

/**
 * The popup as the toolbar button opens it over `page`: its window's active tab is still that
 * page (the popup is opened as a background tab of the same window). Bring it to the front
 * only once it shows what it read of that page.
 */
async function openPopupOver(context: BrowserContext, worker: Worker, page: Page) {
  await page.bringToFront();
  const opened = context.waitForEvent('page', (p) => p.url().endsWith('/popup.html'));
  await worker.evaluate(() => chrome.tabs.create({ url: chrome.runtime.getURL('popup.html'), active: false }));
  const popup = await opened;
  await popup.setViewportSize({ width: 420, height: 600 });
  return popup;
}

for (const language of ['en', 'fr'] as const) {
  const N = '\u00a0';
  const t = {
    en: {
      asking: 'No source of this job is set for stepstone.de yet',
      keep: 'Always use StepStone Deutschland on stepstone.de',
      insert: 'Insert link',
      inserted: 'StepStone Deutschland link inserted',
      copied: 'StepStone Deutschland link copied',
      popupSource: 'On stepstone.de: StepStone Deutschland',
      popupCopy: 'Copy StepStone Deutschland link',
    },
    fr: {
      asking: 'Aucune source de cette offre n’est encore associée à stepstone.de',
      keep: 'Toujours utiliser StepStone Deutschland sur stepstone.de',
      insert: 'Insérer le lien',
      inserted: 'Lien StepStone Deutschland inséré',
      copied: 'Lien StepStone Deutschland copié',
      popupSource: `Sur stepstone.de${N}: StepStone Deutschland`,
      popupCopy: 'Copier le lien StepStone Deutschland',
    },
  }[language];

  test.describe(`StepStone, ${language === 'en' ? 'in English' : 'in French'}`, () => {
    test.use({ uiLanguage: language });

    test(`the shortcut asks when no source matches, one click keeps the choice for the site, then it just copies; the popup says which source belongs there`, async ({
      context,
      connect,
      extensionUrl,
      extensionId,
      worker,
    }) => {
      await connect();
      await activeJob(context, extensionUrl);
      await grantLikeActiveTab(context, extensionId, 'https://www.stepstone.de');
      const page = await context.newPage();
      await page.goto(STEPSTONE_FORM);
      await expect(ours(page)).toHaveCount(0);
      await page.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));

      // "StepStone Deutschland" is not a name stepstone.de goes by: the control asks.
      await pressCopyShortcut(worker, page);
      const asking = page.locator('hirempire-link').filter({ hasText: t.asking }).first();
      await expect(asking).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('(nothing copied yet)');
      await asking.getByRole('button', { name: t.keep }).click();

      // Kept: the controls now offer that source's link, here and on the next visit.
      const apply = page.locator('hirempire-link[data-kind="apply-url"]');
      await apply.getByRole('button', { name: t.insert }).click();
      await expect(page.getByRole('textbox', { name: 'Externe Bewerbungsseite' })).toHaveValue(STEPSTONE_LINK);
      await expect(apply.getByRole('status')).toHaveText(t.inserted);

      const next = await context.newPage();
      await next.goto(STEPSTONE_FORM);
      await pressCopyShortcut(worker, next);
      await expect(next.getByRole('status').filter({ hasText: t.copied }).first()).toBeVisible();
      expect(await next.evaluate(() => navigator.clipboard.readText())).toBe(STEPSTONE_LINK);

      // The popup opened on that page says which source belongs there (by the rule just kept), and copies it in one click.
      // (The rule in the options page and in the backup: options.spec.ts.)
      await next.evaluate(() => navigator.clipboard.writeText('(nothing copied yet)'));
      const popup = await openPopupOver(context, worker, next);
      const here = popup.getByRole('region', { name: language === 'en' ? 'This page' : 'Cette page' });
      await expect(here).toContainText(t.popupSource);
      // Only now in front (the clipboard wants a focused page): the popup has read which tab it is over.
      await popup.bringToFront();
      await here.getByRole('button', { name: t.popupCopy }).click();
      await expect(popup.getByRole('status').filter({ hasText: t.copied })).toHaveCount(1);
      expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(STEPSTONE_LINK);
    });
  });
}

test('the popup opened on a page whose address names a job offers that job, and shows it in one click', async ({
  context,
  connect,
  extensionUrl,
  extensionId,
  worker,
}) => {
  await connect();
  await activeJob(context, extensionUrl);
  // A Hirempire page of another job: served here, granted as the toolbar click would grant it.
  await context.route('https://app.hirempire.com/**', (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Hirempire</title><h1>Job</h1>' }));
  await grantLikeActiveTab(context, extensionId, 'https://app.hirempire.com');
  const page = await context.newPage();
  await page.goto(`https://app.hirempire.com/jobs/${BOARDS_JOB_ID}/sources`);
  const popup = await openPopupOver(context, worker, page);
  const here = popup.getByRole('region', { name: 'This page' });
  await expect(here).toContainText(`This page is about Job ${BOARDS_JOB_ID.slice(0, 8)}…`);
  await here.getByRole('button', { name: 'Show this job' }).click();
  await expect(popup.getByRole('heading', { level: 2, name: `Job ${BOARDS_JOB_ID.slice(0, 8)}…` })).toBeVisible();
  await expect(popup.getByText('Careers page')).toBeVisible();
  // Shown now: nothing more to offer.
  await expect(here).toHaveCount(0);
});
