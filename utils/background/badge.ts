import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { readPreview, recentJobsItem, settingsItem, tokenStatusItem } from '../storage';
import { shortJobId } from '../job-id';
import { formatNumber, uiLanguage } from '../locale';

/** "824", "1.2K", "12K": what fits on a toolbar badge, in the browser's language. */
export function compactCount(count: number, locale: string = uiLanguage()): string {
  return new Intl.NumberFormat(locale, { notation: 'compact' }).format(count).replace(/\s/g, '');
}

export interface BadgeState {
  text: string;
  title: string;
  color: string;
}

const NEUTRAL = '#0b5cad';
const WARNING = '#b42318';

/** What the toolbar button should say now: the active job's total visits, or "!" when the token is refused. */
export async function badgeState(): Promise<BadgeState> {
  const [jobs, status, settings] = await Promise.all([
    recentJobsItem.getValue(),
    tokenStatusItem.getValue(),
    settingsItem.getValue(),
  ]);
  if (status.state === 'invalid') {
    return { text: '!', color: WARNING, title: i18n.t('badge_title_invalid_token', { origin: settings.apiBaseUrl }) };
  }
  const job = jobs[0];
  if (!job) return { text: '', color: NEUTRAL, title: 'Hirempire' };
  const name = job.label ?? i18n.t('badge_job_fallback', { id: shortJobId(job.jobId) });
  // The preview's totals: the same sum, without reading a large job's whole answer on every change.
  const preview = await readPreview(settings.apiBaseUrl, job.jobId);
  const total = preview?.totals?.visits;
  if (typeof total !== 'number' || !Number.isSafeInteger(total) || total < 0) return { text: '', color: NEUTRAL, title: i18n.t('badge_title_job', { job: name }) };
  return {
    text: compactCount(total),
    color: NEUTRAL,
    title: i18n.t('badge_title_visits', total, [formatNumber(total)], { job: name }),
  };
}

export async function refreshBadge(): Promise<void> {
  const state = await badgeState();
  await Promise.all([
    browser.action.setBadgeText({ text: state.text }),
    browser.action.setBadgeBackgroundColor({ color: state.color }),
    browser.action.setTitle({ title: state.title }),
  ]);
}
