import { i18n } from '#i18n';
import { uiLanguage } from '../locale';

/**
 * Numbers, dates and links as a recruiter reads them, in the browser's language
 * (utils/locale.ts: the language the extension's messages are picked in). Each function
 * takes a locale for tests and previews; without one, it is the browser's.
 * Intl formatters are costly to build and cheap to use: one of each per locale.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<T extends Intl.NumberFormat | Intl.RelativeTimeFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

const numbers = (locale = uiLanguage()) => cached(`n|${locale}`, () => new Intl.NumberFormat(locale));
const percents = (locale = uiLanguage()) =>
  cached(`p|${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }));
const signed = (locale = uiLanguage()) => cached(`s|${locale}`, () => new Intl.NumberFormat(locale, { signDisplay: 'always' }));
const relative = (locale = uiLanguage()) => cached(`r|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
const dateTime = (locale = uiLanguage()) =>
  cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }));
const timeOnly = (locale = uiLanguage()) => cached(`t|${locale}`, () => new Intl.DateTimeFormat(locale, { timeStyle: 'short' }));

/** 1284 → "1,284" (or "1 284", "1.284"… as the recruiter's language writes it). */
export function formatCount(value: number, locale?: string): string {
  return numbers(locale).format(value);
}

/** "+12" (or "+12" the language's way): visits gained since the last look. */
export function formatGain(value: number, locale?: string): string {
  return signed(locale).format(value);
}

/** A share of 0..1 as a whole percentage ("64%", "64 %"); a share that is not zero never shows as "0%". */
export function formatShare(share: number, locale?: string): string {
  if (!(share > 0)) return percents(locale).format(0);
  const percent = Math.round(share * 100);
  return percent < 1 ? `<${percents(locale).format(0.01)}` : percents(locale).format(percent / 100);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

/**
 * "3 days ago", "last week", "2 months ago". Under a minute, or a moment in the
 * future (clocks of two machines disagree a little), reads "just now".
 * Returns null for a date the API sent that is not a date.
 */
export function formatRelative(whenMs: number, nowMs: number, locale?: string): string | null {
  if (!Number.isFinite(whenMs)) return null;
  const elapsed = nowMs - whenMs;
  if (elapsed < MINUTE) return i18n.t('popup_just_now');
  for (const [unit, size] of UNITS) {
    if (elapsed >= size) return relative(locale).format(-Math.floor(elapsed / size), unit);
  }
  return i18n.t('popup_just_now');
}

/** The exact moment, for a tooltip: "18 Jun 2026, 10:00". */
export function formatExact(whenMs: number, locale?: string): string | null {
  return Number.isFinite(whenMs) ? dateTime(locale).format(whenMs) : null;
}

/** When cached data is from: a time today, a date and time otherwise. */
export function formatAsOf(whenMs: number, nowMs: number, locale?: string): string {
  const sameDay = new Date(whenMs).toDateString() === new Date(nowMs).toDateString();
  return sameDay ? timeOnly(locale).format(whenMs) : dateTime(locale).format(whenMs);
}

