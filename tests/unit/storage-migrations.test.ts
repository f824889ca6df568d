import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSettingsFile, SETTINGS_FILE_FORMAT } from '@/utils/settings-file';
import { storage } from 'wxt/utils/storage';
import { answersDb } from '@/utils/answers-db';
import { previewOf } from '@/utils/popup/preview';
import { cacheKey, DEFAULT_SETTINGS, moveAnswersOutOfLocalStorage, previewKey, readCachedSources, writeCachedSources, withEveryBoard } from '@/utils/storage';
import { cachedEntry, JOB, numberedJob, source } from './helpers';

/**
 * Every migration, Bitwarden-style: the old shape in, the new shape out, nothing lost.
 * The stored settings migrate when the worker loads storage.ts, so each case stores the
 * old shape first and then loads a fresh copy of the module.
 */
async function storedThenLoaded(settings: unknown, version?: number) {
  await fakeBrowser.storage.local.set({ settings, ...(version ? { settings$: { v: version } } : {}) });
  vi.resetModules();
  const { settingsItem } = await import('@/utils/storage');
  return { value: await settingsItem.getValue(), raw: await fakeBrowser.storage.local.get(['settings', 'settings$']) };
}

const V1 = {
  apiBaseUrl: 'https://hirempire.example.test',
  boards: { linkedin: { enabled: false, sourceName: 'LinkedIn Jobs' }, indeed: { enabled: true, sourceName: 'Indeed FR' } },
};

describe('settings v1 → v2', () => {
  it('keeps every stored value, and records version 2', async () => {
    const { value, raw } = await storedThenLoaded(V1, 1);
    expect(value).toEqual(V1);
    expect(raw.settings).toEqual(V1);
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('treats settings stored without a version as version 1', async () => {
    const { value, raw } = await storedThenLoaded(V1);
    expect(value).toEqual(V1);
    expect(raw.settings$).toEqual({ v: 2 });
  });

  it('fills a board missing from the stored settings with its defaults, keeping the others', async () => {
    const { value } = await storedThenLoaded({ apiBaseUrl: V1.apiBaseUrl, boards: { linkedin: V1.boards.linkedin } }, 1);
    expect(value).toEqual({ apiBaseUrl: V1.apiBaseUrl, boards: { linkedin: V1.boards.linkedin, indeed: DEFAULT_SETTINGS.boards.indeed } });
  });

  it('repairs a damaged board field from the defaults, not the whole board', () => {
    const v2 = withEveryBoard({ apiBaseUrl: V1.apiBaseUrl, boards: { linkedin: { enabled: 'yes', sourceName: 'Mine' }, indeed: undefined } });
    expect(v2.boards.linkedin).toEqual({ enabled: DEFAULT_SETTINGS.boards.linkedin.enabled, sourceName: 'Mine' });
    expect(v2.boards.indeed).toEqual(DEFAULT_SETTINGS.boards.indeed);
  });

  it('leaves version 2 settings alone', async () => {
    const { value } = await storedThenLoaded(V1, 2);
    expect(value).toEqual(V1);
  });
});

describe('settings file v1 → v2', () => {
  const file = (settings: unknown, version = 1) => JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings });

  it('reads a version 1 file to the same settings', () => {
    expect(readSettingsFile(file(V1))).toMatchObject({ ok: true, settings: V1 });
  });

  it('upgrades a version 1 file that lacks a board, instead of refusing it', () => {
    const result = readSettingsFile(file({ apiBaseUrl: V1.apiBaseUrl, boards: { linkedin: V1.boards.linkedin } }));
    expect(result).toMatchObject({ ok: true, settings: { boards: { linkedin: V1.boards.linkedin, indeed: DEFAULT_SETTINGS.boards.indeed } } });
  });

  it('still refuses a version 2 file that lacks a board', () => {
    expect(readSettingsFile(file({ apiBaseUrl: V1.apiBaseUrl, boards: { linkedin: V1.boards.linkedin } }, 2))).toMatchObject({ ok: false });
  });
});

describe('cached answers are checked when read', () => {
  const origin = DEFAULT_SETTINGS.apiBaseUrl;
  const good = cachedEntry(JOB, [source('l', 'LinkedIn', 9)]);

  it('a well-formed entry is returned as written', async () => {
    await writeCachedSources(origin, JOB, good);
    expect(await readCachedSources(origin, JOB)).toEqual(good);
  });

  it.each<[string, unknown]>([
    ['not an object', 'hello'],
    ['no sources', { data: { jobId: JOB, skipped: 0 }, fetchedAt: 1 }],
    ['another job’s answer', { ...good, data: { ...good.data, jobId: numberedJob(0) } }],
    ['a source without visits', { ...good, data: { ...good.data, sources: [{ ...good.data.sources[0], visits: undefined }] } }],
    ['a link that is not safe', { ...good, data: { ...good.data, sources: [{ ...good.data.sources[0], trackedLink: 'javascript:alert(1)' }] } }],
    ['no fetch time', { data: good.data }],
  ])('%s: dropped, not trusted', async (_label, entry) => {
    // Written as it might be found (by an older version, or damaged), not through the worker's writer.
    await writeCachedSources(origin, JOB, good);
    await answersDb.set(cacheKey(origin, JOB), entry);
    expect(await readCachedSources(origin, JOB)).toBeNull();
    // Gone from the database, and its preview from storage.local.
    expect(await answersDb.get(cacheKey(origin, JOB))).toBeUndefined();
    const left = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(left.filter((key) => key.includes(JOB))).toEqual([]);
  });
});

describe('answers move out of storage.local (earlier builds kept them there)', () => {
  const origin = DEFAULT_SETTINGS.apiBaseUrl;
  const OTHER = 'c0ffee00-0000-4000-8000-0000000000e0';
  const answer = (jobId: string) => ({ data: { jobId, sources: [source('l', 'LinkedIn', 9), source('r', 'Referral', 3)], skipped: 1 }, fetchedAt: 7 });

  it('an update moves every answer into the database, as it was, and keeps the previews', async () => {
    const legacy = {
      [cacheKey(origin, JOB)]: answer(JOB),
      [cacheKey('https://hirempire.internal.example', OTHER)]: answer(OTHER),
      [previewKey(origin, JOB).slice('local:'.length)]: previewOf(answer(JOB)),
      recentJobs: [{ jobId: JOB, openedAt: 1 }],
    };
    await fakeBrowser.storage.local.set(structuredClone(legacy));
    await moveAnswersOutOfLocalStorage();
    expect(await readCachedSources(origin, JOB)).toEqual(answer(JOB));
    expect(await readCachedSources('https://hirempire.internal.example', OTHER)).toEqual(answer(OTHER));
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [previewKey(origin, JOB).slice('local:'.length)]: previewOf(answer(JOB)),
      recentJobs: [{ jobId: JOB, openedAt: 1 }],
    });
  });

  it('an answer the worker would not trust is not moved, and its preview goes with it', async () => {
    const damaged = { ...answer(JOB), data: { ...answer(JOB).data, sources: [{ ...answer(JOB).data.sources[0], trackedLink: 'javascript:alert(1)' }] } };
    await fakeBrowser.storage.local.set({ [cacheKey(origin, JOB)]: damaged, [previewKey(origin, JOB).slice('local:'.length)]: previewOf(answer(JOB)) });
    await moveAnswersOutOfLocalStorage();
    expect(await readCachedSources(origin, JOB)).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('run again, or with nothing to move, it changes nothing', async () => {
    await writeCachedSources(origin, JOB, answer(JOB));
    const before = await fakeBrowser.storage.local.get(null);
    await moveAnswersOutOfLocalStorage();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    expect(await readCachedSources(origin, JOB)).toEqual(answer(JOB));
  });
});
