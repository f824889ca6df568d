import { describe, expect, it } from 'vitest';
import { affectsBadgeAndMenu, menuItems, sourceForMenuItem } from '@/utils/background/context-menu';
import { boardEntry } from '@/utils/boards/registry';
import { DEFAULT_SETTINGS, settingsItem } from '@/utils/storage';
import { activeJobWith, source } from './helpers';

describe('context menu', () => {
  it('puts the board’s own source first, and only sources with a safe link', async () => {
    await activeJobWith([
      source('r', 'Referral', 3),
      source('i', 'Indeed', 5),
      source('x', 'Evil', 1, 'javascript:alert(1)'),
      source('l', 'linked in', 9),
    ]);
    const items = await menuItems();
    const children = (board: string) => items.filter((item) => item.parentId === `insert-link:${board}`).map((item) => item.title);
    expect(children('linkedin')).toEqual(['linked in', 'Referral', 'Indeed']);
    expect(children('indeed')).toEqual(['Indeed', 'Referral', 'linked in']);
    const parent = items.find((item) => item.id === 'insert-link:indeed')!;
    expect(parent.contexts).toEqual(['editable']);
    expect(parent.documentUrlPatterns).toEqual(boardEntry('indeed').postingPagePatterns);
  });

  it('titles carry no bidirectional or invisible control characters', async () => {
    await activeJobWith([source('r', '\u202Elarrefer\u202C\u200B \u2066team\u2069\u200F', 3)]);
    const titles = (await menuItems()).map((item) => item.title);
    expect(titles).toContain('larrefer team');
    for (const title of titles) expect(title).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/);
  });

  it('leaves out a board that is switched off, and explains an empty menu', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, indeed: { enabled: false, sourceName: 'Indeed' } } });
    const items = await menuItems();
    expect(items.some((item) => item.id.includes('indeed'))).toBe(false);
    expect(items.find((item) => item.parentId === 'insert-link:linkedin')?.title).toMatch(/Open a job/);
  });

  it('resolves a clicked item from storage, refusing unknown or unsafe sources', async () => {
    await activeJobWith([source('l', 'LinkedIn', 9), source('x', 'Evil', 1, 'data:text/html,hi')]);
    expect((await sourceForMenuItem('insert-source:linkedin:l'))?.trackedLink).toBe('https://jobs.hirempire.com/acme/l');
    expect(await sourceForMenuItem('insert-source:linkedin:x')).toBeNull();
    expect(await sourceForMenuItem('insert-source:linkedin:nope')).toBeNull();
    expect(await sourceForMenuItem('insert-link:linkedin')).toBeNull();
  });
});


describe('what wakes the badge and the menu', () => {
  it('reacts to the active job, token status, settings and cached sources, not to other keys', async () => {
    for (const key of ['recentJobs', 'tokenStatus', 'settings', 'cache:https://api.hirempire.com|x']) expect(affectsBadgeAndMenu(key)).toBe(true);
    for (const key of ['seenVisits', 'cacheGeneration', 'recentJobs$']) expect(affectsBadgeAndMenu(key)).toBe(false);
  });
});

