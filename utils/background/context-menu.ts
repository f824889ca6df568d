import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { findBoardSource } from '../source-match';
import { BOARDS, BOARD_IDS, boardEntry } from '../boards/registry';
import { siteOf, sourceSitePatterns } from '../site-match';
import { deliver } from './any-site';
import type { JobSource } from '../api/schema';
import { readCachedSources, recentJobsItem, settingsItem, siteRulesItem } from '../storage';
import { PREVIEW_PREFIX } from '../storage-keys';

// "Insert tracked link" on editable fields of any page, with the active job's sources beneath.
// The source that belongs to the page comes first, marked: a board's own source on its posting
// pages, and on other sites the source the recruiter's rules or the site's name point to.
// Chrome never says which page a menu is about to open on, so those first items are told in
// advance where to show (documentUrlPatterns); the full list follows everywhere. Rebuilt
// whenever the active job, its cached sources, the settings or the site rules change.

const PARENT = 'insert-link';
const ITEM_PREFIX = 'insert-source:';
/** Menus cannot list thousands of entries usefully; the popup is there for the rest. */
const MAX_SOURCES = 20;

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  contexts: ['editable'];
  documentUrlPatterns?: string[];
}

/** Menu items for the current state: one parent, the page's own source first, then every source. */
export async function menuItems(): Promise<MenuItem[]> {
  const [jobs, settings, rules] = await Promise.all([recentJobsItem.getValue(), settingsItem.getValue(), siteRulesItem.getValue()]);
  const job = jobs[0];
  const cached = job ? await readCachedSources(settings.apiBaseUrl, job.jobId) : null;
  const linkable = (cached?.data.sources.filter((source) => source.trackedLink) ?? []).slice(0, MAX_SOURCES);
  const base = { contexts: ['editable'] as ['editable'] };
  const items: MenuItem[] = [{ ...base, id: PARENT, title: i18n.t('menu_insert_link') }];
  if (!linkable.length) {
    items.push({ ...base, id: `${PARENT}:none`, parentId: PARENT, title: i18n.t(job ? 'menu_no_linked_source' : 'menu_no_active_job') });
    return items;
  }
  const name = (source: JobSource) => source.name || i18n.t('menu_unnamed_source');
  const mark = (source: JobSource) => i18n.t('menu_this_site_source', { source: name(source) });
  for (const board of BOARD_IDS) {
    if (!settings.boards[board].enabled) continue;
    const own = findBoardSource(linkable, settings.boards[board].sourceName);
    if (own) items.push({ ...base, id: `${ITEM_PREFIX}${board}:${own.id}`, parentId: PARENT, title: mark(own), documentUrlPatterns: boardEntry(board).postingPagePatterns });
  }
  // The boards' own sites: their posting pages have the board's mark above (or none, when switched off).
  const boardSites = BOARDS.map((board) => siteOf(board.origin)).filter((site): site is string => !!site);
  for (const source of linkable) {
    const patterns = sourceSitePatterns(source.name, rules, boardSites);
    if (patterns.length) items.push({ ...base, id: `${ITEM_PREFIX}site:${source.id}`, parentId: PARENT, title: mark(source), documentUrlPatterns: patterns });
  }
  for (const source of linkable) items.push({ ...base, id: `${ITEM_PREFIX}all:${source.id}`, parentId: PARENT, title: name(source) });
  return items;
}

/**
 * The storage.local keys whose change can change the badge or the menu (the rest, e.g. seen
 * visits, cannot). A new answer shows as its preview's change: the answer itself is in
 * answers-db.ts, written just before.
 */
export function affectsBadgeAndMenu(key: string): boolean {
  return ['recentJobs', 'tokenStatus', 'settings', 'siteRules'].includes(key) || key.startsWith(PREVIEW_PREFIX);
}

let rebuilding: Promise<void> = Promise.resolve();

/** Replaces all menu items; serialised so that overlapping rebuilds never create duplicates. */
export function rebuildContextMenu(): Promise<void> {
  rebuilding = rebuilding.then(async () => {
    const items = await menuItems();
    await browser.contextMenus.removeAll();
    for (const item of items) browser.contextMenus.create(item);
  }).catch((error) => console.error('Hirempire: could not build the context menu', (error as Error)?.name));
  return rebuilding;
}

/** Which source a clicked item stands for, looked up afresh (the worker may have restarted since). */
export async function sourceForMenuItem(menuItemId: string | number): Promise<JobSource | null> {
  const id = String(menuItemId);
  if (!id.startsWith(ITEM_PREFIX)) return null;
  const sourceId = id.slice(ITEM_PREFIX.length).split(':').slice(1).join(':');
  const [jobs, settings] = await Promise.all([recentJobsItem.getValue(), settingsItem.getValue()]);
  if (!jobs[0]) return null;
  const cached = await readCachedSources(settings.apiBaseUrl, jobs[0].jobId);
  return cached?.data.sources.find((source) => source.id === sourceId && source.trackedLink) ?? null;
}

export async function onMenuClicked(info: { menuItemId: string | number; frameId?: number; pageUrl?: string; frameUrl?: string }, tab?: { id?: number; url?: string }) {
  const source = await sourceForMenuItem(info.menuItemId);
  if (!source || tab?.id == null) return;
  const frameId = info.frameId ?? 0;
  const url = frameId === 0 ? (info.pageUrl ?? tab.url) : info.frameUrl;
  await deliver(tab.id, frameId, url, { type: 'tab.insertLink', source: { name: source.name, trackedLink: source.trackedLink } });
}
