import { memo, useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { CachedSources, RecentJob } from '@/utils/storage';
import { formatAsOf, formatExact, formatRelative } from '@/utils/popup/format';
import { jobName } from '@/utils/job-name';
import { LabelEditor } from './LabelEditor';

interface ActiveJobProps {
  job: RecentJob;
  entry: CachedSources | null;
  refreshing: boolean;
  /** The last refresh failed (and why, roughly): what is shown is from `entry.fetchedAt`. */
  stale: 'offline' | 'not-refreshed' | null;
  onRefresh: () => void;
  onLabel: (label: string) => void;
}

/** The job on screen, which is also the job the board buttons use, and how fresh its numbers are. */
export const ActiveJob = memo(function ActiveJob({ job, entry, refreshing, stale, onRefresh, onLabel }: ActiveJobProps) {
  const [editing, setEditing] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  // Closing the editor gives focus back to the button that opened it.
  useEffect(() => {
    if (wasEditing.current && !editing) renameButton.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  const now = Date.now();
  let status: string | null = null;
  if (refreshing) status = entry ? i18n.t('popup_refreshing') : i18n.t('popup_loading');
  else if (entry && stale) {
    const time = formatAsOf(entry.fetchedAt, now);
    status = stale === 'offline' ? i18n.t('popup_status_offline', { time }) : i18n.t('popup_status_not_refreshed', { time });
  } else if (entry) status = i18n.t('popup_status_updated', { when: formatRelative(entry.fetchedAt, now) ?? '' });

  return (
    <section className="active-job" aria-labelledby="active-job-name">
      <div className="active-job__main">
        <p className="active-job__caption">
          <span title={i18n.t('popup_active_job_hint')}>{i18n.t('popup_active_job')}</span>
          {/* A live region that stays in place: "Offline — as of …" after a refresh is announced, not only shown. */}
          <span role="status">
            {status && (
              <>
                {' · '}
                <span
                  className="active-job__status"
                  data-stale={Boolean(stale) && !refreshing}
                  title={entry ? i18n.t('popup_data_received', { time: formatExact(entry.fetchedAt) ?? '' }) : undefined}
                >
                  {status}
                </span>
              </>
            )}
          </span>
        </p>
        <h2 id="active-job-name">{jobName(job)}</h2>
        <span className="active-job__id">{job.jobId}</span>
      </div>
      <div className="active-job__actions">
        <button type="button" className="btn btn--small" onClick={onRefresh} aria-busy={refreshing || undefined}>
          {i18n.t('popup_refresh')}
        </button>
        <button
          ref={renameButton}
          type="button"
          className="btn btn--small btn--quiet"
          onClick={() => setEditing(true)}
          hidden={editing}
          // The visible word is part of the name (label in name), with what it applies to.
          aria-label={job.label ? i18n.t('popup_rename_active') : i18n.t('popup_add_label_active')}
        >
          {job.label ? i18n.t('popup_rename') : i18n.t('popup_add_label')}
        </button>
      </div>
      {editing && (
        <LabelEditor
          jobId={job.jobId}
          label={job.label}
          onSave={(label) => {
            onLabel(label);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      )}
    </section>
  );
});
