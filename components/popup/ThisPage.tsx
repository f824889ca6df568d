import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { JobSource } from '@/utils/api/schema';
import { copyText } from '@/utils/clipboard';
import { jobName } from '@/utils/job-name';
import type { RecentJob } from '@/utils/storage';
import { Banner } from './Banner';
import { CopyButton } from './CopyButton';
import { CopyFallbackField } from './SourcesPanel';

const COPIED_MS = 1500;

interface Props {
  /** A job the page's address names, other than the one shown. */
  jobOffer: string | null;
  recentJobs: RecentJob[] | null;
  onShowJob: (jobId: string) => void;
  /** The page's site and the source of the shown job that belongs there. */
  site: { site: string; source: JobSource } | null;
  announce: (message: string) => void;
}

/**
 * What the popup knows of the page it was opened on: the job its address names (one click
 * shows it), and on a job board the source that belongs there, with a one-click Copy.
 */
export function ThisPage({ jobOffer, recentJobs, onShowJob, site, announce }: Props) {
  const [copied, setCopied] = useState(false);
  const [failed, setFailed] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const name = site?.source.name.trim() || i18n.t('popup_no_name');
  const link = site?.source.trackedLink;
  // Straight from the click: the clipboard needs the recruiter's gesture.
  const copy = useCallback(async () => {
    if (!link) return;
    const outcome = await copyText(link);
    setFailed(outcome === 'failed');
    if (outcome === 'failed') return;
    setCopied(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(false), COPIED_MS);
    announce(i18n.t('popup_link_copied', { name }));
  }, [link, name, announce]);

  if (!jobOffer && !link) return null;
  const offered = jobOffer ? (recentJobs?.find((job) => job.jobId === jobOffer) ?? { jobId: jobOffer }) : null;
  return (
    <section className="this-page" aria-label={i18n.t('popup_this_page')}>
      {offered && (
        <Banner
          tone="info"
          role="note"
          actions={
            <button type="button" className="btn btn--small btn--primary" onClick={() => onShowJob(offered.jobId)}>
              {i18n.t('popup_page_job_show')}
            </button>
          }
        >
          <p>{i18n.t('popup_page_job', { job: jobName(offered) })}</p>
        </Banner>
      )}
      {site && link && (
        <p className="this-page__source">
          <span>{i18n.t('popup_page_source', { site: site.site, source: name })}</span>{' '}
          <CopyButton name={name} copied={copied} onCopy={() => void copy()} />
        </p>
      )}
      {failed && link && (
        <Banner tone="error" title={i18n.t('popup_copy_failed_link', { name })}>
          <p>{i18n.t('popup_copy_blocked')}</p>
          <CopyFallbackField text={link} label={i18n.t('popup_copy_fallback_link', { name })} />
        </Banner>
      )}
    </section>
  );
}
