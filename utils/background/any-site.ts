import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BoardLink, SiteAnswer } from '../messaging/protocol';
import { sendToTab, type TabRequest } from '../messaging/tab-protocol';
import { findBoardSource } from '../source-match';
import { BOARDS, boardAtOrigin, type BoardId } from '../boards/registry';
import { matchSiteSource, MAX_SITE_RULES, normalizeSite, siteOf } from '../site-match';
import { settingsItem, siteRulesItem, type SiteRule } from '../storage';
import { i18n } from '#i18n';
import { siteLink } from './board-link';
import { cachedSources } from './sources';
import { INJECTED_FRAME_TTL_MS, originOf, type InjectedFrame } from './trust';

/**
 * Any job board, on demand. The recruiter's right-click ("Insert tracked link") or shortcut
 * grants `activeTab` for that tab; the worker then injects the same field engine the boards'
 * content scripts run (entrypoints/any-board.ts) into the frame with `scripting.executeScript`,
 * and sends it the command as it would to a board. No host permission is asked for at install.
 */
export const ANY_BOARD_SCRIPT = '/any-board.js';

/**
 * The frames the worker injected, so that their requests are recognised (trust.ts). In the
 * session area: gone with the browser session, and out of content scripts' reach.
 */
export const injectedFramesItem = storage.defineItem<InjectedFrame[]>('session:injectedFrames', { fallback: [] });
const MAX_INJECTED_FRAMES = 100;

export async function injectedFrames(): Promise<InjectedFrame[]> {
  return injectedFramesItem.getValue();
}

async function remember(frame: InjectedFrame): Promise<void> {
  const kept = (await injectedFramesItem.getValue()).filter(
    (f) => !(f.tabId === frame.tabId && f.frameId === frame.frameId) && frame.at - f.at < INJECTED_FRAME_TTL_MS,
  );
  await injectedFramesItem.setValue([frame, ...kept].slice(0, MAX_INJECTED_FRAMES));
}

/**
 * Injects the engine into one frame of a tab (once: the script keeps a single session per
 * frame), then sends it `request`. Remembered first, so the engine's first question is answered.
 * False when the browser refused (no activeTab grant, a page the extension may not touch).
 */
export async function runInFrame(tabId: number, frameId: number, url: string, request: TabRequest): Promise<boolean> {
  const origin = originOf(url);
  if (!origin || !/^https?:/.test(origin)) return false;
  await remember({ tabId, frameId, origin, at: Date.now() });
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANY_BOARD_SCRIPT] });
  } catch (error) {
    console.warn('Hirempire: could not reach this page', (error as Error)?.message);
    return false;
  }
  await sendToTab(tabId, request, frameId);
  return true;
}

/**
 * Where a command for this page goes: the board's own content script on a board's posting form
 * (it is already there, with its controls), otherwise an injected engine.
 */
export async function deliver(tabId: number, frameId: number, url: string | undefined, request: TabRequest): Promise<boolean> {
  if (!url) return false;
  const board = frameId === 0 ? boardPostingFormAt(url) : null;
  if (board && (await settingsItem.getValue()).boards[board].enabled) {
    await sendToTab(tabId, request, frameId);
    return true;
  }
  return runInFrame(tabId, frameId, url, request);
}

/** "Use this source on this site from now on": one click from the page's control. */
export async function saveSiteRule(url: string, sourceName: string): Promise<BoardLink> {
  const site = siteOf(url);
  const normal = site ? normalizeSite(site) : null;
  if (normal) {
    const rules = (await siteRulesItem.getValue()).filter((rule) => rule.site !== normal);
    await siteRulesItem.setValue([{ site: normal, sourceName: sourceName.trim() }, ...rules].slice(0, MAX_SITE_RULES));
  }
  return siteLink(url);
}

/** The options page's rules, replaced as a whole; a site that is not a host name refuses them all. */
export async function saveSiteRules(rules: SiteRule[]): Promise<SiteRule[] | { rejected: string }> {
  const clean: SiteRule[] = [];
  for (const rule of rules) {
    const site = normalizeSite(rule.site);
    if (!site) return { rejected: i18n.t('options_site_invalid', { site: rule.site.slice(0, 100) }) };
    if (!clean.some((kept) => kept.site === site)) clean.push({ site, sourceName: rule.sourceName.trim() });
  }
  await siteRulesItem.setValue(clean);
  return clean;
}

/**
 * The popup's question: which of the sources of the job it shows belongs to the page it was
 * opened on? From the cached answer only (the popup has just fetched it): no request of its own.
 */
export async function siteMatch(url: string, jobId: string): Promise<SiteAnswer> {
  const site = siteOf(url);
  const [rules, settings] = await Promise.all([siteRulesItem.getValue(), settingsItem.getValue()]);
  const entry = site ? await cachedSources(jobId) : null;
  if (!site || !entry) return { site, source: null, by: null };
  const board = boardPostingFormAt(url) ?? boardAtSite(url);
  if (board) {
    const source = findBoardSource(entry.data.sources, settings.boards[board].sourceName);
    if (source?.trackedLink) return { site, source, by: 'board' };
  }
  const match = matchSiteSource(entry.data.sources, url, rules);
  return match.source ? { site, source: match.source, by: match.by } : { site, source: null, by: null };
}

/** A board by the page's origin, posting form or not. */
function boardAtSite(url: string): BoardId | null {
  const origin = originOf(url);
  return (origin && boardAtOrigin(origin)) || null;
}

/** Which board's posting form an address is, if any: where that board's own content script is at work. */
export function boardPostingFormAt(url: string): BoardId | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return BOARDS.find((board) => board.isPostingForm(parsed))?.id ?? null;
}
