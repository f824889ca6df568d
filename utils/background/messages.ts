import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { BoardId } from '../boards/registry';
import { MAX_LABEL_LENGTH } from '../limits';
import { MAX_RECENT_JOBS } from '../storage';
import { jobIdSchema, seenVisitsSchema, settingsSchema } from '../messaging/schema';
import { labelJob, openJob, recentJobs, removeJob } from './jobs';
import { boardLink, siteLink } from './board-link';
import { saveSiteRule, saveSiteRules, siteMatch } from './any-site';
import { MAX_SITE_RULES } from '../site-match';
import { copyForBoard } from './board-copy';
import { controlJobs, forControl, useListedJob } from './control-link';
import { disconnect, recheckToken, saveSettings, saveToken, setupState } from './setup';
import { cachedSources, refreshSources, withoutRows } from './sources';
import { markVisitsSeen } from './seen-visits';
import type { Caller } from './trust';

/**
 * Every request the worker answers, one definition each: its type, the shape of what comes
 * with it, who may send it and what the worker does. The protocol's types (`Request`,
 * `ResponseMap` in messaging/protocol.ts) are derived from this list, and the router parses,
 * authorises and dispatches with it, so a new request is one entry here.
 *
 * Who is who (`Caller`) is decided in trust.ts from what the browser says of the sender.
 */
export interface MessageDefinition<T extends string = string, S extends z.ZodObject = z.ZodObject, R = unknown> {
  type: T;
  /** What comes with the request besides `type`. Extra fields are refused. */
  schema: S;
  /** Which callers may send it. */
  allow: ReadonlyArray<Exclude<Caller['kind'], 'untrusted'>>;
  /** The worker's answer; the router has already checked the shape and the sender. */
  handle(request: { type: T } & Payload<S>, caller: Caller): Promise<R>;
}

/** What a schema's fields parse to (optional ones stay optional); zod's inference of `{}` has an index signature, so none. */
type Payload<S extends z.ZodObject> = keyof S['shape'] extends never ? {} : z.infer<S>;

function define<T extends string, S extends z.ZodObject, R>(definition: MessageDefinition<T, S, R>) {
  return definition;
}

// Boards may only read the active job's link, switch among recent jobs and open the settings.
const EXTENSION_PAGES = ['extension-page'] as const;
const BOARD_PAGES = ['board', 'site'] as const;
// A frame of any other site where the worker injected the engine (any-site.ts).
const SITE_FRAMES = ['site'] as const;
const nothing = z.object({});
const job = z.object({ jobId: jobIdSchema });

export const MESSAGES = [
  // Popup: read and refresh a job's sources.
  define({ type: 'sources.cached', schema: job, allow: EXTENSION_PAGES, handle: ({ jobId }) => cachedSources(jobId) }),
  define({
    type: 'sources.fetch',
    // withRows: false, from the popup: a good answer that is now in the cache comes back without its
    // rows (5,000 rows took ~250 ms to cross messaging), for the popup to read them from the database.
    schema: job.extend({ withRows: z.boolean().optional() }),
    allow: EXTENSION_PAGES,
    handle: ({ jobId, withRows }) => refreshSources(jobId).then((answer) => (withRows === false ? withoutRows(answer) : answer)),
  }),
  // Options and popup: setup state, never the token itself.
  define({ type: 'setup.get', schema: nothing, allow: EXTENSION_PAGES, handle: () => setupState() }),
  define({
    type: 'token.save',
    // `origin`: the API server the page named beside the token field; the token is for that server only.
    schema: z.object({ token: z.string().max(20_000), origin: z.string().max(2048) }),
    allow: EXTENSION_PAGES,
    handle: ({ token, origin }) => saveToken(token, origin),
  }),
  // Remove token: the recent jobs and their labels go with it.
  define({ type: 'token.remove', schema: nothing, allow: EXTENSION_PAGES, handle: () => disconnect() }),
  define({ type: 'token.check', schema: nothing, allow: EXTENSION_PAGES, handle: () => recheckToken() }),
  define({
    type: 'settings.save',
    schema: z.object({ settings: settingsSchema }),
    allow: EXTENSION_PAGES,
    handle: ({ settings }) => saveSettings(settings),
  }),
  // Popup: recent jobs; the first is the active job.
  define({ type: 'jobs.recent', schema: nothing, allow: EXTENSION_PAGES, handle: () => recentJobs() }),
  define({ type: 'jobs.open', schema: job, allow: EXTENSION_PAGES, handle: ({ jobId }) => openJob(jobId) }),
  define({
    type: 'jobs.label',
    schema: z.object({ jobId: jobIdSchema, label: z.string().max(MAX_LABEL_LENGTH) }),
    allow: EXTENSION_PAGES,
    handle: ({ jobId, label }) => labelJob(jobId, label),
  }),
  define({ type: 'jobs.remove', schema: job, allow: EXTENSION_PAGES, handle: ({ jobId }) => removeJob(jobId) }),
  // Popup: what the recruiter sees now (visits per source id); answered with what they saw last time.
  define({
    type: 'jobs.seen',
    schema: z.object({ jobId: jobIdSchema, visits: seenVisitsSchema }),
    allow: EXTENSION_PAGES,
    handle: ({ jobId, visits }) => markVisitsSeen(jobId, visits),
  }),
  // Board content scripts: the board is taken from the sender, never from the message.
  // What the control shows and nothing more: no job id, no label (control-link.ts).
  // `userAsked`: the recruiter's own click led to this ask, so it may reach the API even within
  // the tab's budget (board-link-throttle.ts). A page cannot make a trusted click.
  define({
    type: 'board.link',
    schema: z.object({ userAsked: z.boolean().optional() }),
    allow: BOARD_PAGES,
    handle: ({ userAsked }, caller) => controlLinkOf(caller, userAsked),
  }),
  // The job list's names, asked for only when the recruiter opens it (a trusted click on the job button).
  define({ type: 'board.jobs', schema: nothing, allow: BOARD_PAGES, handle: () => controlJobs() }),
  // A job chosen in that list, by its place and name (no id ever reaches the page's side).
  define({
    type: 'board.useJob',
    schema: z.object({ position: z.number().int().min(0).max(MAX_RECENT_JOBS - 1), name: z.string().max(MAX_LABEL_LENGTH) }),
    allow: BOARD_PAGES,
    handle: async ({ position, name }, caller) => {
      await useListedJob(position, name);
      // Switching jobs is the recruiter's choice in the control (trusted events only).
      return controlLinkOf(caller, true);
    },
  }),
  // The control's own copy failed (a page policy, the shortcut): the worker writes the link from an
  // extension document. The link is the worker's own (this board's when `sourceId` is null, else the
  // active job's source `sourceId`), never text from the page's side.
  define({
    type: 'board.copy',
    schema: z.object({ sourceId: z.string().max(200).nullable() }),
    allow: BOARD_PAGES,
    handle: ({ sourceId }, caller) => copyForBoard(linkOf(caller), sourceId ?? undefined),
  }),
  define({
    type: 'board.openSetup',
    schema: nothing,
    allow: BOARD_PAGES,
    handle: async () => {
      await browser.runtime.openOptionsPage();
      return null;
    },
  }),
  // Any other site: use this source there from now on. The site is the sender's, never the message's.
  define({
    type: 'site.saveRule',
    schema: z.object({ sourceName: z.string().trim().min(1).max(100) }),
    allow: SITE_FRAMES,
    handle: ({ sourceName }, caller) => {
      if (caller.kind !== 'site') throw new Error('site request from a non-site caller');
      return forControl(saveSiteRule(caller.url, sourceName));
    },
  }),
  // Popup: which of the active job's sources belongs to the page it was opened on.
  define({
    type: 'site.match',
    schema: z.object({ url: z.string().max(8192), jobId: jobIdSchema }),
    allow: EXTENSION_PAGES,
    handle: ({ url, jobId }) => siteMatch(url, jobId),
  }),
  // Options: the recruiter's site rules, replaced as a whole and checked like every setting.
  define({
    type: 'siteRules.save',
    schema: z.object({
      rules: z.array(z.object({ site: z.string().max(300), sourceName: z.string().trim().min(1).max(100) }).strict()).max(MAX_SITE_RULES),
    }),
    allow: EXTENSION_PAGES,
    handle: ({ rules }) => saveSiteRules(rules),
  }),
];

/** A board's control asks for its board's link; an engine injected into any other site, for that site's. */
function linkOf(caller: Caller, userAsked?: boolean) {
  const asker = { tabId: caller.kind === 'site' || caller.kind === 'board' ? caller.tabId : undefined, userAsked };
  return caller.kind === 'site' ? siteLink(caller.url, asker) : boardLink(boardOf(caller), asker);
}

/** The same, as the control may be sent it: what it shows, and no job id or label (control-link.ts). */
function controlLinkOf(caller: Caller, userAsked?: boolean) {
  return forControl(linkOf(caller, userAsked));
}

/** `allow` lets only board content scripts send board requests; anything else is a bug, not a board. */
function boardOf(caller: Caller): BoardId {
  if (caller.kind !== 'board') throw new Error('board request from a non-board caller');
  return caller.board;
}

type Definitions = (typeof MESSAGES)[number];
type Flat<T> = { [K in keyof T]: T[K] } & {};

/** Every request, as its sender writes it. */
export type RequestOf<D> = D extends MessageDefinition<infer T, infer S, unknown> ? Flat<{ type: T } & Payload<S>> : never;
export type AnyRequest = RequestOf<Definitions>;
export type ResponsesOf = { [D in Definitions as D['type']]: Awaited<ReturnType<D['handle']>> };

/** The whole message, `type` included, as the router parses it: unknown fields are refused. */
export function messageSchema(definition: MessageDefinition) {
  return z.strictObject({ ...definition.schema.shape, type: z.literal(definition.type) });
}

/** Every request's runtime shape, as one union on `type` (typed as what the definitions say it parses to). */
export const requestSchema = z.discriminatedUnion(
  'type',
  MESSAGES.map(messageSchema) as unknown as [ReturnType<typeof messageSchema>, ...ReturnType<typeof messageSchema>[]],
) as unknown as z.ZodType<AnyRequest>;
