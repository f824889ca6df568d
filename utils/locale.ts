import { browser } from 'wxt/browser';

/**
 * The browser's UI language ("fr", "en-US"): the language `browser.i18n` picks the
 * extension's messages by, so dates and numbers are written in it too. Every context has
 * it synchronously (worker, pages, content scripts); navigator.language is the fallback
 * where the API is missing or the context is gone (a content script after an update).
 */
export function uiLanguage(): string {
  let language: string | undefined;
  try {
    language = browser.i18n.getUILanguage();
  } catch {
    language = undefined;
  }
  const candidate = (language || globalThis.navigator?.language || 'en').replace(/_/g, '-');
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** "1,284" / "1 284" / "1.284": a count in the browser's language. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(uiLanguage(), options).format(value);
}

/** "14 Mar 2026, 09:30" / "14 mars 2026 à 09:30": a moment in the browser's language and calendar. */
export function formatDateTime(epochMs: number): string {
  return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(epochMs));
}
