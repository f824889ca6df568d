import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { renderToStaticMarkup } from 'react-dom/server';
import { createElement } from 'react';
import { MatchPattern } from '@webext-core/match-patterns';
import type { BoardEntry, BoardId } from '@/utils/boards/registry';
import { activeJobWith, source } from './helpers';
import { contentScript, EXT_ID, EXT_ORIGIN } from './senders';

/**
 * Issue 12's promise: adding a board is one registry entry (plus its adapter, entrypoint and
 * fixture), and nothing else in the extension names a board. Here a fake third board joins
 * the registry, over settings stored at version 1 (which know only LinkedIn and Indeed), and
 * the worker, the context menu, the settings file and the options page all handle it.
 */
const STEPSTONE = vi.hoisted(
  (): BoardEntry => ({
    id: 'stepstone',
    name: 'StepStone',
    defaultSourceName: 'StepStone',
    origin: 'https://www.stepstone.de',
    matches: ['https://www.stepstone.de/*'],
    postingPagePatterns: ['https://www.stepstone.de/stellenanzeige-aufgeben/*'],
    isPostingForm: (url: URL) => url.pathname.startsWith('/stellenanzeige-aufgeben/'),
  }),
);

vi.mock('@/utils/boards/registry', async (importOriginal) => {
  const real = await importOriginal<typeof import('@/utils/boards/registry')>();
  return { ...real, ...real.registryOf([...real.BOARDS, STEPSTONE]) };
});

const stepstone = 'stepstone' as BoardId;
/** What version 1 stored: the boards of its time. */
const V1 = {
  apiBaseUrl: 'https://api.hirempire.com',
  boards: { linkedin: { enabled: false, sourceName: 'LinkedIn Jobs' }, indeed: { enabled: true, sourceName: 'Indeed FR' } },
};

async function storedV1ThenLoaded() {
  await fakeBrowser.storage.local.set({ settings: V1, settings$: { v: 1 } });
  vi.resetModules();
  return import('@/utils/storage');
}

describe('a third board added to the registry', () => {
  it('storage: settings stored at version 1 gain the new board’s defaults, and keep every stored value', async () => {
    const { settingsItem } = await storedV1ThenLoaded();
    expect(await settingsItem.getValue()).toEqual({
      apiBaseUrl: V1.apiBaseUrl,
      boards: { ...V1.boards, stepstone: { enabled: true, sourceName: 'StepStone' } },
    });
  });

  it('the worker: trusts the board’s own top frame as that board, and gives its control the board’s own link', async () => {
    const { identifyCaller } = await import('@/utils/background/trust');
    const sender = contentScript({ url: 'https://www.stepstone.de/stellenanzeige-aufgeben/schritt-1', tabId: 3 });
    expect(identifyCaller(sender, EXT_ID, EXT_ORIGIN)).toEqual({ kind: 'board', board: 'stepstone', tabId: 3 });
    expect(identifyCaller({ ...sender, frameId: 2 }, EXT_ID, EXT_ORIGIN)).toEqual({ kind: 'untrusted' });

    await storedV1ThenLoaded();
    const { activeJobWith: withJob } = await import('./helpers');
    await withJob([source('r', 'Referral', 3), source('s', 'stepstone', 7)]);
    const { boardLink } = await import('@/utils/background/board-link');
    const link = await boardLink(stepstone, {}, { now: () => 2 });
    expect(link).toMatchObject({ board: 'stepstone', enabled: true, sourceName: 'StepStone', source: { name: 'stepstone', visits: 7 } });
    expect(link.otherSources.map((s) => s.name)).toEqual(['Referral']);
  });

  it('the context menu: the board’s own source first and marked, on its posting pages', async () => {
    await activeJobWith([source('r', 'Referral', 3), source('s', 'StepStone', 7)]);
    const { menuItems } = await import('@/utils/background/context-menu');
    const items = await menuItems();
    const onPage = (url: string) =>
      items
        .filter((item) => item.parentId === 'insert-link')
        .filter((item) => !item.documentUrlPatterns || item.documentUrlPatterns.some((p) => new MatchPattern(p).includes(url)))
        .map((item) => item.title);
    expect(onPage('https://www.stepstone.de/stellenanzeige-aufgeben/schritt-1')).toEqual(['StepStone (this site)', 'Referral', 'StepStone']);
    expect(items.find((item) => item.title === 'StepStone (this site)')!.documentUrlPatterns).toEqual(STEPSTONE.postingPagePatterns);
  });

  it('the settings file: written with the board, read back; a version 1 file without it gets its defaults', async () => {
    const { readSettingsFile, settingsFileContent, SETTINGS_FILE_FORMAT } = await import('@/utils/settings-file');
    const { DEFAULT_SETTINGS } = await import('@/utils/storage');
    const settings = { ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, [stepstone]: { enabled: false, sourceName: 'StepStone DE' } } };
    expect(readSettingsFile(settingsFileContent(settings))).toMatchObject({ ok: true, settings });
    const v1File = JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: V1 });
    expect(readSettingsFile(v1File)).toMatchObject({ ok: true, settings: { boards: { ...V1.boards, stepstone: { enabled: true, sourceName: 'StepStone' } } } });
  });

  it('the options page: the boards section has the new board’s switch and source name', async () => {
    const { BoardsSection } = await import('@/components/options/BoardsSection');
    const { DEFAULT_SETTINGS } = await import('@/utils/storage');
    const setup = { settings: DEFAULT_SETTINGS, token: { state: 'none' as const }, hostAccessLost: null };
    const html = renderToStaticMarkup(createElement(BoardsSection, { setup, onState: () => undefined, saveSettings: async () => ({ ok: true }) as never }));
    for (const name of ['LinkedIn', 'Indeed', 'StepStone']) expect(html).toContain(name);
    expect(html.match(/type="checkbox"/g)).toHaveLength(3);
    expect(html).toContain('value="StepStone"');
  });
});
