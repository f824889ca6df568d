import { memo, useLayoutEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import type { RecentJob } from '@/utils/storage';
import { jobName } from '@/utils/job-name';
import { LabelEditor } from './LabelEditor';

interface RecentJobsProps {
  jobs: RecentJob[];
  onPick: (jobId: string) => void;
  onRemove: (jobId: string) => void;
  onLabel: (jobId: string, label: string) => void;
}

/**
 * The last ten jobs, newest first. The first is the active job: the one the board
 * buttons use. Folded by default so the sources keep the room.
 */
export const RecentJobs = memo(function RecentJobs({ jobs, onPick, onRemove, onLabel }: RecentJobsProps) {
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);

  // After renaming or removing, focus lands somewhere sensible instead of on <body>.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const target = focusTarget === 'toggle' ? toggle.current : list.current?.querySelector<HTMLElement>(focusTarget);
    // With the last job removed the list is gone: the Job ID field is the next thing to use.
    (target ?? toggle.current ?? document.querySelector<HTMLElement>('input[name="job"]'))?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  if (!jobs.length) return null;
  const activeId = jobs[0].jobId;

  return (
    <section className="recent" aria-label={i18n.t('popup_recent_jobs')}>
      <button
        ref={toggle}
        type="button"
        className="btn recent__toggle"
        aria-expanded={open}
        aria-controls="recent-jobs-list"
        onClick={() => setOpen((value) => !value)}
      >
        {i18n.t('popup_recent_jobs_toggle', { count: jobs.length })}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      {open && (
        <ul id="recent-jobs-list" ref={list}>
          {jobs.map((job) => {
            const name = jobName(job);
            const active = job.jobId === activeId;
            return (
              <li key={job.jobId}>
                {editing === job.jobId ? (
                  <LabelEditor
                    jobId={job.jobId}
                    label={job.label}
                    onSave={(label) => {
                      onLabel(job.jobId, label);
                      setEditing(null);
                      setFocusTarget(`[data-rename="${job.jobId}"]`);
                    }}
                    onCancel={() => {
                      setEditing(null);
                      setFocusTarget(`[data-rename="${job.jobId}"]`);
                    }}
                  />
                ) : (
                  <>
                    <button
                      type="button"
                      className="btn recent__pick"
                      aria-current={active ? 'true' : undefined}
                      title={job.jobId}
                      onClick={() => onPick(job.jobId)}
                    >
                      <span className="recent__name">{name}</span>
                      {job.label && <span className="visually-hidden"> ({job.jobId})</span>}
                    </button>
                    {active && <span className="badge">{i18n.t('popup_recent_active')}</span>}
                    <button
                      type="button"
                      className="btn btn--small btn--quiet"
                      data-rename={job.jobId}
                      onClick={() => setEditing(job.jobId)}
                      aria-label={i18n.t('popup_rename_job', { job: name })}
                    >
                      {i18n.t('popup_rename')}
                    </button>
                    <button
                      type="button"
                      className="btn btn--small btn--quiet"
                      onClick={() => {
                        onRemove(job.jobId);
                        setFocusTarget('toggle');
                      }}
                      aria-label={i18n.t('popup_remove_job', { job: name })}
                    >
                      {i18n.t('popup_remove')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
});
