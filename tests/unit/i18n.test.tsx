import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseYAML } from 'confbox';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { apiError, API_ERROR_KINDS } from '@/utils/api/errors';
import { protocolError } from '@/utils/messaging/protocol';
import { normalizeToken } from '@/utils/token';
import { readSettingsFile } from '@/utils/settings-file';
import { badgeState } from '@/utils/background/badge';
import { menuItems } from '@/utils/background/context-menu';
import { formatDateTime, formatNumber, uiLanguage } from '@/utils/locale';
import { interpolate } from '@/components/interpolate';
import { chromeMessages, chromeSubstitute, LOCALES, setUiLanguage, type Locale } from './fake-i18n';
import { activeJobWith, source } from './helpers';

/**
 * The four languages stay complete and consistent with English, within Chrome's limits,
 * and the code uses every message it ships. Then: the same code speaks French when the
 * browser does.
 */

const ROOT = path.resolve(__dirname, '../..');
type Raw = Record<string, string | Record<string, string>>;
const raw = (locale: Locale): Raw => parseYAML(readFileSync(path.join(ROOT, 'locales', `${locale}.yml`), 'utf8')) as Raw;
const texts = (value: Raw[string]) => (typeof value === 'string' ? [value] : Object.values(value));
const named = (text: string) => [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]).sort();
const positional = (text: string) => [...text.matchAll(/(?<!\$)\$([1-9])/g)].map((m) => m[1]).sort();
const english = raw('en');
const TRANSLATIONS = LOCALES.filter((locale) => locale !== 'en');

describe('the message files', () => {
  it('name every message as chrome.i18n allows, each once', () => {
    const keys = Object.keys(english);
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(new Set(keys.map((k) => k.toLowerCase())).size).toBe(keys.length);
  });

  it.each(TRANSLATIONS)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(raw(locale)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(TRANSLATIONS)('%s keeps every placeholder of each English message, and its plural forms', (locale) => {
    const translated = raw(locale);
    for (const [key, value] of Object.entries(english)) {
      const other = translated[key];
      expect(typeof other, key).toBe(typeof value);
      for (const text of texts(other)) {
        expect(named(text), `${locale}.${key}: ${text}`).toEqual(named(texts(value)[0]));
        expect(positional(text), `${locale}.${key}: ${text}`).toEqual(positional(texts(value)[0]));
        expect(text.trim(), `${locale}.${key}`).not.toBe('');
      }
      if (typeof value !== 'string') {
        const forms = Object.keys(other as object);
        expect(forms, key).toContain('1');
        expect(forms, key).toContain('n');
        for (const form of forms) expect(['0', '1', 'n']).toContain(form);
      }
    }
  });

  it.each(LOCALES)('%s never uses " | " inside a message (it separates plural forms)', (locale) => {
    for (const [key, value] of Object.entries(raw(locale))) {
      for (const text of texts(value)) expect(text, key).not.toContain(' | ');
    }
  });

  // Chrome allows a 75-character name; scripts/check-packages.mjs holds every package to 45 (Firefox's stores).
  it.each(LOCALES)('%s fits the stores’ limits: name ≤ 45, short name ≤ 12, description ≤ 132', (locale) => {
    const messages = raw(locale);
    const length = (key: string) => [...(messages[key] as string)].length;
    expect(length('manifest_name')).toBeLessThanOrEqual(45);
    expect(length('manifest_short_name')).toBeLessThanOrEqual(12);
    expect(length('manifest_description')).toBeLessThanOrEqual(132);
    expect(messages.meta_lang).toBe(locale);
  });

  it('are what the manifest names (default locale en)', () => {
    const config = readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8');
    expect(config).toContain("default_locale: 'en'");
    const referenced = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]);
    expect(referenced).toEqual(expect.arrayContaining(['manifest_name', 'manifest_description', 'manifest_short_name']));
    for (const key of referenced) expect(Object.keys(english)).toContain(key);
  });

  it('are all used by the code: no message ships unused', () => {
    const code: string[] = [readFileSync(path.join(ROOT, 'wxt.config.ts'), 'utf8')];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.(ts|tsx)$/.test(name)) code.push(readFileSync(file, 'utf8'));
      }
    };
    for (const dir of ['utils', 'components', 'entrypoints']) walk(path.join(ROOT, dir));
    const all = code.join('\n');
    const unused = Object.keys(english).filter((key) => !all.includes(`'${key}'`) && !all.includes(`__MSG_${key}__`));
    expect(unused).toEqual([]);
  });

  it('French puts a no-break space before : ; ? ! and inside « »', () => {
    for (const [key, value] of Object.entries(raw('fr'))) {
      for (const text of texts(value)) {
        expect(text, key).not.toMatch(/(?<![\u00a0\u202f])[;?!]/);
        // The colon of "https://" is not punctuation.
        expect(text, key).not.toMatch(/(?<![\u00a0\u202f]):(?!\/\/)/);
        expect(text, key).not.toMatch(/« | »/);
      }
    }
  });
});

describe('getMessage in unit tests behaves like Chrome', () => {
  it('substitutes $1…$9, leaves missing ones empty, and reads $$ as a dollar', () => {
    expect(chromeSubstitute({ message: 'Pay $$$1 to $2.' }, ['5', 'Ada'])).toBe('Pay $5 to Ada.');
    expect(chromeSubstitute({ message: 'Hello $1 and $2' }, 'Ada')).toBe('Hello Ada and ');
    expect(chromeSubstitute({ message: 'Hi $who$', placeholders: { who: { content: '$1' } } }, ['Ada'])).toBe('Hi Ada');
  });

  it('looks names up without regard to case and falls back to English, then to ""', () => {
    setUiLanguage('fr');
    expect(fakeBrowser.i18n.getMessage('OPTIONS_TITLE')).toBe('Paramètres Hirempire');
    expect(fakeBrowser.i18n.getMessage('no_such_message')).toBe('');
    expect(chromeMessages('en').get('options_title')?.message).toBe('Hirempire settings');
  });
});

describe('in the browser’s language', () => {
  it('API errors are written in the UI language when they are made', () => {
    expect(apiError('offline').message).toBe('Cannot reach Hirempire. Check your internet connection.');
    setUiLanguage('fr');
    expect(apiError('offline').message).toBe('Impossible de joindre Hirempire. Vérifiez votre connexion Internet.');
    setUiLanguage('de');
    expect(apiError('offline').message).toBe('Hirempire ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.');
    setUiLanguage('es');
    expect(apiError('offline').message).toBe('No se puede conectar con Hirempire. Comprueba tu conexión a Internet.');
    // Every kind has its own words in every language, and keeps its action.
    for (const locale of LOCALES) {
      setUiLanguage(locale);
      const messages = API_ERROR_KINDS.map((kind) => apiError(kind).message);
      expect(new Set(messages).size).toBe(API_ERROR_KINDS.length);
      expect(apiError('invalid-token').action).toBe('open-settings');
    }
  });

  it('a script whose extension context is gone still says the extension was updated', () => {
    setUiLanguage('fr');
    expect(protocolError('extension-updated').message).toBe('L’extension Hirempire a été mise à jour. Rechargez la page pour l’utiliser.');
    (fakeBrowser.i18n as unknown as { getMessage: () => string }).getMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    expect(protocolError('extension-updated')).toEqual({
      kind: 'extension-updated',
      message: 'The Hirempire extension was updated. Reload the page to use it.',
      action: null,
    });
  });

  it('input and file problems are translated, with their details in place', () => {
    setUiLanguage('de');
    expect(normalizeToken(' ')).toEqual({ ok: false, message: 'Fügen Sie zuerst Ihr Hirempire-API-Token ein.' });
    const file = JSON.stringify({ format: 'hirempire-extension-settings', version: 1, settings: { apiBaseUrl: 'https://api.hirempire.com', boards: {}, token: 'x' } });
    expect(readSettingsFile(file)).toEqual({
      ok: false,
      message: 'Diese Einstellungsdatei ist beschädigt: Der Eintrag „token“ ist keine Einstellung. Es wurde nichts geändert.',
    });
    setUiLanguage('fr');
    expect(readSettingsFile('x'.repeat(150 * 1024))).toMatchObject({ message: expect.stringContaining('(150\u00a0Ko\u00a0;') });
  });

  it('the badge title counts visits with the language’s plural and digits', async () => {
    const activeJobVisits = (visits: number[]) => activeJobWith(visits.map((v, i) => source(`s${i}`, `s${i}`, v)), 'Backend');
    await activeJobVisits([1]);
    expect((await badgeState()).title).toBe('Hirempire: Backend: 1 visit');
    await activeJobVisits([1000, 284]);
    expect((await badgeState()).title).toBe('Hirempire: Backend: 1,284 visits');

    setUiLanguage('fr');
    await activeJobVisits([0]);
    // 0 is singular in French.
    expect((await badgeState()).title).toBe('Hirempire\u00a0: Backend\u00a0: 0 visite');
    await activeJobVisits([1000, 284]);
    expect((await badgeState()).title).toBe(`Hirempire\u00a0: Backend\u00a0: ${new Intl.NumberFormat('fr').format(1284)} visites`);
    expect((await badgeState()).title).toContain('1\u202f284');

    setUiLanguage('de');
    expect((await badgeState()).title).toBe('Hirempire: Backend: 1.284 Besuche');
  });

  it('the context menu speaks the UI language', async () => {
    setUiLanguage('es');
    const items = await menuItems();
    expect(items.find((item) => item.id === 'insert-link')?.title).toBe('Insertar enlace de seguimiento');
    expect(items.find((item) => item.parentId === 'insert-link')?.title).toBe('Primero abre una oferta en la ventana de Hirempire');
  });

  it('numbers and dates follow browser.i18n.getUILanguage()', () => {
    setUiLanguage('fr');
    expect(uiLanguage()).toBe('fr');
    expect(formatNumber(1284)).toBe('1\u202f284');
    const moment = Date.UTC(2026, 2, 14, 9, 30);
    expect(formatDateTime(moment)).toBe(new Intl.DateTimeFormat('fr', { dateStyle: 'medium', timeStyle: 'short' }).format(moment));
    expect(formatDateTime(moment)).toMatch(/mars 2026/);
    setUiLanguage('en', 'en_US');
    expect(uiLanguage()).toBe('en-US');
    expect(formatNumber(1284)).toBe('1,284');
  });
});

describe('interpolate', () => {
  it('puts elements where the translation put the placeholder', () => {
    const html = renderToStaticMarkup(<>{interpolate('se termine par {hint}, {other}', { hint: <code>cdef</code> })}</>);
    expect(html).toBe('se termine par <code>cdef</code>, {other}');
  });
});
