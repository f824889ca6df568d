import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { HOST_TAG } from '@/utils/boards/control';
import { anyBoard, startBoard, startInPage } from '@/utils/boards/engine';
import { linkedin } from '@/utils/boards/linkedin';
import type { Send } from '@/utils/boards/link-store';
import type { ControlLink, Request } from '@/utils/messaging/protocol';
import { FIXTURE_PAGES, loadFixture } from '../fixtures/boards/load';

/**
 * The engine in happy-dom, driven like LinkedIn's single-page app: the feed fixture's
 * templates rendered by hand, in-page navigation through history.pushState and the
 * Navigation API's `navigatesuccess` (a stand-in EventTarget here).
 */
const LINK: ControlLink = {
  board: 'linkedin',
  enabled: true,
  sourceName: 'LinkedIn',
  hasJob: true,
  jobKey: 1,
  source: { id: 's1', name: 'LinkedIn', trackedLink: 'https://jobs.hirempire.com/acme/s1' },
  otherSources: [],
};

// Counts the MutationObservers that are observing right now.
let observing = 0;
const RealObserver = globalThis.MutationObserver;
class CountingObserver extends RealObserver {
  active = false;
  observe(target: Node, options?: MutationObserverInit) {
    if (!this.active) observing++;
    this.active = true;
    super.observe(target, options);
  }
  disconnect() {
    if (this.active) observing--;
    this.active = false;
    super.disconnect();
  }
}

let navigation: EventTarget;
let ctx: ContentScriptContext;
let sent: Request[];
let reply: (request: Request) => unknown;

const send: Send = async (request) => {
  sent.push(request);
  return reply(request) as never;
};

const frames = async (n = 3) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
};
const hosts = () => Array.from(document.querySelectorAll(HOST_TAG)) as HTMLElement[];
const go = (path: string) => {
  history.pushState({}, '', path);
  navigation.dispatchEvent(new Event('navigatesuccess'));
};
const render = (template: string) => {
  const main = document.querySelector('#main')!;
  main.replaceChildren((document.querySelector<HTMLTemplateElement>(template)!.content.cloneNode(true)));
};

beforeEach(() => {
  observing = 0;
  sent = [];
  reply = () => ({ ok: true, value: LINK });
  vi.stubGlobal('MutationObserver', CountingObserver);
  navigation = new EventTarget();
  vi.stubGlobal('navigation', navigation);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.linkedin.com/feed/');
  loadFixture(FIXTURE_PAGES.linkedinFeed.file);
  render('#page-feed');
  ctx = new ContentScriptContext('linkedin');
});

afterEach(() => {
  (fakeBrowser.runtime as { id?: string }).id = 'test-extension-id';
  ctx.abort();
  vi.unstubAllGlobals();
});

describe('the board engine', () => {
  it('does nothing on the feed: no control, no observer, no message — only the navigation listener', async () => {
    const engine = startBoard(ctx, linkedin, { send });
    await frames();
    expect(engine.locationSource).toBe('navigation-api');
    expect(engine.active).toBe(false);
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
    expect(sent).toEqual([]);
  });

  it('follows in-page navigation into the form and out again', async () => {
    const engine = startBoard(ctx, linkedin, { send });
    go('/job-posting/?trk=nav_post_job');
    expect(engine.active).toBe(true);
    expect(sent).toEqual([{ type: 'board.link' }]); // asked before any click (and before any control)
    await frames();
    expect(observing).toBe(1);

    render('#page-posting'); // the app renders the form after the URL changed
    await frames();
    const fields = linkedin.findTargets(document).map((t) => t.field);
    expect(fields).toHaveLength(2);
    expect(hosts()).toHaveLength(2);
    for (const field of fields) {
      // Right after the field's container: the next thing in the document after the field's block.
      const host = hosts().find((h) => h.previousElementSibling?.contains(field));
      expect(host).toBeDefined();
    }
    expect(hosts().map((h) => h.dataset.kind)).toEqual(['description', 'apply-url']);

    go('/feed/');
    render('#page-feed');
    await frames();
    expect(engine.active).toBe(false);
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
  });

  it('gives a re-rendered field its control (the old one, moved: nothing built again) and never two', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    expect(hosts()).toHaveLength(2);
    const first = hosts();
    for (let i = 0; i < 3; i++) {
      render('#page-posting');
      await frames();
      expect(hosts()).toHaveLength(2);
      expect(hosts().every((host) => first.includes(host))).toBe(true);
    }
    // Only one field re-rendered: still one control each.
    const apply = document.querySelector('[name="job-posting-apply-method-value"]')!;
    apply.replaceWith(apply.cloneNode(true));
    await frames();
    expect(hosts()).toHaveLength(2);
    expect(hosts().every((h) => h.isConnected)).toBe(true);
  });

  it('puts its control back when the page removed only the control', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    hosts()[0].remove();
    document.querySelector('#main')!.append(document.createElement('span')); // any later change of the page
    await frames();
    expect(hosts()).toHaveLength(2);
  });

  it('no control on a posting step without a field for the link; the floating one comes when the recruiter focuses an unrecognised multi-line field', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-job-view');
    const main = document.querySelector('#main')!;
    main.insertAdjacentHTML('beforeend', '<label>Job title <input id="title"></label><label>Notes for your team <textarea id="notes"></textarea></label>');
    startBoard(ctx, linkedin, { send, isUserEvent: () => true });
    await frames(5);
    expect(hosts()).toEqual([]);
    document.querySelector<HTMLInputElement>('#title')!.focus(); // a single-line text field: nothing
    await frames();
    expect(hosts()).toEqual([]);
    document.querySelector<HTMLTextAreaElement>('#notes')!.focus();
    expect(hosts().map((h) => h.dataset.kind)).toEqual(['floating']);
    render('#page-posting');
    await frames();
    expect(hosts().map((h) => h.dataset.kind)).toEqual(['description', 'apply-url', 'floating']);
  });

  it('a page’s own focus events (not the recruiter’s) bring no floating control', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-job-view');
    document.querySelector('#main')!.insertAdjacentHTML('beforeend', '<label>Notes <textarea id="notes"></textarea></label>');
    startBoard(ctx, linkedin, { send });
    await frames();
    document.querySelector<HTMLTextAreaElement>('#notes')!.focus();
    document.querySelector('#notes')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    await frames();
    expect(hosts()).toEqual([]);
  });

  it('a busy page whose changes hold no field costs no scan; a field arriving does', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    let scans = 0;
    startBoard(ctx, { ...linkedin, findTargets: (root, seen) => (scans++, linkedin.findTargets(root, seen)) }, { send });
    await frames();
    const before = scans;
    const feed = document.createElement('section');
    document.body.append(feed);
    for (let i = 0; i < 5; i++) {
      feed.replaceChildren(...Array.from({ length: 50 }, (_, n) => Object.assign(document.createElement('article'), { textContent: `Post ${i}-${n}` })));
      await frames(1);
    }
    expect(scans).toBe(before);
    feed.append(document.createElement('textarea'));
    await frames();
    expect(scans).toBe(before + 1);
  });

  it('never reads a known field’s labels again', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    const known = new Set(linkedin.findTargets(document).map((t) => t.field));
    expect(hosts()).toHaveLength(2);
    const read = vi.spyOn(Element.prototype, 'getAttribute');
    document.querySelector('#main')!.append(document.createElement('textarea')); // a change worth a scan
    await frames();
    const labelReads = read.mock.contexts.filter((el, i) => known.has(el as HTMLElement) && ['aria-labelledby', 'aria-label'].includes(read.mock.calls[i][0]));
    expect(labelReads).toEqual([]);
    expect(hosts()).toHaveLength(2);
  });

  it('removes everything and stops when the content script is invalidated (extension reloaded)', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    const engine = startBoard(ctx, linkedin, { send });
    await frames();
    expect(hosts()).toHaveLength(2);
    ctx.abort();
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
    go('/job-posting/v2/');
    render('#page-posting');
    await frames();
    expect(engine.active).toBe(false);
    expect(hosts()).toEqual([]);
  });

  it('removes itself quietly when the worker says the extension was updated', async () => {
    reply = () => ({ ok: false, error: { kind: 'extension-updated', message: 'updated', action: null } });
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    expect(ctx.isInvalid).toBe(true);
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
  });

  it('an old script whose extension was updated leaves at its next look at the page', async () => {
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    expect(hosts()).toHaveLength(2);
    (fakeBrowser.runtime as { id?: string }).id = undefined; // what Chrome does to an orphaned content script
    render('#page-posting');
    await frames();
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
  });

  it('shows nothing when the recruiter turned this board off', async () => {
    reply = () => ({ ok: true, value: { ...LINK, enabled: false } });
    window.happyDOM.setURL('https://www.linkedin.com/job-posting/');
    render('#page-posting');
    startBoard(ctx, linkedin, { send });
    await frames();
    expect(hosts()).toEqual([]);
  });

  it('falls back to comparing the address (popstate at once) without the Navigation API', async () => {
    vi.stubGlobal('navigation', undefined);
    const engine = startBoard(ctx, linkedin, { send });
    expect(engine.locationSource).toBe('polling');
    history.pushState({}, '', '/job-posting/');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(engine.active).toBe(true);
  });

  it('without the Navigation API, a pushState alone is seen within a second', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      vi.stubGlobal('navigation', undefined);
      const engine = startBoard(ctx, linkedin, { send });
      history.pushState({}, '', '/job-posting/');
      expect(engine.active).toBe(false);
      vi.advanceTimersByTime(1000);
      expect(engine.active).toBe(true);
      history.pushState({}, '', '/feed/');
      vi.advanceTimersByTime(1000);
      expect(engine.active).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('the engine injected into a page no adapter knows', () => {
  it('gives every recognised field its control, and leaves nothing once its signal aborts', async () => {
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.stepstone.de/stellenanzeige-aufgeben');
    document.body.innerHTML =
      '<form><label for="d">Stellenbeschreibung</label><textarea id="d"></textarea><label for="w">Bewerbungs-URL</label><input id="w" type="url"></form>';
    const lifetime = new AbortController();
    startInPage({ adapter: anyBoard('linkedin', 'StepStone'), signal: lifetime.signal, send });
    await frames();
    expect(sent).toEqual([{ type: 'board.link' }]);
    expect(hosts().map((h) => h.dataset.kind)).toEqual(['description', 'apply-url']);
    expect(observing).toBe(1);
    lifetime.abort();
    expect(hosts()).toEqual([]);
    expect(observing).toBe(0);
  });
});

declare global {
  interface Window {
    happyDOM: { setURL(url: string): void };
  }
}
