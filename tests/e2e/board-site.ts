import type { Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves the boards' fixture pages on their real hostnames. A path is mapped to a
 * fixture file; anything else gets a plain page, as a real site's other pages would.
 */
const FIXTURES = path.resolve('tests/fixtures/boards');

/**
 * [host, pattern, fixture file under tests/fixtures/boards] — first match wins. The pattern
 * is tested against the path and query ("/job-posting/v2/?lang=fr"), so one URL shape can
 * serve the interface in another language.
 */
const LINKEDIN = 'www.linkedin.com';
const INDEED = 'employers.indeed.com';
const WTTJ = 'www.welcometothejungle.com';
const STEPSTONE = 'www.stepstone.de';
export const BOARD_PAGES: Array<[string, RegExp, string]> = [
  [LINKEDIN, /^\/feed\/?(\?|$)/, 'linkedin-feed.html'],
  [LINKEDIN, /^\/job-posting\/form\//, 'linkedin-one-step.html'],
  [LINKEDIN, /^\/job-posting\/v2\/.*[?&]dialog=interop\b/, 'linkedin-interop-dialog.html'],
  [LINKEDIN, /^\/job-posting\/v2\/.*[?&]lang=fr\b/, 'linkedin-v2-fr.html'],
  [LINKEDIN, /^\/job-posting\/v2\/.*[?&]lang=pt\b/, 'linkedin-v2-pt.html'],
  [LINKEDIN, /^\/job-posting\/v2(\/|\?|$)/, 'linkedin-v2.html'],
  [LINKEDIN, /^\/job-posting\/?(\?|$)/, 'linkedin-ember.html'],
  [LINKEDIN, /^\/hiring\/jobs\/job-posting\/\d+/, 'linkedin-generated.html'],
  [INDEED, /^\/(jobs|job-posting\/|sponsor\/)/, 'indeed-posting.html'],
  [INDEED, /^\/(p\/post-job|o\/p\/)/, 'indeed-ja.html'],
  [WTTJ, /^\/fr\/recruiter\/apply-widget/, 'welcometothejungle-apply-widget.html'],
  [WTTJ, /^\/fr\/recruiter\/jobs\/new/, 'welcometothejungle.html'],
  [STEPSTONE, /^\/stellenanzeige\/neu/, 'stepstone.html'],
];

/**
 * ES modules a fixture page imports through its import map (a real editor, e.g. ProseMirror),
 * served from node_modules under /_fixture/npm/ on the board's own host; only these packages.
 */
const FIXTURE_MODULES = /^\/_fixture\/npm\/((?:prosemirror-[a-z-]+|orderedmap|w3c-keyname)\/(?:dist\/)?index\.js)$/;

/**
 * What a board URL gets: a fixture module, a fixture page, or a plain page. Shared by
 * Playwright's routes and the Firefox suite's HTTPS server (tests/e2e-firefox/rig.ts).
 */
export function boardPageFor(url: URL): { status: number; contentType: string; body: string; headers: Record<string, string> } {
  const module = FIXTURE_MODULES.exec(url.pathname);
  if (module) return { status: 200, contentType: 'text/javascript', body: readFileSync(path.resolve('node_modules', module[1]), 'utf8'), headers: {} };
  const page = BOARD_PAGES.find(([host, pattern]) => host === url.host && pattern.test(url.pathname + url.search));
  const body = page
    ? readFileSync(path.join(FIXTURES, page[2]), 'utf8')
    : `<!doctype html><title>${url.host}</title><main><h1>${url.pathname}</h1></main>`;
  return { status: 200, contentType: 'text/html', body, headers: policyHeaders(url) };
}

/**
 * `?clipboard=blocked`: the board refuses the Clipboard API to every script in the page, content
 * scripts included, as a site may with `Permissions-Policy: clipboard-write=()` (issue 16, item 4).
 */
function policyHeaders(url: URL): Record<string, string> {
  return url.searchParams.get('clipboard') === 'blocked' ? { 'Permissions-Policy': 'clipboard-write=()' } : {};
}

export function serveBoardPage(route: Route) {
  return route.fulfill(boardPageFor(new URL(route.request().url())));
}
