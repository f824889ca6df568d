import { getDomain, getDomainWithoutSuffix, getPublicSuffix } from 'tldts';
import type { JobSource } from './api/schema';
import { fold } from './fold';
import { findBoardSource } from './source-match';
import type { SiteRule } from './storage';

/**
 * Which of a job's sources belongs to the site the recruiter is on, for any job board
 * (Welcome to the Jungle, StepStone, Glassdoor…): first the recruiter's own rules, then the
 * site's name compared with the sources' names. No DOM: the worker uses it.
 */

export type { SiteRule };

export const MAX_SITE_RULES = 200;
const MAX_SITE_LENGTH = 253;

/** The host of an http(s) address, or null (chrome://, file:, data:, the extension's own pages). */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** The site a rule names for a page: its registrable domain ("stepstone.de" for www.stepstone.de), else its host. */
export function siteOf(url: string): string | null {
  const host = hostOf(url);
  if (!host) return null;
  return getDomain(host) ?? host;
}

/**
 * A site as the recruiter types it ("stepstone.de", "https://www.stepstone.de/jobs", "WWW.StepStone.de")
 * → "stepstone.de"; null when it is not a host name.
 */
export function normalizeSite(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || text.length > MAX_SITE_LENGTH + 10) return null;
  const host = hostOf(/^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`);
  if (!host || host.length > MAX_SITE_LENGTH || !/^[a-z0-9.-]+$/.test(host) || !host.includes('.')) return null;
  if (host.split('.').some((label) => !label || label.length > 63 || label.startsWith('-') || label.endsWith('-'))) return null;
  return host.replace(/^www\./, '');
}

/** True when the page's host is the rule's site or one of its subdomains. */
function ruleCovers(rule: SiteRule, host: string): boolean {
  return host === rule.site || host.endsWith(`.${rule.site}`);
}

/** The rule for a page, the most specific first (fr.glassdoor.com before glassdoor.com). */
export function ruleFor(rules: readonly SiteRule[], url: string): SiteRule | null {
  const host = hostOf(url);
  if (!host) return null;
  return [...rules].sort((a, b) => b.site.length - a.site.length).find((rule) => ruleCovers(rule, host)) ?? null;
}

const compact = (text: string) => fold(text).replace(/ /g, '');

/**
 * The names a site goes by, folded without spaces: "welcometothejungle" (and
 * "welcometothejunglecom") for www.welcometothejungle.com; "stepstone" and "stepstonede" for
 * www.stepstone.de, so that "StepStone" and "StepStone DE" both match there.
 */
export function siteNames(url: string): string[] {
  const host = hostOf(url);
  if (!host) return [];
  const name = getDomainWithoutSuffix(host);
  const suffix = getPublicSuffix(host);
  const domain = getDomain(host);
  const names = name && suffix && domain ? [name, `${name} ${suffix}`, domain] : [host];
  return [...new Set(names.map(compact).filter(Boolean))];
}

export type SiteMatch =
  | { source: JobSource; by: 'rule' | 'name'; site: string }
  /** No source for this site: the recruiter picks. `rule` is set when a rule names a source this job lacks. */
  | { source: null; site: string | null; rule?: SiteRule };

/** The active job's source for the page at `url`: the recruiter's rule first, then the site's name. */
export function matchSiteSource(sources: JobSource[], url: string, rules: readonly SiteRule[]): SiteMatch {
  const site = siteOf(url);
  if (!site) return { source: null, site: null };
  const rule = ruleFor(rules, url);
  if (rule) {
    const source = findBoardSource(sources, rule.sourceName);
    if (source?.trackedLink) return { source, by: 'rule', site };
  }
  const names = new Set(siteNames(url));
  const named = sources.filter((source) => source.trackedLink && names.has(compact(source.name)));
  if (named.length) return { source: named[0], by: 'name', site };
  return rule ? { source: null, site, rule } : { source: null, site };
}

/**
 * Where a source's "this site" menu item shows (contextMenus can only be told in advance, by
 * match patterns: Chrome never says which page a menu is about to open on). The rules' sites
 * exactly; for a source's name, that name under the suffixes job boards commonly use. A
 * board on another suffix still gets the right source from the shortcut and the popup, which
 * match the real address.
 */
const COMMON_SUFFIXES = [
  'com', 'de', 'fr', 'co.uk', 'nl', 'be', 'ch', 'at', 'es', 'it', 'pt', 'pl', 'se', 'dk', 'no', 'fi', 'ie', 'lu', 'cz',
  'ca', 'us', 'com.au', 'co.jp', 'jp', 'in', 'io', 'jobs', 'net', 'org', 'eu',
];

export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/**
 * `reserved`: sites that are not a name's to claim: the boards' own domains (linkedin.com,
 * indeed.com), whose posting pages get their board's own mark and where nothing else belongs.
 * A site the recruiter gave a rule is that rule's alone, whatever other source's name it resembles.
 */
export function sourceSitePatterns(sourceName: string, rules: readonly SiteRule[], reserved: readonly string[] = []): string[] {
  const sites = rules.filter((rule) => compact(rule.sourceName) === compact(sourceName)).map((rule) => rule.site);
  const named: string[] = [];
  const name = compact(sourceName);
  // Only names that can be a host label; "Welcome to the Jungle" → welcometothejungle.
  if (/^[a-z0-9][a-z0-9-]{0,62}$/.test(name)) {
    for (const suffix of COMMON_SUFFIXES) named.push(`${name}.${suffix}`);
  }
  // "StepStone DE" → stepstone.de; "jobs.ch" → jobs.ch.
  const words = fold(sourceName).split(' ');
  const last = words.at(-1);
  if (words.length > 1 && last && COMMON_SUFFIXES.includes(last)) {
    const stem = words.slice(0, -1).join('');
    if (/^[a-z0-9][a-z0-9-]{0,62}$/.test(stem)) named.push(`${stem}.${last}`);
  }
  const ruled = new Set(rules.map((rule) => rule.site));
  sites.push(...named.filter((site) => !ruled.has(site)));
  const kept = sites.filter((site) => !reserved.some((r) => site === r || site.endsWith(`.${r}`)));
  return [...new Set(kept.flatMap(sitePatterns))];
}
