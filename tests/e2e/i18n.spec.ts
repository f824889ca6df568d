import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { BOARDS_JOB_ID, DEMO_TOKEN, seedJobs } from '../api/seed';

declare const chrome: any;

/**
 * The extension in the recruiter's language: Chromium is started with its UI in French
 * (Debian's Chromium reads LANGUAGE; see the fixture's `uiLanguage`), and the manifest,
 * the worker's messages, the options page and its dates follow, with no setting in the
 * extension. German and Spanish get a shorter check of the same path.
 */

const uiLanguageOf = (worker: Worker) => worker.evaluate(() => chrome.i18n.getUILanguage() as string);

function section(page: Page, heading: string) {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

test.describe('in French', () => {
  test.use({ uiLanguage: 'fr' });

  test('the manifest, the shortcuts and the worker’s messages are in French', async ({ worker }) => {
    expect(await uiLanguageOf(worker)).toMatch(/^fr\b/);
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    // The packaged manifest only holds __MSG_…__ keys; the browser fills them in its language.
    expect(manifest.name).toBe('Hirempire – liens de suivi de vos offres');
    expect(manifest.description).toMatch(/^Consultez les sources Hirempire d’une offre/);
    expect(await worker.evaluate(() => chrome.i18n.getMessage('manifest_name'))).toBe(manifest.name);
    const commands: Array<{ name: string; description: string }> = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'copy-board-link')?.description).toBe(
      'Copier le lien de suivi de l’offre active pour ce site d’emploi',
    );
  });

  test('the options page is in French, with French dates, and the worker answers in French', async ({
    context,
    extensionUrl,
  }) => {
    const page = await context.newPage();
    await page.goto(extensionUrl('options.html'));
    await expect(page.getByRole('heading', { level: 1, name: 'Paramètres Hirempire' })).toBeVisible();
    await expect(page).toHaveTitle('Paramètres Hirempire');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    for (const heading of ['Jeton d’API', 'Sites d’emploi', 'Options avancées', 'Sauvegarde']) {
      await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
    }
    const tokenSection = section(page, 'Jeton d’API');
    await expect(tokenSection.getByTestId('token-status')).toContainText('Non configuré');
    await expect(page.getByRole('switch', { name: 'Afficher les boutons sur les formulaires de publication LinkedIn' })).toBeChecked();
    await expect(page.getByLabel('Nom de la source Indeed')).toHaveValue('Indeed');

    // Checked in the page: refused before anything is sent.
    const field = page.getByLabel('Jeton d’API', { exact: true });
    await field.fill('   ');
    await tokenSection.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await expect(tokenSection.getByRole('alert')).toHaveText('Collez d’abord votre jeton d’API Hirempire.');

    // Checked by the worker against the API: its refusal is in French too.
    await field.fill('sk-not-a-real-token-9999');
    await tokenSection.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await expect(tokenSection.getByRole('alert')).toHaveText(/^https:\/\/api\.hirempire\.com n’a pas accepté ce jeton\./);

    await field.fill(DEMO_TOKEN);
    await tokenSection.getByRole('button', { name: 'Enregistrer le jeton' }).click();
    await expect(tokenSection.getByRole('status')).toHaveText(
      'Connecté. Hirempire a accepté le jeton se terminant par cdef, qui est maintenant enregistré.',
    );
    const status = tokenSection.getByTestId('token-status');
    await expect(status).toContainText('Connecté');
    await expect(status).toContainText('se termine par cdef');

    // The last check is written the French way (day before month, French month name).
    const time = status.locator('time');
    const checkedAt = Date.parse((await time.getAttribute('datetime'))!);
    const expected = new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(checkedAt));
    await expect(time).toHaveText(expected);
    expect(expected).not.toBe(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(checkedAt)));

    // A settings file problem, found in the page, in French.
    const backup = section(page, 'Sauvegarde');
    const chooser = page.waitForEvent('filechooser');
    await backup.getByRole('button', { name: 'Importer des paramètres…' }).click();
    await (await chooser).setFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('pas du JSON') });
    await expect(backup.getByRole('alert')).toHaveText(
      '« notes.txt » : Ce fichier n’est pas un fichier de paramètres Hirempire : ce n’est pas du JSON valide. Rien n’a été modifié.',
    );

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations).toEqual([]);
  });

  test('the toolbar button’s title counts visits in French', async ({ context, connect, extensionUrl, worker }) => {
    await connect();
    const page = await context.newPage();
    await page.goto(extensionUrl('options.html'));
    await sendFromExtensionPage(page, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
    await sendFromExtensionPage(page, { type: 'jobs.label', jobId: BOARDS_JOB_ID, label: 'Backend senior – Paris' });
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: BOARDS_JOB_ID });
    // 824 + 391 + 57 + 12 visits in the seed, written with French digit grouping.
    const visits = new Intl.NumberFormat('fr').format(1284);
    await expect
      .poll(() => worker.evaluate(() => chrome.action.getTitle({})))
      .toBe(`Hirempire\u00a0: Backend senior – Paris\u00a0: ${visits} visites`);
    expect(visits).not.toBe('1,284');
  });
});

test.describe('the popup and the board buttons in French', () => {
  test.use({ uiLanguage: 'fr' });

  const boardsJob = seedJobs().find((job) => job.job_id === BOARDS_JOB_ID)!;
  const visitsOf = (name: string) => boardsJob.sources.find((source) => source.source_name === name)!.visits;
  const linkOf = (name: string) => boardsJob.sources.find((source) => source.source_name === name)!.source_url;
  const total = boardsJob.sources.reduce((sum, source) => sum + source.visits, 0);
  const french = (n: number, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat('fr', options).format(n);
  const axe = (page: Page) =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

  test('the popup: headings, labels, French digit grouping, and its buttons’ names', async ({ connect, openPopup }) => {
    const setup = await openPopup();
    await expect(setup.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(setup.getByRole('heading', { level: 2, name: 'Connectez votre compte Hirempire' })).toBeVisible();
    await expect(setup.getByRole('button', { name: 'Configurer' })).toBeVisible();
    await setup.close();

    await connect();
    const page = await openPopup();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    const field = page.getByLabel('Identifiant de l’offre');
    await field.fill('backend senior paris');
    await field.press('Enter');
    await expect(page.getByRole('alert')).toHaveText(/^Ce n’est pas un identifiant d’offre\./);

    await field.fill(BOARDS_JOB_ID);
    await field.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: `Offre ${BOARDS_JOB_ID.slice(0, 8)}…` })).toBeVisible();
    await expect(page.getByText('Mis à jour à l’instant')).toBeVisible();
    // Intl writes 1284 with a narrow no-break space in French.
    expect(french(total)).toBe('1\u202f284');
    await expect(page.getByText(`${french(total)} visites · ${boardsJob.sources.length} sources`)).toBeVisible();

    const sources = page.getByRole('list', { name: 'Sources' });
    // (Accessible names are compared with spaces folded: the no-break spaces are checked on the attribute.)
    const linkedin = sources.getByRole('listitem', { name: /^LinkedIn\s:/ });
    const share = french(visitsOf('LinkedIn') / total, { style: 'percent', maximumFractionDigits: 0 });
    await expect(linkedin).toHaveAttribute('aria-label', `LinkedIn\u00a0: ${visitsOf('LinkedIn')} visites, ${share}`);
    await expect(linkedin).toContainText(`${visitsOf('LinkedIn')} visites · ${share}`);
    await expect(page.getByLabel('Trier par')).toHaveValue('visits');
    await expect(page.getByLabel('Trier par').locator('option:checked')).toHaveText('Plus de visites');

    await page.getByRole('button', { name: 'Copier le lien LinkedIn' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(linkOf('LinkedIn'));
    await expect(page.getByRole('button', { name: 'Copié\u00a0: lien LinkedIn' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Lien LinkedIn copié' })).toHaveCount(1);
    await expect(page.getByRole('button', { name: 'Ouvrir le lien Indeed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Code QR du lien Indeed' })).toBeVisible();

    await page.getByRole('button', { name: 'Offres récentes (1)' }).click();
    await expect(page.getByRole('region', { name: 'Offres récentes' }).getByRole('button', { name: `Renommer Offre ${BOARDS_JOB_ID.slice(0, 8)}…` })).toBeVisible();
    await page.getByRole('button', { name: 'Tout copier' }).click();
    await expect(page.getByRole('group', { name: 'Tout copier en' })).toContainText('Copier 4 sources en\u00a0:');

    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect((await axe(page)).violations, scheme).toEqual([]);
    }
  });

  test('a LinkedIn posting form: the control and its confirmations in French', async ({ connect, context, extensionUrl }) => {
    await connect();
    const options = await context.newPage();
    await options.goto(extensionUrl('options.html'));
    await sendFromExtensionPage(options, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
    await options.close();

    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/job-posting/v2/?lang=fr');
    const apply = page.locator('hirempire-link[data-kind="apply-url"]');
    await expect(apply.getByRole('group')).toHaveAccessibleName('Lien de suivi Hirempire pour URL du site web');
    // Which job, on the recruiter's click only.
    await apply.getByRole('button', { name: 'Changer d’offre' }).click();
    await expect(apply.getByText(`Offre\u00a0: ${BOARDS_JOB_ID.slice(0, 8)}`)).toBeVisible();

    await page.evaluate(() => navigator.clipboard.writeText('(rien)'));
    await apply.getByRole('button', { name: 'Copier le lien de suivi' }).click();
    await expect(apply.getByRole('status')).toHaveText('Lien LinkedIn copié');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(linkOf('LinkedIn'));

    // The website field already has an address: the control asks before replacing it.
    const website = page.getByRole('textbox', { name: 'URL du site web', exact: true });
    await website.fill('https://carrieres.acme.example/postuler');
    await apply.getByRole('button', { name: 'Insérer le lien' }).click();
    const confirm = apply.getByRole('group', { name: 'Remplacer le texte\u00a0?' });
    await expect(confirm).toContainText('URL du site web contient déjà «\u00a0https://carrieres.acme.example/postuler\u00a0».');
    await confirm.getByRole('button', { name: 'Remplacer' }).click();
    await expect(apply.getByRole('status')).toHaveText('Lien LinkedIn inséré');
    await expect(website).toHaveValue(linkOf('LinkedIn'));

    const results = await new AxeBuilder({ page })
      .include('hirempire-link')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
});

for (const { language, name, heading, tokenHeading } of [
  { language: 'de', name: 'Hirempire – Tracking-Links für Ihre Stellen', heading: 'Hirempire-Einstellungen', tokenHeading: 'API-Token' },
  { language: 'es', name: 'Hirempire – enlaces de seguimiento de ofertas', heading: 'Configuración de Hirempire', tokenHeading: 'Token de API' },
]) {
  test.describe(`in ${language}`, () => {
    test.use({ uiLanguage: language });

    test(`the manifest and the options page are in ${language}`, async ({ context, extensionUrl, worker }) => {
      expect(await uiLanguageOf(worker)).toMatch(new RegExp(`^${language}\\b`));
      expect((await worker.evaluate(() => chrome.runtime.getManifest())).name).toBe(name);
      const page = await context.newPage();
      await page.goto(extensionUrl('options.html'));
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: tokenHeading, exact: true })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', language);
    });
  });
}
