import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { ActiveJob } from '@/components/popup/ActiveJob';
import { Banner } from '@/components/popup/Banner';
import { EmptySources } from '@/components/popup/EmptySources';
import { JobForm } from '@/components/popup/JobForm';
import { LookupError } from '@/components/popup/LookupError';
import { RecentJobs } from '@/components/popup/RecentJobs';
import { SetupPrompt } from '@/components/popup/SetupPrompt';
import { SourcesSkeleton } from '@/components/popup/Skeleton';
import { SourcesPanel } from '@/components/popup/SourcesPanel';
import { ThisPage } from '@/components/popup/ThisPage';
import { sourcesView, staleMark } from '@/utils/popup/state';
import { visitGains } from '@/utils/popup/visit-gains';
import { usePopup } from './use-popup';
import { useThisPage } from './use-this-page';

interface AppProps {
  /** Called once, before the first frame that shows what the app knows of the job (see mount.tsx). */
  onReady?: () => void;
}

export default function App({ onReady }: AppProps) {
  const { state, actions } = usePopup();
  const [announcement, setAnnouncement] = useState('');
  const announce = useCallback((message: string) => {
    // The same words twice in a row must still be read: clear, then set.
    setAnnouncement('');
    requestAnimationFrame(() => setAnnouncement(message));
  }, []);

  const { token, recentJobs, sources, notice, seen } = state;
  const view = sourcesView(sources);
  // "+N" beside the sources whose visits rose since the last look (before this popup opened).
  const previous = sources.jobId ? seen[sources.jobId] : undefined;
  const shownSources = sources.entry?.data.sources;
  const gains = useMemo(() => visitGains(previous, shownSources ?? []), [previous, shownSources]);
  const activeJob = useMemo(
    () => recentJobs?.find((job) => job.jobId === sources.jobId) ?? (sources.jobId ? { jobId: sources.jobId, openedAt: 0 } : null),
    [recentJobs, sources.jobId],
  );
  const activeJobId = activeJob?.jobId;
  const labelActive = useCallback(
    (label: string) => {
      if (activeJobId) actions.label(activeJobId, label);
    },
    [actions, activeJobId],
  );
  const thisPage = useThisPage(sources.jobId, sources.entry?.fetchedAt);
  const tokenProblem = sources.error?.kind === 'invalid-token' || sources.error?.kind === 'no-token';

  // Ready: what the worker said is in, and the sources area has something other than a skeleton.
  const ready = token !== 'loading' && recentJobs !== null && view !== 'loading';
  const readyCalled = useRef(false);
  useLayoutEffect(() => {
    if (!ready || readyCalled.current) return;
    readyCalled.current = true;
    onReady?.();
  }, [ready, onReady]);

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>Hirempire</h1>
        {token !== 'none' && token !== 'loading' && (
          <button type="button" className="btn btn--small btn--quiet" onClick={actions.openSettings}>
            {i18n.t('popup_settings')}
          </button>
        )}
      </header>

      {token === 'none' && <SetupPrompt onSetUp={actions.openSettings} />}

      {token === 'invalid' && (
        <Banner
          tone="error"
          title={i18n.t('popup_token_refused_title')}
          actions={
            <button type="button" className="btn btn--small btn--primary" onClick={actions.openSettings}>
              {i18n.t('popup_open_settings')}
            </button>
          }
        >
          <p>{i18n.t('popup_token_refused_text')}</p>
        </Banner>
      )}

      {token !== 'none' && token !== 'loading' && (
        <>
          <JobForm onLookup={actions.lookup} />
          <ThisPage
            jobOffer={thisPage.jobOffer}
            recentJobs={recentJobs}
            onShowJob={actions.lookup}
            site={thisPage.site}
            announce={announce}
          />
          {recentJobs && (
            <RecentJobs jobs={recentJobs} onPick={actions.lookup} onRemove={actions.remove} onLabel={actions.label} />
          )}
          {notice && (
            <Banner
              tone="error"
              actions={
                <button type="button" className="btn btn--small" onClick={actions.dismissNotice}>
                  {i18n.t('popup_dismiss')}
                </button>
              }
            >
              <p>{notice.message}</p>
            </Banner>
          )}

          {view === 'no-job' && recentJobs && (
            <p className="intro">{i18n.t('popup_intro')}</p>
          )}

          {activeJob && (
            <ActiveJob
              job={activeJob}
              entry={sources.entry}
              refreshing={sources.refreshing}
              stale={staleMark(sources)}
              onRefresh={actions.refresh}
              onLabel={labelActive}
            />
          )}

          {sources.error && sources.jobId && !tokenProblem && (
            <LookupError
              error={sources.error}
              jobId={sources.jobId}
              hasData={Boolean(sources.entry)}
              onRetry={actions.refresh}
              onOpenSettings={actions.openSettings}
              onForgetJob={() => actions.remove(sources.jobId!)}
            />
          )}

          {view === 'loading' && <SourcesSkeleton />}
          {view === 'empty' && <EmptySources skipped={sources.entry?.data.skipped ?? 0} />}
          {view === 'list' && sources.entry && (
            <SourcesPanel
              key={sources.jobId}
              data={sources.entry.data}
              gains={gains}
              onOpen={actions.openLink}
              announce={announce}
            />
          )}
        </>
      )}

      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </main>
  );
}
