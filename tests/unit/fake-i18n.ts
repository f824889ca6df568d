import { readFileSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesText, type ChromeMessage } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * fakeBrowser has no i18n. This gives it a real one: the messages are built from
 * locales/<lang>.yml by @wxt-dev/i18n's own build functions (exactly what the build writes
 * to _locales/<lang>/messages.json), and getMessage substitutes like Chrome does. So unit
 * tests read the real English text, and a test can switch the "browser" to another language.
 */
export const LOCALES = ['en', 'fr', 'de', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

// happy-dom's URL is not Node's: __dirname (which Vitest provides) is.
const LOCALES_DIR = path.resolve(__dirname, '../../locales');
const built = new Map<Locale, Map<string, ChromeMessage>>();

/** A locale's messages as the browser gets them, by lower-cased name (Chrome ignores case). */
export function chromeMessages(locale: Locale): Map<string, ChromeMessage> {
  let messages = built.get(locale);
  if (!messages) {
    const text = readFileSync(path.join(LOCALES_DIR, `${locale}.yml`), 'utf8');
    const entries = Object.entries(generateChromeMessages(parseMessagesText(text, 'YAML')));
    messages = new Map(entries.map(([name, message]) => [name.toLowerCase(), message]));
    built.set(locale, messages);
  }
  return messages;
}

/**
 * chrome.i18n.getMessage for one message: named placeholders ($name$) first, then
 * $1…$9 from the substitutions (a missing one becomes empty), and $$ is a dollar sign.
 */
export function chromeSubstitute(message: ChromeMessage, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  let text = message.message;
  for (const [name, placeholder] of Object.entries(message.placeholders ?? {})) {
    text = text.replace(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
  }
  return text.replace(/\$(\$|[1-9])/g, (_, what: string) => (what === '$' ? '$' : (subs[Number(what) - 1] ?? '')));
}

/** Makes the fake browser speak `locale`: what the real one does when its UI is in that language. */
export function setUiLanguage(locale: Locale, uiLanguage: string = locale): void {
  const i18n = fakeBrowser.i18n as unknown as {
    getMessage: (name: string, substitutions?: string | string[]) => string;
    getUILanguage: () => string;
  };
  i18n.getMessage = (name, substitutions) => {
    // Like Chrome: the UI language's message, else the default locale's, else "".
    const message = chromeMessages(locale).get(name.toLowerCase()) ?? chromeMessages(DEFAULT_LOCALE).get(name.toLowerCase());
    return message ? chromeSubstitute(message, substitutions) : '';
  };
  i18n.getUILanguage = () => uiLanguage;
}
