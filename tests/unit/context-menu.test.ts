import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { affectsBadgeAndMenu, menuItems, sourceForMenuItem, type MenuItem } from '@/utils/background/context-menu';
import { boardEntry } from '@/utils/boards/registry';
import { DEFAULT_SETTINGS, recentJobsItem, settingsItem, siteRulesItem } from '@/utils/storage';
import { activeJobWith, source } from './helpers';

describe('context menu', () => {
  const shownOn = (items: MenuItem[], url: string) =>
    items
      .filter((item) => item.parentId === 'insert-link')
      .filter((item) => !item.documentUrlPatterns || item.documentUrlPatterns.some((p) => new MatchPattern(p).includes(url)))
      .map((item) => item.title);

  it('one parent on every page; the page’s own source first and marked, then every source with a safe link', async () => {
    await activeJobWith([
      source('r', 'Referral', 3),
      source('i', 'Indeed', 5),
      source('x', 'Evil', 1, 'javascript:alert(1)'),
      source('l', 'linked in', 9),
      source('w', 'Welcome to the Jungle', 2),
    ]);
    const items = await menuItems();
    const parent = items.find((item) => item.id === 'insert-link')!;
    expect(parent).toMatchObject({ contexts: ['editable'] });
    expect(parent.documentUrlPatterns).toBeUndefined();
    const all = ['Referral', 'Indeed', 'linked in', 'Welcome to the Jungle'];
    expect(shownOn(items, 'https://www.linkedin.com/job-posting/')).toEqual(['linked in (this site)', ...all]);
    expect(shownOn(items, 'https://employers.indeed.com/job-posting/from-scratch/job-description')).toEqual(['Indeed (this site)', ...all]);
    expect(shownOn(items, 'https://www.welcometothejungle.com/fr/recruiter/jobs/new')).toEqual(['Welcome to the Jungle (this site)', ...all]);
    expect(shownOn(items, 'https://www.example.org/form')).toEqual(all);
    expect(items.find((item) => item.title === 'Indeed (this site)')!.documentUrlPatterns).toEqual(boardEntry('indeed').postingPagePatterns);
  });

  it('the recruiter’s site rules say where a source is marked', async () => {
    await activeJobWith([source('s', 'StepStone Deutschland', 3), source('r', 'Referral', 1)]);
    expect(shownOn(await menuItems(), 'https://www.stepstone.de/x')).toEqual(['StepStone Deutschland', 'Referral']);
    await siteRulesItem.setValue([{ site: 'stepstone.de', sourceName: 'stepstone deutschland' }]);
    expect(shownOn(await menuItems(), 'https://www.stepstone.de/x')).toEqual(['StepStone Deutschland (this site)', 'StepStone Deutschland', 'Referral']);
  });

  it('leaves out a switched-off board’s mark, and explains an empty menu', async () => {
    await activeJobWith([source('i', 'Indeed', 5)]);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, indeed: { enabled: false, sourceName: 'Indeed' } } });
    expect(shownOn(await menuItems(), 'https://employers.indeed.com/job-posting/choose-flow')).toEqual(['Indeed']);
    await recentJobsItem.setValue([]);
    expect((await menuItems()).find((item) => item.parentId === 'insert-link')?.title).toMatch(/Open a job/);
  });

  it('resolves a clicked item from storage, refusing unknown or unsafe sources', async () => {
    await activeJobWith([source('l', 'LinkedIn', 9), source('x', 'Evil', 1, 'data:text/html,hi')]);
    expect((await sourceForMenuItem('insert-source:linkedin:l'))?.trackedLink).toBe('https://jobs.hirempire.com/acme/l');
    expect((await sourceForMenuItem('insert-source:all:l'))?.trackedLink).toBe('https://jobs.hirempire.com/acme/l');
    expect(await sourceForMenuItem('insert-source:site:x')).toBeNull();
    expect(await sourceForMenuItem('insert-source:all:nope')).toBeNull();
    expect(await sourceForMenuItem('insert-link')).toBeNull();
  });
});

describe('what wakes the badge and the menu', () => {
  it('reacts to the active job, token status, settings and cached sources, not to other keys', async () => {
    // A new answer shows as its preview's change (the answer itself is in IndexedDB, written first).
    for (const key of ['recentJobs', 'tokenStatus', 'settings', 'siteRules', 'preview:https://api.hirempire.com|x']) expect(affectsBadgeAndMenu(key)).toBe(true);
    for (const key of ['seenVisits', 'cacheGeneration', 'recentJobs$']) expect(affectsBadgeAndMenu(key)).toBe(false);
  });
});

