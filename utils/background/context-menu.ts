import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { findBoardSource } from '../source-match';
import { BOARD_IDS, boardEntry, type BoardId } from '../boards/registry';
import type { JobSource } from '../api/schema';
import { sendToTab } from '../messaging/tab-protocol';
import { visibleLine } from '../visible-text';
import { readCachedSources, recentJobsItem, settingsItem } from '../storage';

// "Insert tracked link" on editable fields of the boards' posting pages, with one item per
// source of the active job, the board's own first. Rebuilt whenever the active job, its cached
// sources or the settings change.

const PARENT = (board: BoardId) => `insert-link:${board}`;
const ITEM_PREFIX = 'insert-source:';

export interface MenuItem {
  id: string;
  parentId?: string;
  title: string;
  contexts: ['editable'];
  documentUrlPatterns: string[];
}

/** Menu items for the current state: one parent per enabled board, its sources beneath. */
export async function menuItems(): Promise<MenuItem[]> {
  const [jobs, settings] = await Promise.all([recentJobsItem.getValue(), settingsItem.getValue()]);
  const job = jobs[0];
  const cached = job ? await readCachedSources(settings.apiBaseUrl, job.jobId) : null;
  const linkable = cached?.data.sources.filter((source) => source.trackedLink) ?? [];
  const items: MenuItem[] = [];
  for (const board of BOARD_IDS) {
    if (!settings.boards[board].enabled) continue;
    const base = { contexts: ['editable'] as ['editable'], documentUrlPatterns: boardEntry(board).postingPagePatterns };
    items.push({ ...base, id: PARENT(board), title: i18n.t('menu_insert_link') });
    const own = findBoardSource(linkable, settings.boards[board].sourceName);
    const ordered = own ? [own, ...linkable.filter((source) => source !== own)] : linkable;
    if (!ordered.length) {
      const title = i18n.t(job ? 'menu_no_linked_source' : 'menu_no_active_job');
      items.push({ ...base, id: `${PARENT(board)}:none`, parentId: PARENT(board), title });
    }
    // Menus cannot list thousands of entries usefully; the popup is there for the rest.
    for (const source of ordered.slice(0, 20)) {
      items.push({ ...base, id: `${ITEM_PREFIX}${board}:${source.id}`, parentId: PARENT(board), title: visibleLine(source.name) || i18n.t('menu_unnamed_source') });
    }
  }
  return items;
}

/** The storage.local keys whose change can change the badge or the menu (the rest, e.g. seen visits, cannot). */
export function affectsBadgeAndMenu(key: string): boolean {
  return ['recentJobs', 'tokenStatus', 'settings'].includes(key) || key.startsWith('cache:');
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

export async function onMenuClicked(info: { menuItemId: string | number; frameId?: number }, tab?: { id?: number }) {
  const source = await sourceForMenuItem(info.menuItemId);
  if (!source || tab?.id == null) return;
  await sendToTab(tab.id, { type: 'tab.insertLink', source: { name: source.name, trackedLink: source.trackedLink } }, info.frameId ?? 0);
}
