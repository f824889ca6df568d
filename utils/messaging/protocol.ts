import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import type { ApiError } from '../api/errors';
import type { JobSource } from '../api/schema';
import type { BoardId } from '../boards/registry';
import type { AnyRequest, ResponsesOf } from '../background/messages';
import type { CachedSources, HostAccessLost, RecentJob, SeenVisits, Settings, TokenStatus } from '../storage';

/**
 * The one protocol between the extension's contexts and its worker. The requests are defined,
 * one object each, in background/messages.ts; their types are derived from there. Only types
 * are imported from it (erased at build), so content scripts carry no zod and no worker code.
 */
export type Request = AnyRequest;
export type RequestType = Request['type'];

export interface SetupState {
  settings: Settings;
  /** The token saved for `settings.apiBaseUrl` (a token is bound to one server). */
  token: TokenStatus;
  /** Set when the browser's permission for a custom server was removed and the extension went back to the default. */
  hostAccessLost: HostAccessLost | null;
}

/**
 * What a board's control shows, and nothing more (issue 16, item 3): the board page's scripts can
 * read the control's DOM, so what reaches the content script is kept to this board's link and the
 * other sources' names and links it may offer. The active job's id and label, and the other recent
 * jobs, stay in the worker until the recruiter opens the job list ('board.jobs').
 */
export type ControlLink = Omit<BoardLink, 'job' | 'recentJobs' | 'source' | 'otherSources'> & {
  /** Whether a job is active (which one: see 'board.jobs'). */
  hasJob: boolean;
  /** Changes whenever another job becomes active (when it was made active): tells a change, names nothing. */
  jobKey: number | null;
  /** This board's source for the active job, when the job has one. */
  source: ControlSource | null;
  /** The job's other sources with a copyable link. */
  otherSources: ControlSource[];
};
export type ControlSource = Pick<JobSource, 'id' | 'name' | 'trackedLink'>;

/** The recent jobs as the control's list shows them, once the recruiter opened it: names only, the active one first. */
export interface ControlJobs {
  names: string[];
}

/** What the worker knows for a board's control: the active job, its link for this board, and what to offer instead. */
export interface BoardLink {
  /** The board; null on any other site (then `site` says which). */
  board: BoardId | null;
  /** Any other job board: its registrable domain ("stepstone.de"). */
  site?: string;
  enabled: boolean;
  sourceName: string;
  job: RecentJob | null;
  recentJobs: RecentJob[];
  /** This board's source for the active job, when the job has one. */
  source: JobSource | null;
  /** The job's other sources with a copyable link. */
  otherSources: JobSource[];
  fetchedAt?: number;
  /** Why the data is missing or old; data may still be present from the cache. */
  error?: MessageError;
}

/** A lookup's outcome. `stored`: the good answer is in the cache now (it may not be, when storage refuses it). */
export type SourcesAnswer =
  | { ok: true; cached: CachedSources; stored?: boolean }
  | { ok: false; error: ApiError; cached: CachedSources | null };

/**
 * A good answer that is in the cache, said without its rows (`sources.fetch` with `withRows: false`):
 * the popup reads them from the answers' database itself (utils/popup/cached-answer.ts).
 */
export interface SourcesStored {
  ok: true;
  stored: true;
  fetchedAt: number;
}

/** What the worker answers to each request type. */
export type ResponseMap = ResponsesOf;

export type ProtocolErrorKind = 'forbidden' | 'invalid-message' | 'internal' | 'extension-updated';
export interface ProtocolError {
  kind: ProtocolErrorKind;
  message: string;
  action: null;
}
export type MessageError = ApiError | ProtocolError;

export type Reply<T> = { ok: true; value: T } | { ok: false; error: MessageError };

const PROTOCOL_MESSAGES = {
  forbidden: 'error_forbidden',
  'invalid-message': 'error_invalid_message',
  internal: 'error_internal',
  'extension-updated': 'error_extension_updated',
} as const satisfies Record<ProtocolErrorKind, string>;

/**
 * After an update, an old content script's extension context is gone and `i18n.getMessage`
 * throws or answers nothing: exactly when 'extension-updated' is needed. Its words travel
 * with the script for that case (in English, the default locale). The other kinds are only
 * ever said by a live extension.
 */
const WITHOUT_RUNTIME = 'The Hirempire extension was updated. Reload the page to use it.';

export function protocolError(kind: ProtocolErrorKind): ProtocolError {
  let message = '';
  try {
    message = i18n.t(PROTOCOL_MESSAGES[kind]);
  } catch {
    // The context is gone; fall through to the built-in words.
  }
  return { kind, message: message || (kind === 'extension-updated' ? WITHOUT_RUNTIME : ''), action: null };
}

/**
 * The browser may stop the worker at any moment, even while it is answering: the reply channel
 * then closes with no answer. Chrome says "…message channel closed before a response was
 * received" (or "message port closed", which the polyfill turns into `undefined`); Firefox,
 * stopping its event page, says "Could not establish connection. Receiving end does not exist."
 * Every request is safe to repeat (reads, or saving the same value again), so it is sent once
 * more, which wakes a fresh worker. (Where there is truly no worker, that second try fails too.)
 */
const WORKER_STOPPED_MID_REPLY = /message (channel|port) closed before a response was received|receiving end does not exist/i;

/** Sends one request to the worker. Never throws: a missing or updated worker becomes an error value. */
export async function send<R extends Request>(request: R): Promise<Reply<ResponseMap[R['type']]>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(request)) as Reply<ResponseMap[R['type']]> | undefined;
      if (reply !== undefined) return reply;
      if (attempt > 1) return { ok: false, error: protocolError('internal') };
    } catch (error) {
      if (attempt === 1 && WORKER_STOPPED_MID_REPLY.test(String((error as Error | undefined)?.message ?? error))) continue;
      // After an update or uninstall, an old content script's runtime is gone ("Extension context invalidated").
      return { ok: false, error: protocolError(browser.runtime?.id ? 'internal' : 'extension-updated') };
    }
  }
}

/** The popup's view of the page it was opened on (site.match). */
export interface SiteAnswer {
  /** The page's site ("stepstone.de"), or null when it is not a web page. */
  site: string | null;
  /** The active job's source for that site, if one matches (by the recruiter's rule, or by name). */
  source: JobSource | null;
  by: 'rule' | 'name' | 'board' | null;
}
