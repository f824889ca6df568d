import { describe, expect, it, vi } from 'vitest';
import { compactCount, badgeState } from '@/utils/background/badge';
import { menuItems, sourceForMenuItem } from '@/utils/background/context-menu';
import { POSTING_PAGE_PATTERNS } from '@/utils/boards/posting-pages';
import { DEFAULT_SETTINGS, recentJobsItem, settingsItem, tokenStatusItem, writeCachedSources } from '@/utils/storage';
import { toJobSource } from '@/utils/api/schema';

const JOB = '3d6f0a52-9b1e-4c7d-8e2f-5a4b3c2d1e0f';
const source = (id: string, name: string, visits: number, url = `https://jobs.hirempire.com/acme/${id}`) =>
  toJobSource({ id, source_name: name, source_url: url, visits, created_at: '2026-09-01T09:00:00.000Z' });

async function activeJobWith(sources: ReturnType<typeof source>[], label?: string) {
  await recentJobsItem.setValue([{ jobId: JOB, label, openedAt: 1 }]);
  await writeCachedSources(DEFAULT_SETTINGS.apiBaseUrl, JOB, { data: { jobId: JOB, sources, skipped: 0 }, fetchedAt: 1 });
}

describe('toolbar badge', () => {
  it.each([
    [0, '0'],
    [824, '824'],
    [1234, '1.2K'],
    [12_345, '12K'],
    [123_456, '123K'],
    [1_250_000, '1.3M'],
  ])('compacts %i as %s', (count, text) => {
    expect(compactCount(count, 'en')).toBe(text);
  });

  it('is empty with no active job, and names the job with its total otherwise', async () => {
    expect((await badgeState()).text).toBe('');
    await activeJobWith([source('a', 'LinkedIn', 800), source('b', 'Indeed', 24)], 'Backend – Paris');
    const state = await badgeState();
    expect(state.text).toBe('824');
    expect(state.title).toBe('Hirempire: Backend – Paris: 824 visits');
  });

  it('says "!" when the token was refused, whatever the job', async () => {
    await activeJobWith([source('a', 'LinkedIn', 800)]);
    await tokenStatusItem.setValue({ state: 'invalid' });
    expect((await badgeState()).text).toBe('!');
  });
});

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
    expect(parent.documentUrlPatterns).toEqual(POSTING_PAGE_PATTERNS.indeed);
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

describe('copy shortcut', () => {
  it('asks the board tab’s top frame to copy, and ignores other commands and other sites', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { onCommand, COPY_LINK_COMMAND } = await import('@/utils/background/commands');
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
    await onCommand(COPY_LINK_COMMAND, { id: 7, url: 'https://www.linkedin.com/job-posting/' });
    await onCommand(COPY_LINK_COMMAND, { id: 8, url: 'https://example.com/' });
    await onCommand('something-else', { id: 9, url: 'https://employers.indeed.com/job-posting/' });
    expect(sendMessage.mock.calls).toEqual([[7, { type: 'tab.copyLink' }, { frameId: 0 }]]);
  });
});

describe('what wakes the badge and the menu', () => {
  it('reacts to the active job, token status, settings and cached sources, not to other keys', async () => {
    const { affectsBadgeAndMenu } = await import('@/utils/background/context-menu');
    for (const key of ['recentJobs', 'tokenStatus', 'settings', 'cache:https://api.hirempire.com|x']) expect(affectsBadgeAndMenu(key)).toBe(true);
    for (const key of ['seenVisits', 'cacheGeneration', 'recentJobs$']) expect(affectsBadgeAndMenu(key)).toBe(false);
  });
});

describe('requests from the worker to a board page', () => {
  it('accept only the two request types, and only tracked links to insert', async () => {
    const { parseTabRequest } = await import('@/utils/messaging/tab-protocol');
    const link = 'https://jobs.hirempire.com/acme/x';
    expect(parseTabRequest({ type: 'tab.copyLink', extra: 1 })).toEqual({ type: 'tab.copyLink' });
    expect(parseTabRequest({ type: 'tab.insertLink', source: { name: 'Referral', trackedLink: link } })).toEqual({
      type: 'tab.insertLink',
      source: { name: 'Referral', trackedLink: link },
    });
    for (const bad of [
      null,
      'tab.copyLink',
      { type: 'token.save' },
      { type: 'tab.insertLink' },
      { type: 'tab.insertLink', source: { name: 'X', trackedLink: 'javascript:alert(1)' } },
      { type: 'tab.insertLink', source: { name: 'X', trackedLink: 'http://jobs.hirempire.com/x' } },
      { type: 'tab.insertLink', source: { name: 1, trackedLink: link } },
    ]) {
      expect(parseTabRequest(bad)).toBeNull();
    }
  });

  it('come only from this extension’s worker, never from a tab', async () => {
    const { isFromWorker } = await import('@/utils/background/trust');
    expect(isFromWorker({ id: 'ours' }, 'ours')).toBe(true);
    expect(isFromWorker({ id: 'ours', tab: { id: 3 } }, 'ours')).toBe(false);
    expect(isFromWorker({ id: 'theirs' }, 'ours')).toBe(false);
    expect(isFromWorker({}, 'ours')).toBe(false);
  });
});
