import type { Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Serves the boards' fixture pages on their real hostnames. A path is mapped to a
 * fixture file; anything else gets a plain page, as a real site's other pages would.
 */
const FIXTURES = path.resolve('tests/fixtures/boards');

/** [host, pathname pattern, fixture file under tests/fixtures/boards] — first match wins. */
export const BOARD_PAGES: Array<[string, RegExp, string]> = [];

export function serveBoardPage(route: Route) {
  const url = new URL(route.request().url());
  const page = BOARD_PAGES.find(([host, pattern]) => host === url.host && pattern.test(url.pathname));
  if (!page) {
    return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>${url.host}</title><main><h1>${url.pathname}</h1></main>` });
  }
  return route.fulfill({ status: 200, contentType: 'text/html', body: readFileSync(path.join(FIXTURES, page[2]), 'utf8') });
}
