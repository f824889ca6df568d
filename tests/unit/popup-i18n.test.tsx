import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { parseYAML } from 'confbox';
import { toJobSource } from '@/utils/api/schema';
import { createControl } from '@/utils/boards/control';
import { createLinkStore } from '@/utils/boards/link-store';
import type { ControlLink, Request } from '@/utils/messaging/protocol';
import { toCsv, toPlainText } from '@/utils/popup/copy-all';
import { formatShare } from '@/utils/popup/format';
import { jobName } from '@/utils/job-name';
import { parseJobInput } from '@/utils/popup/job-input';
import { SourceRow, type SourceActions } from '@/components/popup/SourceRow';
import { EmptySources } from '@/components/popup/EmptySources';
import { LOCALES, setUiLanguage, type Locale } from './fake-i18n';
import { JOB } from './helpers';

/**
 * The popup and the board buttons in the recruiter's language: their words come from
 * locales/*.yml, and the short visible words of buttons stay inside their longer names.
 */

const ROOT = path.resolve(__dirname, '../..');
const messages = (locale: Locale) =>
  parseYAML(readFileSync(path.join(ROOT, 'locales', `${locale}.yml`), 'utf8')) as Record<string, string | Record<string, string>>;

// Visible word → the accessible name it is part of (WCAG 2.5.3, label in name).
const LABEL_IN_NAME: Array<[string, string]> = [
  ['popup_copy', 'popup_copy_link'],
  ['popup_copied', 'popup_copied_link'],
  ['popup_open', 'popup_open_link'],
  ['popup_qr', 'popup_qr_link'],
  ['popup_rename', 'popup_rename_job'],
  ['popup_rename', 'popup_rename_active'],
  ['popup_remove', 'popup_remove_job'],
  ['popup_add_label', 'popup_add_label_active'],
  ['board_copy', 'board_copy_source'],
];

describe('button names', () => {
  it.each(LOCALES)('%s: a button’s visible word is part of its accessible name', (locale) => {
    const texts = messages(locale);
    for (const [visible, name] of LABEL_IN_NAME) {
      const word = (texts[visible] as string).toLocaleLowerCase(locale);
      expect((texts[name] as string).toLocaleLowerCase(locale), `${locale}: ${name}`).toContain(word);
    }
  });

  it('the board button says what the options page calls it, in every language', () => {
    for (const locale of LOCALES) {
      const texts = messages(locale);
      expect(texts.options_boards_lead, locale).toContain(texts.board_copy_link as string);
    }
    expect(messages('fr').board_copy_link).toBe('Copier le lien de suivi');
    expect(messages('de').board_copy_link).toBe('Tracking-Link kopieren');
    expect(messages('es').board_copy_link).toBe('Copiar enlace de seguimiento');
  });

  it('messages that name another button use its words', () => {
    for (const locale of LOCALES) {
      const texts = messages(locale);
      expect(texts.board_insert_failed, locale).toContain(texts.board_copy_link as string);
      expect(texts.board_click_field_first, locale).toContain(texts.board_insert_link as string);
    }
  });
});

const source = (name: string, visits: number, url = 'https://jobs.hirempire.com/acme/lk01') =>
  toJobSource({ id: `${name}-id`, source_name: name, source_url: url, visits, created_at: '2026-09-01T09:00:00.000Z' });
const noop: SourceActions = { copy: vi.fn(), open: vi.fn(), showQr: vi.fn() };
const renderRow = (props: Partial<Parameters<typeof SourceRow>[0]> = {}) =>
  renderToStaticMarkup(
    <ul>
      <SourceRow
        source={source('LinkedIn', 1284)}
        index={0}
        setSize={1}
        share={0.64}
        gain={0}
        top={0}
        tabStop
        copied={false}
        now={Date.UTC(2026, 9, 1)}
        actions={noop}
        hintId="hint"
        {...props}
      />
    </ul>,
  );

describe('the popup in French', () => {
  const frenchNumber = (n: number) => new Intl.NumberFormat('fr').format(n);

  it('a source row: French digits, percent, plural, and button names', () => {
    setUiLanguage('fr');
    const html = renderRow();
    expect(frenchNumber(1284)).toBe('1\u202f284');
    expect(html).toContain(`aria-label="LinkedIn\u00a0: ${frenchNumber(1284)} visites, 64\u00a0%"`);
    expect(html).toContain(`<strong>${frenchNumber(1284)}</strong> visites · 64\u00a0%`);
    expect(html).toContain('aria-label="Copier le lien LinkedIn">Copier</button>');
    expect(html).toContain('aria-label="Ouvrir le lien LinkedIn">Ouvrir</button>');
    expect(html).toContain('aria-label="Code QR du lien LinkedIn">QR</button>');
    expect(html).toContain('title="Créée le ');
  });

  it('a row’s "+N" marker says what it means, in the language', () => {
    setUiLanguage('fr');
    const html = renderRow({ gain: 1200 });
    expect(html).toContain(`${frenchNumber(1200)} visites de plus depuis votre dernière consultation`);
    expect(html).toContain(`<span aria-hidden="true">+${frenchNumber(1200)}</span>`);
    setUiLanguage('en');
    expect(renderRow({ gain: 1 })).toContain('aria-label="LinkedIn: 1,284 visits, 1 more visit since you last looked, 64%"');
    expect(renderRow({ gain: 0 })).not.toContain('since you last looked');
  });

  it('0 is singular in French; German and Spanish use their plurals', () => {
    setUiLanguage('fr');
    expect(renderRow({ source: source('Indeed', 0), share: 0 })).toContain('aria-label="Indeed\u00a0: 0 visite, 0\u00a0%"');
    setUiLanguage('de');
    expect(renderRow({ source: source('Indeed', 1284) })).toContain('aria-label="Indeed: 1.284 Besuche, 64\u00a0%"');
    setUiLanguage('es');
    expect(renderRow({ source: source('Indeed', 1) })).toContain('aria-label="Indeed: 1 visita, 64\u00a0%"');
  });

  it('an unsafe link is marked in the language', () => {
    setUiLanguage('fr');
    const html = renderRow({ source: source('Affiche', 3, 'http://example.com/x') });
    expect(html).toContain('pas de lien sûr');
    expect(html).toContain('Lien non sécurisé, non copiable\u00a0:');
    expect(html).not.toContain('<button');
  });

  it('an unreadable answer counts its sources in the language', () => {
    setUiLanguage('es');
    expect(renderToStaticMarkup(<EmptySources skipped={3} />)).toContain('Hirempire ha enviado 3 fuentes para esta oferta');
    setUiLanguage('de');
    expect(renderToStaticMarkup(<EmptySources skipped={0} />)).toContain('Diese Stelle hat noch keine Quellen');
  });

  it('a job without a label, a refused input, a share', () => {
    setUiLanguage('fr');
    expect(jobName({ jobId: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b' })).toBe('Offre 8fc4ea3c…');
    expect(parseJobInput('  ')).toEqual({ ok: false, message: 'Saisissez l’identifiant d’une offre, ou collez un lien d’offre Hirempire.' });
    expect(formatShare(0.001)).toBe('<1\u00a0%');
    setUiLanguage('de');
    expect(parseJobInput('senior backend')).toMatchObject({ ok: false, message: expect.stringMatching(/^Das ist keine Stellen-ID\./) });
  });

  it('"Copy all": headings and words in the language; CSV values stay machine-readable', () => {
    setUiLanguage('fr');
    const rows = [source('LinkedIn', 142), source('Cooptation', 36, 'https://jobs.hirempire.com/acme/9z8y')];
    expect(toCsv(rows, 178).split('\r\n')).toEqual([
      '"Source","Visites","Part","Créée le","Lien"',
      '"LinkedIn",142,"80%","2026-09-01T09:00:00.000Z","https://jobs.hirempire.com/acme/lk01"',
      '"Cooptation",36,"20%","2026-09-01T09:00:00.000Z","https://jobs.hirempire.com/acme/9z8y"',
    ]);
    expect(toPlainText(rows.slice(0, 1), 178)).toBe('LinkedIn — 142 visites (80\u00a0%) — https://jobs.hirempire.com/acme/lk01');
  });
});

describe('the board control in French', () => {
  const job = { jobId: JOB, label: 'Backend senior – Paris', openedAt: 1 };
  const linkedin = { ...source('LinkedIn', 1), name: 'LinkedIn' };

  function mount(link: ControlLink) {
    document.body.innerHTML = '<label for="u">URL du site web</label><input id="u">';
    const field = document.querySelector<HTMLInputElement>('#u')!;
    const send = async (request: Request) => ({ ok: true, value: request.type === 'board.jobs' ? { names: [job.label] } : link }) as never;
    const store = createLinkStore({ send, onExtensionUpdated: vi.fn() });
    const control = createControl({
      store,
      boardName: 'LinkedIn',
      target: { kind: 'apply-url', field, label: 'URL du site web' },
      savedRange: () => null,
      signal: new AbortController().signal,
      // happy-dom makes no trusted events; the e2e tests click for real.
      isUserEvent: () => true,
    });
    control.place();
    const root = control.host.shadowRoot!;
    const buttons = () => [...root.querySelectorAll('button')].filter((b) => !b.closest('[hidden]')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    return { store, root, buttons };
  }

  it('names its buttons and its group in the browser’s language, not the board’s', async () => {
    setUiLanguage('fr');
    const { store, root, buttons } = mount({
      board: 'linkedin',
      enabled: true,
      sourceName: 'LinkedIn',
      hasJob: true,
      jobKey: job.openedAt,
      source: linkedin,
      otherSources: [],
    });
    await store.refresh();
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Lien de suivi Hirempire pour URL du site web');
    expect(buttons()).toEqual(['Copier le lien de suivi', 'Insérer le lien', 'Changer d’offre']);
    [...root.querySelectorAll('button')].find((b) => b.textContent === 'Changer d’offre')!.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(root.textContent).toContain('Offre\u00a0: Backend senior – Paris');
  });

  it('says why there is no link, and offers the others, in the language', async () => {
    setUiLanguage('de');
    const others = Array.from({ length: 8 }, (_, i) => ({ ...source(`Quelle ${i}`, 1, `https://jobs.hirempire.com/acme/q${i}`) }));
    const { store, root, buttons } = mount({
      board: 'linkedin',
      enabled: true,
      sourceName: 'LinkedIn',
      hasJob: true,
      jobKey: job.openedAt,
      source: null,
      otherSources: others,
    });
    await store.refresh();
    expect(root.querySelector('.message')!.textContent).toBe('Diese Stelle hat in Hirempire keinen LinkedIn-Link.');
    expect(buttons()).toContain('Quelle 0-Link kopieren');
    expect(root.textContent).toContain('Und 2 weitere im Hirempire-Pop-up.');
  });
});
