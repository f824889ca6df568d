import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import type { JobSource } from '@/utils/api/schema';
import { matchSiteSource, normalizeSite, ruleFor, siteNames, siteOf, sourceSitePatterns } from '@/utils/site-match';

const source = (name: string, id = name, trackedLink: string | null = `https://jobs.hirempire.com/s/${encodeURIComponent(id)}`): JobSource =>
  ({ id, name, trackedLink, visits: 0 }) as unknown as JobSource;
const SOURCES = [
  source('LinkedIn'),
  source('Glassdoor'),
  source('Welcome to the Jungle'),
  source('StepStone'),
  source('StepStone DE', 'stepstone-de'),
  source('Jobs.ch'),
  source('Xing', 'xing', null),
];

describe('which source belongs to a site', () => {
  it.each([
    ['https://www.glassdoor.com/employers/post-job', 'Glassdoor'],
    ['https://fr.glassdoor.ch/Emploi/index.htm', 'Glassdoor'],
    ['https://www.welcometothejungle.com/fr/companies/acme/jobs/new', 'Welcome to the Jungle'],
    ['https://employers.stepstone.de/stellenanzeige', 'StepStone'],
    ['https://www.jobs.ch/de/recruiter/', 'Jobs.ch'],
  ])('%s → %s (by name)', (url, name) => {
    const match = matchSiteSource(SOURCES, url, []);
    expect(match.source?.name).toBe(name);
    expect(match.source && match.by).toBe('name');
  });

  it('the recruiter’s rule wins over the name, the most specific rule first', () => {
    const rules = [
      { site: 'stepstone.de', sourceName: 'StepStone DE' },
      { site: 'employers.stepstone.de', sourceName: 'Glassdoor' },
    ];
    expect(matchSiteSource(SOURCES, 'https://www.stepstone.de/jobs', rules)).toMatchObject({ by: 'rule', site: 'stepstone.de', source: { id: 'stepstone-de' } });
    expect(matchSiteSource(SOURCES, 'https://employers.stepstone.de/x', rules).source?.name).toBe('Glassdoor');
    expect(ruleFor(rules, 'https://notstepstone.de/')).toBeNull();
  });

  it('a rule naming a source this job lacks falls back to the name, and says so when nothing matches', () => {
    const rules = [{ site: 'xing.com', sourceName: 'Xing Premium' }];
    expect(matchSiteSource(SOURCES, 'https://www.xing.com/jobs/post', rules)).toEqual({ source: null, site: 'xing.com', rule: rules[0] });
    // Xing is a source, but without a link: nothing to copy there.
    expect(matchSiteSource(SOURCES, 'https://www.xing.com/jobs/post', []).source).toBeNull();
  });

  it('pages that are not sites match nothing', () => {
    for (const url of ['chrome://extensions/', 'about:blank', 'file:///tmp/x.html', 'not a url']) {
      expect(matchSiteSource(SOURCES, url, [])).toEqual({ source: null, site: null });
    }
    expect(siteOf('http://localhost:5173/post')).toBe('localhost');
  });

  it('a site goes by its name, its name with its suffix, and its domain', () => {
    expect(siteNames('https://www.stepstone.de/')).toEqual(['stepstone', 'stepstonede']);
    expect(siteNames('https://jobs.example.co.uk/')).toEqual(['example', 'examplecouk']);
  });
});

describe('rules as the recruiter types them', () => {
  it.each([
    ['stepstone.de', 'stepstone.de'],
    ['  WWW.StepStone.de ', 'stepstone.de'],
    ['https://www.stepstone.de/stellenanzeige?x=1', 'stepstone.de'],
    ['fr.glassdoor.ch', 'fr.glassdoor.ch'],
  ])('%j → %j', (input, site) => {
    expect(normalizeSite(input)).toBe(site);
  });

  it.each(['', 'stepstone', 'javascript:alert(1)', 'file:///etc/passwd', 'a..b.de', '-x.de', 'exa mple.com', `${'a'.repeat(64)}.com`])(
    'refuses %j',
    (input) => {
      expect(normalizeSite(input)).toBeNull();
    },
  );
});

describe('where the "this site" menu item shows', () => {
  const shows = (name: string, url: string, rules = [] as { site: string; sourceName: string }[]) =>
    sourceSitePatterns(name, rules).some((pattern) => new MatchPattern(pattern).includes(url));

  it('on the site the name says, under common suffixes, and on the rules’ sites', () => {
    expect(shows('Welcome to the Jungle', 'https://www.welcometothejungle.com/fr/jobs')).toBe(true);
    expect(shows('StepStone', 'https://www.stepstone.de/')).toBe(true);
    expect(shows('StepStone DE', 'https://www.stepstone.de/')).toBe(true);
    expect(shows('StepStone DE', 'https://www.stepstone.fr/')).toBe(false);
    expect(shows('Glassdoor', 'https://www.welcometothejungle.com/')).toBe(false);
    expect(shows('Company careers', 'https://careers.acme.example/', [{ site: 'acme.example', sourceName: 'company careers' }])).toBe(true);
  });

  it('a site with a rule is that rule’s alone, and a board’s own site is its board’s', () => {
    const rules = [{ site: 'stepstone.de', sourceName: 'StepStone Deutschland' }];
    expect(shows('StepStone', 'https://www.stepstone.de/', rules)).toBe(false);
    expect(shows('StepStone Deutschland', 'https://www.stepstone.de/', rules)).toBe(true);
    expect(shows('StepStone', 'https://www.stepstone.fr/', rules)).toBe(true);
    const onBoard = (name: string, url: string) =>
      sourceSitePatterns(name, [], ['linkedin.com', 'indeed.com']).some((pattern) => new MatchPattern(pattern).includes(url));
    expect(onBoard('LinkedIn', 'https://www.linkedin.com/job-posting/')).toBe(false);
    expect(onBoard('Indeed', 'https://employers.indeed.com/job-posting/x')).toBe(false);
    expect(onBoard('Indeed', 'https://www.indeed.co.uk/')).toBe(true);
  });
});
