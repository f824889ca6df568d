import { afterEach, describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/utils/background/router';
import { MESSAGES } from '@/utils/background/messages';
import { identifyCaller, type MessageSenderLike } from '@/utils/background/trust';
import type { Request, RequestType } from '@/utils/messaging/protocol';
import { DEFAULT_SETTINGS, recentJobsItem } from '@/utils/storage';
import { DOC_JOB as JOB_ID, JOB } from './helpers';
import { boardTab, contentScript, EXT_ID, EXT_ORIGIN, foreignExtensionPage, FOREIGN_EXT_ID, IDENTITY as identity, optionsTab, popup } from './senders';

/**
 * The worker's front door: every message is parsed, its sender identified from what the
 * browser says (not what the message claims), and only then handed to a handler.
 */

const SECRET = 'sk-live-do-not-log-me-7f3a';

/** One well-formed example of every request. */
const EXAMPLES: { [T in RequestType]: Extract<Request, { type: T }> } = {
  'sources.cached': { type: 'sources.cached', jobId: JOB_ID },
  'sources.fetch': { type: 'sources.fetch', jobId: JOB_ID },
  'setup.get': { type: 'setup.get' },
  'token.save': { type: 'token.save', token: SECRET, origin: 'https://api.hirempire.com' },
  'token.remove': { type: 'token.remove' },
  'token.check': { type: 'token.check' },
  'settings.save': { type: 'settings.save', settings: DEFAULT_SETTINGS },
  'jobs.recent': { type: 'jobs.recent' },
  'jobs.open': { type: 'jobs.open', jobId: JOB_ID },
  'jobs.label': { type: 'jobs.label', jobId: JOB_ID, label: 'Senior Backend – Paris' },
  'jobs.remove': { type: 'jobs.remove', jobId: JOB_ID },
  'jobs.seen': { type: 'jobs.seen', jobId: JOB_ID, visits: { 'src-linkedin': 142, 'src-indeed': 0 } },
  'board.link': { type: 'board.link' },
  'board.useJob': { type: 'board.useJob', position: 0, name: 'Senior Backend – Paris' },
  'board.jobs': { type: 'board.jobs' },
  'board.openSetup': { type: 'board.openSetup' },
  'site.saveRule': { type: 'site.saveRule', sourceName: 'StepStone DE' },
  'site.match': { type: 'site.match', url: 'https://www.stepstone.de/', jobId: JOB },
  'siteRules.save': { type: 'siteRules.save', rules: [{ site: 'stepstone.de', sourceName: 'StepStone DE' }] },
  'board.copy': { type: 'board.copy', sourceId: null },
};
const ALL_TYPES = Object.keys(EXAMPLES) as RequestType[];
const BOARD_TYPES: RequestType[] = ['board.link', 'board.jobs', 'board.useJob', 'board.openSetup', 'board.copy'];
const SITE_ONLY_TYPES: RequestType[] = ['site.saveRule'];
const PAGE_TYPES = ALL_TYPES.filter((type) => !BOARD_TYPES.includes(type) && !SITE_ONLY_TYPES.includes(type));

const SENDERS = {
  popup: popup(),
  optionsTab: optionsTab({ tabId: 3, hash: '#token' }),
  linkedin: boardTab('linkedin', 12, 'https://www.linkedin.com/job-posting/create?trk=x'),
  indeed: boardTab('indeed', 13, 'https://employers.indeed.com/jobs/new'),
} satisfies Record<string, MessageSenderLike>;

function stubHandlers() {
  return Object.fromEntries(ALL_TYPES.map((type) => [type, vi.fn(async (..._args: unknown[]) => ({ handledBy: type }))])) as Record<
    RequestType,
    ReturnType<typeof vi.fn<(...args: unknown[]) => Promise<unknown>>>
  >;
}

/** The real definitions (shapes and who may send what), with stubs in place of what the worker does. */
function stubbed(handlers: ReturnType<typeof stubHandlers>) {
  return MESSAGES.map((definition) => ({ ...definition, handle: handlers[definition.type] }));
}

function setup() {
  const handlers = stubHandlers();
  const route = createRouter(stubbed(handlers), identity);
  const calledHandlers = () => ALL_TYPES.filter((type) => handlers[type].mock.calls.length > 0);
  return { handlers, route, calledHandlers };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('who may ask for what', () => {
  it.each(PAGE_TYPES)('%s: allowed from an extension page (popup or options tab)', async (type) => {
    const { route, handlers } = setup();
    expect(await route(EXAMPLES[type], SENDERS.popup)).toEqual({ ok: true, value: { handledBy: type } });
    expect(await route(EXAMPLES[type], SENDERS.optionsTab)).toEqual({ ok: true, value: { handledBy: type } });
    expect(handlers[type]).toHaveBeenCalledWith(EXAMPLES[type], { kind: 'extension-page' });
  });

  it.each(PAGE_TYPES)('%s: forbidden from a board content script', async (type) => {
    const { route, calledHandlers } = setup();
    for (const sender of [SENDERS.linkedin, SENDERS.indeed]) {
      expect(await route(EXAMPLES[type], sender)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(calledHandlers()).toEqual([]);
  });

  it.each(BOARD_TYPES)('%s: allowed from a board, forbidden from extension pages', async (type) => {
    const { route, handlers } = setup();
    expect(await route(EXAMPLES[type], SENDERS.linkedin)).toEqual({ ok: true, value: { handledBy: type } });
    expect(await route(EXAMPLES[type], SENDERS.popup)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(handlers[type]).toHaveBeenCalledTimes(1);
  });

  it('a board sender’s board comes from its origin, whatever the path', async () => {
    const { route, handlers } = setup();
    await route({ type: 'board.link' }, SENDERS.indeed);
    await route({ type: 'board.link' }, { ...SENDERS.linkedin, url: 'https://www.linkedin.com/talent/post-a-job?indeed=1' });
    expect(handlers['board.link'].mock.calls.map(([, caller]) => caller)).toEqual([
      { kind: 'board', board: 'indeed', tabId: 13 },
      { kind: 'board', board: 'linkedin', tabId: 12 },
    ]);
  });

  it('a message cannot claim a board: the extra field is refused', async () => {
    const { route, calledHandlers } = setup();
    const reply = await route({ type: 'board.link', board: 'indeed' }, SENDERS.linkedin);
    expect(reply).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
    expect(calledHandlers()).toEqual([]);
  });

  it.each<[string, MessageSenderLike]>([
    ['a subframe of a board (frameId 1)', { ...SENDERS.linkedin, frameId: 1 }],
    ['a board page without a tab', { ...SENDERS.linkedin, tab: undefined }],
    ['a board page with no frameId', { ...SENDERS.linkedin, frameId: undefined }],
    ['another extension on a board', { ...SENDERS.linkedin, id: FOREIGN_EXT_ID }],
    ['another origin', { ...SENDERS.linkedin, url: 'https://evil.example/job-posting', origin: 'https://evil.example' }],
    ['a lookalike host', { ...SENDERS.linkedin, url: 'https://www.linkedin.com.evil.example/' }],
    ['a board over plain http', { ...SENDERS.linkedin, url: 'http://www.linkedin.com/job-posting' }],
    ['a board on another port', { ...SENDERS.linkedin, url: 'https://www.linkedin.com:8443/job-posting' }],
    ['another LinkedIn host', { ...SENDERS.linkedin, url: 'https://linkedin.com/job-posting' }],
    ['a sender with no url', { ...SENDERS.linkedin, url: undefined }],
    ['a sender with a broken url', { ...SENDERS.linkedin, url: 'not a url' }],
  ])('board requests from %s are forbidden', async (_label, sender) => {
    const { route, calledHandlers } = setup();
    for (const type of BOARD_TYPES) {
      expect(await route(EXAMPLES[type], sender)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(calledHandlers()).toEqual([]);
  });

  it.each<[string, MessageSenderLike]>([
    ['another extension’s page', foreignExtensionPage()],
    ['another extension claiming our url', { id: FOREIGN_EXT_ID, url: `${EXT_ORIGIN}/popup.html` }],
    ['a sender with no id', { url: `${EXT_ORIGIN}/popup.html` }],
    ['a web page', contentScript({ url: 'https://evil.example/', tabId: 4 })],
    ['a board page', SENDERS.linkedin],
  ])('configuration from %s is forbidden', async (_label, sender) => {
    const { route, calledHandlers } = setup();
    for (const type of PAGE_TYPES) {
      expect(await route(EXAMPLES[type], sender)).toMatchObject({ ok: false, error: { kind: 'forbidden', action: null } });
    }
    expect(calledHandlers()).toEqual([]);
  });

  it('an untrusted sender learns nothing about the message format', async () => {
    const { route } = setup();
    expect(await route({ type: 'nonsense' }, { id: 'other' })).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
  });
});

describe('message shape', () => {
  it.each<[string, unknown]>([
    ['an unknown type', { type: 'token.read' }],
    ['a type in another case', { type: 'SETUP.GET' }],
    ['no type', { jobId: JOB_ID }],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'setup.get'],
    ['a number', 42],
    ['an array', [{ type: 'setup.get' }]],
    ['an extra field', { type: 'setup.get', token: SECRET }],
    ['an extra field on a lookup', { type: 'sources.fetch', jobId: JOB_ID, url: 'https://evil.example/' }],
    ['a job id that is not a UUID', { type: 'sources.fetch', jobId: 'x&job_id=y' }],
    ['a missing job id', { type: 'sources.fetch' }],
    ['a job id that is a number', { type: 'jobs.open', jobId: 42 }],
    ['a token that is not a string', { type: 'token.save', token: { value: SECRET }, origin: 'https://api.hirempire.com' }],
    ['an over-long token', { type: 'token.save', token: 'x'.repeat(20_001), origin: 'https://api.hirempire.com' }],
    ['an over-long label', { type: 'jobs.label', jobId: JOB_ID, label: 'x'.repeat(121) }],
    ['settings with an extra field', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, debug: true } }],
    ['settings with an unknown board', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, monster: { enabled: true, sourceName: 'Monster' } } } }],
    ['settings with a blank source name', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, linkedin: { enabled: true, sourceName: '  ' } } } }],
    ['settings with enabled as a string', { type: 'settings.save', settings: { ...DEFAULT_SETTINGS, boards: { ...DEFAULT_SETTINGS.boards, indeed: { enabled: 'yes', sourceName: 'Indeed' } } } }],
    ['settings missing a board', { type: 'settings.save', settings: { apiBaseUrl: DEFAULT_SETTINGS.apiBaseUrl, boards: { linkedin: DEFAULT_SETTINGS.boards.linkedin } } }],
  ])('%s is refused as invalid-message and reaches no handler', async (_label, message) => {
    const { route, calledHandlers } = setup();
    expect(await route(message, SENDERS.popup)).toEqual({
      ok: false,
      error: { kind: 'invalid-message', message: expect.any(String), action: null },
    });
    expect(calledHandlers()).toEqual([]);
  });

  it('a job id in capitals is a job id', async () => {
    const { route, handlers } = setup();
    await route({ type: 'sources.fetch', jobId: JOB_ID.toUpperCase() }, SENDERS.popup);
    expect(handlers['sources.fetch']).toHaveBeenCalledTimes(1);
  });
});

describe('a handler that fails', () => {
  function spyOnConsole() {
    return (['error', 'warn', 'log', 'info', 'debug'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation(() => undefined),
    );
  }

  it.each<[string, (request: unknown) => never]>([
    ['an Error that quotes the payload', (request) => { throw new Error(`could not save ${JSON.stringify(request)}`); }],
    ['the request itself', (request) => { throw request; }],
    ['a string', () => { throw `token was ${SECRET}`; }],
    ['null', () => { throw null; }],
  ])('throwing %s gives `internal` and logs nothing of the payload', async (_label, fail) => {
    const spies = spyOnConsole();
    const handlers = stubHandlers();
    handlers['token.save'].mockImplementation(async (request: unknown) => fail(request));
    const route = createRouter(stubbed(handlers), identity);

    const reply = await route({ type: 'token.save', token: SECRET, origin: 'https://api.hirempire.com' }, SENDERS.optionsTab);
    expect(reply).toEqual({ ok: false, error: { kind: 'internal', message: expect.any(String), action: null } });
    expect(JSON.stringify(reply)).not.toContain(SECRET);

    const logged = spies.flatMap((spy) => spy.mock.calls.flat());
    for (const arg of logged) {
      const text = arg instanceof Error ? `${arg.name} ${arg.message} ${arg.stack}` : JSON.stringify(arg) ?? String(arg);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('token.save');
    }
  });

  it('other requests keep working afterwards', async () => {
    spyOnConsole();
    const handlers = stubHandlers();
    handlers['jobs.recent'].mockRejectedValueOnce(new Error('storage quota'));
    const route = createRouter(stubbed(handlers), identity);
    expect(await route({ type: 'jobs.recent' }, SENDERS.popup)).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(await route({ type: 'jobs.recent' }, SENDERS.popup)).toEqual({ ok: true, value: { handledBy: 'jobs.recent' } });
  });
});

describe('the message definitions', () => {
  it('define every request type once, each allowed to someone', () => {
    const types = MESSAGES.map((definition) => definition.type);
    expect([...types].sort()).toEqual([...ALL_TYPES].sort());
    expect(new Set(types).size).toBe(types.length);
    for (const definition of MESSAGES) expect(definition.allow.length).toBeGreaterThan(0);
  });
});

describe('identifyCaller', () => {
  it('recognises Firefox extension pages by their moz-extension origin', () => {
    const origin = 'moz-extension://2b1f3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
    expect(identifyCaller({ id: 'hirempire@example', url: `${origin}/popup.html` }, 'hirempire@example', origin)).toEqual({
      kind: 'extension-page',
    });
    expect(
      identifyCaller({ id: 'hirempire@example', url: 'moz-extension://other-uuid/popup.html' }, 'hirempire@example', origin),
    ).toEqual({ kind: 'untrusted' });
  });

  it.each([['about:blank'], ['data:text/html,<p>hi'], ['blob:https://www.linkedin.com/5e6f'], ['javascript:void(0)']])(
    'a frame at %s (no real origin) is never an extension page nor a board',
    (url) => {
      for (const extensionOrigin of [EXT_ORIGIN, 'null']) {
        expect(identifyCaller(contentScript({ url, tabId: 1 }), EXT_ID, extensionOrigin)).toEqual({
          kind: 'untrusted',
        });
      }
    },
  );
});

describe('with the real handlers', () => {
  it('board.link answers for the sender’s board', async () => {
    const route = createRouter(MESSAGES, identity);
    expect(await route({ type: 'board.link' }, SENDERS.indeed)).toMatchObject({
      ok: true,
      value: { board: 'indeed', sourceName: 'Indeed', hasJob: false, jobKey: null, source: null },
    });
    expect(await route({ type: 'board.link' }, SENDERS.linkedin)).toMatchObject({
      ok: true,
      value: { board: 'linkedin', sourceName: 'LinkedIn' },
    });
  });

  it('board.useJob cannot make a board switch to a job the recruiter never opened', async () => {
    const route = createRouter(MESSAGES, identity);
    const reply = await route({ type: 'board.useJob', position: 0, name: JOB_ID.slice(0, 8) }, SENDERS.linkedin);
    expect(reply).toMatchObject({ ok: true, value: { hasJob: false } });
  });

  it('board.link names no job: no id, no label, no other recent job (a board page can read the control)', async () => {
    const OTHER = '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d';
    await recentJobsItem.setValue([
      { jobId: JOB_ID, label: 'Senior Backend – Paris', openedAt: 2 },
      { jobId: OTHER, openedAt: 1 },
    ]);
    const route = createRouter(MESSAGES, identity);
    const reply = await route({ type: 'board.link' }, SENDERS.linkedin);
    expect(reply).toMatchObject({ ok: true, value: { hasJob: true, jobKey: 2 } });
    const sent = JSON.stringify(reply);
    for (const secret of [JOB_ID, JOB_ID.slice(0, 8), 'Senior Backend', OTHER.slice(0, 8)]) expect(sent).not.toContain(secret);
    expect(reply.ok && Object.keys(reply.value as object)).not.toContain('recentJobs');

    // The list, asked for when the recruiter opens it: names only, the active job first.
    expect(await route({ type: 'board.jobs' }, SENDERS.linkedin)).toEqual({ ok: true, value: { names: ['Senior Backend – Paris', '6a7b8c9d'] } });
    // A switch names the job by its place and name; a stale pair switches nothing.
    await route({ type: 'board.useJob', position: 1, name: 'Senior Backend – Paris' }, SENDERS.linkedin);
    expect((await recentJobsItem.getValue())[0].jobId).toBe(JOB_ID);
    await route({ type: 'board.useJob', position: 1, name: '6a7b8c9d' }, SENDERS.linkedin);
    expect((await recentJobsItem.getValue())[0].jobId).toBe(OTHER);
  });

  it('setup.get from the options page never includes the token', async () => {
    const route = createRouter(MESSAGES, identity);
    const reply = await route({ type: 'setup.get' }, SENDERS.optionsTab);
    expect(reply).toEqual({ ok: true, value: { settings: DEFAULT_SETTINGS, token: { state: 'none' }, hostAccessLost: null } });
  });
});

describe('any other site: only a frame the worker injected', () => {
  const NOW = Date.now();
  const frame = { tabId: 21, frameId: 3, origin: 'https://www.stepstone.de', at: NOW - 60_000 };
  const stepstone = contentScript({ url: 'https://www.stepstone.de/stellenanzeige/neu', tabId: 21, frameId: 3 });
  const routeWith = (frames = [frame]) => {
    const handlers = stubHandlers();
    const route = createRouter(stubbed(handlers), { ...identity, injectedFrames: async () => frames });
    return { handlers, route };
  };

  it.each([...BOARD_TYPES, ...SITE_ONLY_TYPES])('%s: allowed from the injected frame, as a site caller with its own URL', async (type) => {
    const { route, handlers } = routeWith();
    expect(await route(EXAMPLES[type], stepstone)).toEqual({ ok: true, value: { handledBy: type } });
    expect(handlers[type]).toHaveBeenCalledWith(EXAMPLES[type], { kind: 'site', tabId: 21, frameId: 3, url: stepstone.url });
  });

  it.each(PAGE_TYPES)('%s: forbidden from an injected frame', async (type) => {
    const { route, handlers } = routeWith();
    expect(await route(EXAMPLES[type], stepstone)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(handlers[type]).not.toHaveBeenCalled();
  });

  it.each<[string, MessageSenderLike, (typeof frame)[]]>([
    ['a frame never injected', stepstone, []],
    ['the same tab, another frame', { ...stepstone, frameId: 0 }, [frame]],
    ['another tab', { ...stepstone, tab: { id: 22 } }, [frame]],
    ['the frame after it navigated to another site', { ...stepstone, url: 'https://evil.example/' }, [frame]],
    ['another extension in that frame', { ...stepstone, id: FOREIGN_EXT_ID }, [frame]],
    ['an injection from yesterday', stepstone, [{ ...frame, at: NOW - 24 * 60 * 60 * 1000 }]],
  ])('forbidden from %s', async (_label, sender, frames) => {
    const { route, handlers } = routeWith(frames);
    for (const type of [...BOARD_TYPES, ...SITE_ONLY_TYPES]) {
      expect(await route(EXAMPLES[type], sender)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    }
    expect(Object.values(handlers).some((handler) => handler.mock.calls.length)).toBe(false);
  });

  it('a board stays a board even where the worker also injected: its origin says which board', async () => {
    const { route, handlers } = routeWith([{ ...frame, tabId: 12, frameId: 0, origin: 'https://www.linkedin.com' }]);
    await route({ type: 'board.link' }, SENDERS.linkedin);
    expect(handlers['board.link'].mock.calls[0][1]).toEqual({ kind: 'board', board: 'linkedin', tabId: 12 });
  });
});
