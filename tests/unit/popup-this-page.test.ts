import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { jobOnPage, pageUnderPopup, webPage } from '@/utils/popup/this-page';
import { siteMatch } from '@/utils/background/any-site';
import { siteRulesItem } from '@/utils/storage';
import { activeJobWith, DOC_JOB as OTHER_JOB, JOB, source } from './helpers';

describe('the page under the popup', () => {
  it('is read from the active tab, and only when it is a web page (activeTab gives the address; without it there is none)', async () => {
    const query = vi.spyOn(browser.tabs, 'query');
    query.mockResolvedValueOnce([{ url: 'https://www.stepstone.de/stellenanzeige/neu' }] as never);
    expect(await pageUnderPopup()).toBe('https://www.stepstone.de/stellenanzeige/neu');
    query.mockResolvedValueOnce([{ id: 3 }] as never);
    expect(await pageUnderPopup()).toBeNull();
    query.mockRejectedValueOnce(new Error('No window'));
    expect(await pageUnderPopup()).toBeNull();
    expect(query).toHaveBeenLastCalledWith({ active: true, currentWindow: true });
  });

  it.each([
    ['https://app.hirempire.com/jobs/x', true],
    ['http://localhost:3000/', true],
    ['chrome://extensions/', false],
    ['chrome-extension://abc/popup.html', false],
    ['about:blank', false],
    ['not a url', false],
  ])('%s is a web page: %s', (url, web) => {
    expect(webPage(url)).toBe(web ? url : null);
  });

  it('offers the job its address names, unless that job is the one shown', () => {
    const url = `https://app.hirempire.com/jobs/${OTHER_JOB.toUpperCase()}/sources`;
    expect(jobOnPage(url, null)).toBe(OTHER_JOB);
    expect(jobOnPage(url, JOB)).toBe(OTHER_JOB);
    expect(jobOnPage(url, OTHER_JOB)).toBeNull();
    expect(jobOnPage('https://www.stepstone.de/stellenanzeige/neu', JOB)).toBeNull();
    expect(jobOnPage(null, JOB)).toBeNull();
  });
});

describe('which source belongs to the page (site.match)', () => {
  const sources = [source('i', 'Indeed', 5), source('w', 'Welcome to the Jungle', 2), source('s', 'StepStone Deutschland', 1)];

  it('a board’s own source on the board, the name’s elsewhere, the rule’s where the recruiter set one', async () => {
    await activeJobWith(sources);
    expect(await siteMatch('https://employers.indeed.com/job-posting/x', JOB)).toMatchObject({ site: 'indeed.com', source: { name: 'Indeed' }, by: 'board' });
    expect(await siteMatch('https://www.welcometothejungle.com/fr/recruiter/jobs/new', JOB)).toMatchObject({
      site: 'welcometothejungle.com',
      source: { name: 'Welcome to the Jungle' },
      by: 'name',
    });
    expect(await siteMatch('https://www.stepstone.de/stellenanzeige/neu', JOB)).toEqual({ site: 'stepstone.de', source: null, by: null });
    await siteRulesItem.setValue([{ site: 'stepstone.de', sourceName: 'stepstone deutschland' }]);
    expect(await siteMatch('https://www.stepstone.de/stellenanzeige/neu', JOB)).toMatchObject({ source: { name: 'StepStone Deutschland' }, by: 'rule' });
  });

  it('answers for the job the popup shows, from its cached answer only; nothing for a page that is not a site', async () => {
    await activeJobWith(sources);
    expect(await siteMatch('https://www.welcometothejungle.com/', OTHER_JOB)).toEqual({ site: 'welcometothejungle.com', source: null, by: null });
    expect(await siteMatch('chrome://newtab/', JOB)).toEqual({ site: null, source: null, by: null });
  });
});
