import { i18n } from '#i18n';
import { displayLink } from '../link-display';
import type { JobSource } from '../api/schema';
import { formatNumber, uiLanguage } from '../locale';
import type { LinkState } from './link-store';

/**
 * What the board control says and offers, decided from the store's state alone: no DOM,
 * no events (control.ts draws it; tests read it directly). The buttons beside an error
 * follow its `action`, as the popup's do: 'open-settings' → Open settings, 'retry' → Retry,
 * 'check-job-id' → nothing to retry.
 */
export interface ControlView {
  /** Copy and Insert: shown when there is a link, and before the first answer (a click waits for it). */
  canCopy: boolean;
  /**
   * The "Change job" button: shown when a job is active. Which job, and the others, are shown only
   * once the recruiter opens the list (the page's scripts can read the control: issue 16, item 3).
   */
  canPickJob: boolean;
  /** Changes when another job becomes active (names nothing). */
  jobKey: number | null;
  notice: Notice | null;
  /** The job's other sources to copy instead, when it has none for this board (at most MAX_OFFERS). */
  offers: Offer[];
  /** "N more in the popup", when the offers were cut. */
  moreOffers: string;
  /** Any other job board ("stepstone.de"), where an offer can be kept for the site; null on a board. */
  site: string | null;
}

export interface Notice {
  text: string;
  /** An error in the way of copying (red), rather than a note beside a usable link. */
  error: boolean;
  retry: boolean;
  settings: boolean;
}

/**
 * Another source to copy instead. Its name shows on the page before any click: source names are
 * the recruiter's publishing channels ("Referral", "Newsletter"), which a recruiter needs to see to
 * choose, and which say nothing of the job; its link enters the page only if copying fails and the
 * link is shown to copy by hand.
 */
export type Offer = Pick<JobSource, 'id' | 'name' | 'trackedLink'>;

export const MAX_OFFERS = 6;


/** The link this board's control copies now, if the worker gave one. */
export function boardLinkOf(state: LinkState): string | null {
  return state.link?.source?.trackedLink ?? null;
}

/** The name the control uses for this board's source: the worker's, else the board's own name until it answers. */
export function sourceNameOf(state: LinkState, boardName: string): string {
  return state.link?.sourceName || boardName;
}

/** Why there is nothing to copy, in the recruiter's words (after a click that found no link). */
export function noLinkReason(state: LinkState, boardName: string): string {
  if (state.error) return state.error.message;
  if (!state.link?.hasJob) return i18n.t('board_no_job');
  return i18n.t('board_no_source', { source: sourceNameOf(state, boardName) });
}

/**
 * Text from the page or a link, as the control quotes it. One place, so that the shared
 * link-display helper (real host shown, path shortened: the security lane's) applies to
 * everything the control quotes.
 */
export function quoted(text: string, max = 60): string {
  if (text.length <= max) return text;
  // A link too long to quote keeps its real host in view, whatever it is made to look like.
  if (/^https?:\/\/\S+$/i.test(text)) return displayLink(text, max);
  return `${text.slice(0, max - 1)}…`;
}

function noticeOf(state: LinkState): Notice | null {
  const { link, error } = state;
  const has = !!boardLinkOf(state);
  if (error?.action === 'open-settings') return { text: error.message, error: !has, retry: false, settings: true };
  if (error && !has) {
    // Unreachable may also mean a mistyped custom API host: the settings are where to check it.
    const unreachable = error.kind === 'offline' || error.kind === 'timeout';
    return { text: error.message, error: true, retry: error.action === 'retry' || error.action === null, settings: unreachable };
  }
  if (error && has && link?.fetchedAt) {
    const time = new Date(link.fetchedAt).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
    return { text: i18n.t('board_saved_link', { time, reason: error.message }), error: false, retry: false, settings: false };
  }
  if (link && !link.hasJob) return { text: i18n.t('board_no_job_setup'), error: false, retry: false, settings: true };
  if (link?.hasJob && !has && link.site && link.otherSources.length) {
    return { text: i18n.t('board_site_no_match', { site: link.site }), error: false, retry: false, settings: false };
  }
  if (link?.hasJob && !has) {
    const text = link.otherSources.length
      ? i18n.t('board_no_source', { source: link.sourceName })
      : i18n.t('board_no_source_no_others', { source: link.sourceName });
    return { text, error: false, retry: false, settings: false };
  }
  return null;
}

export function controlView(state: LinkState): ControlView {
  const { link, error } = state;
  const has = !!boardLinkOf(state);
  const offer = link?.hasJob && !has && !error ? link.otherSources.filter((source) => source.trackedLink) : [];
  const more = offer.length - MAX_OFFERS;
  return {
    canCopy: has || (!link && !error),
    canPickJob: !!link?.hasJob,
    jobKey: link?.jobKey ?? null,
    notice: noticeOf(state),
    offers: offer.slice(0, MAX_OFFERS).map(({ id, name, trackedLink }) => ({ id, name, trackedLink })),
    moreOffers: more > 0 ? i18n.t('board_more_links', more, [formatNumber(more)]) : '',
    site: link?.site || null,
  };
}
