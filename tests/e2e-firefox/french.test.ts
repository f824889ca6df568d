import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Browser } from 'puppeteer-core';
import { BOARDS_JOB_ID, DEMO_TOKEN, seedJobs } from '../api/seed';
import { API_ORIGIN, launchFirefox, openExtensionPage, readClipboard, startSite, writeClipboard, type Site } from './rig';
import { controlButton, controlGroupName, controlStatus, openBoard, sendFromExtensionPage } from './pages';

/**
 * Firefox in French: Debian's language pack (firefox-esr-l10n-fr) and the pref
 * intl.locale.requested = fr. browser.i18n follows the browser's UI language, so the
 * board control speaks French. A separate browser: the language is fixed at start-up.
 */
let site: Site;
let browser: Browser;

before(async () => {
  site = await startSite();
  browser = await launchFirefox({ locale: 'fr' });
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the board control in French: labels, status and the copied link', async () => {
  // The switch took effect: Firefox itself runs in French, and so does the extension.
  const settings = await openExtensionPage(browser, 'options.html');
  const languages = await settings.evaluate(() => ({
    ui: (globalThis as unknown as { browser: { i18n: { getUILanguage(): string } } }).browser.i18n.getUILanguage(),
    document: document.documentElement.lang,
    heading: document.querySelector('h1')?.textContent,
  }));
  assert.equal(languages.ui, 'fr');
  assert.match(languages.heading ?? '', /Paramètres|Réglages/);
  await settings.close();

  const replies = (await sendFromExtensionPage(browser, [
    { type: 'token.save', token: DEMO_TOKEN, origin: API_ORIGIN },
    { type: 'jobs.open', jobId: BOARDS_JOB_ID },
  ])) as Array<{ ok: boolean }>;
  assert.deepEqual(replies.map((reply) => reply.ok), [true, true]);

  const page = await openBoard(browser, 'https://www.linkedin.com/job-posting/v2/?lang=fr');
  assert.equal(await controlGroupName(page, 'apply-url'), 'Lien de suivi Hirempire pour URL du site web');
  assert.equal(await controlGroupName(page, 'description'), 'Lien de suivi Hirempire pour Description du poste');

  await writeClipboard(browser, 'rien de copié');
  await page.bringToFront();
  await (await controlButton(page, 'apply-url', 'Copier le lien de suivi')).click();
  await controlStatus(page, 'apply-url', 'Lien LinkedIn copié');
  const link = seedJobs().find((job) => job.job_id === BOARDS_JOB_ID)!.sources.find((s) => s.source_name === 'LinkedIn')!.source_url;
  assert.equal(await readClipboard(browser), link);
  // The board asked in French too: Firefox's own Accept-Language followed the switch.
  const boardRequest = site.requests.find((r) => r.host === 'www.linkedin.com');
  assert.match(boardRequest?.headers['accept-language'] ?? '', /^fr/);
});
