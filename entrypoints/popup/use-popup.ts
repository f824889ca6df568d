import { useCallback, useEffect, useMemo, useReducer, useRef } from 'react';
import { browser } from 'wxt/browser';
import { apiError } from '@/utils/api/errors';
import { send } from '@/utils/messaging/protocol';
import { readCachedAnswer, refreshAnswer } from '@/utils/popup/cached-answer';
import { initialPopupState, popupReducer } from '@/utils/popup/state';
import { seenSnapshot } from '@/utils/popup/visit-gains';

/**
 * The popup's wiring: what it asks the worker, and when.
 * On open: token status and recent jobs, then the active job's cached sources (shown
 * at once, read straight from the answers' database) and a refresh behind them. Nothing else happens until the recruiter acts.
 */
export function usePopup() {
  const [state, dispatch] = useReducer(popupReducer, initialPopupState);
  const seq = useRef(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  /** Shows a job: its cached answer first (when asked), then a fresh one. */
  const load = useCallback((jobId: string, { fromCache, refresh }: { fromCache: boolean; refresh: boolean }) => {
    const lookup = ++seq.current;
    dispatch({ type: 'lookup', jobId, seq: lookup });
    const cached = fromCache
      ? readCachedAnswer(jobId).then((entry) => {
          dispatch({ type: 'cached', jobId, entry });
          return entry;
        })
      : Promise.resolve(null);
    if (refresh) {
      void refreshAnswer(jobId).then((reply) => {
        dispatch({ type: 'fetched', jobId, seq: lookup, reply });
        // Fresh numbers are on screen (not an older lookup's): the recruiter has now seen them.
        // The worker answers with what was seen before, the baseline for the "+N" markers.
        if (lookup !== seq.current || !reply.ok || !reply.value.ok) return;
        const visits = seenSnapshot(reply.value.cached.data.sources);
        void send({ type: 'jobs.seen', jobId, visits }).then((seen) => {
          if (seen.ok) dispatch({ type: 'seen', jobId, previous: seen.value });
        });
      });
    } else {
      // The token is known to be refused: asking again would only get another 401.
      void cached.then((entry) =>
        dispatch({
          type: 'fetched',
          jobId,
          seq: lookup,
          reply: { ok: true, value: { ok: false, error: apiError('invalid-token'), cached: entry } },
        }),
      );
    }
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [setup, recent] = await Promise.all([send({ type: 'setup.get' }), send({ type: 'jobs.recent' })]);
      if (!live) return;
      const token = setup.ok ? setup.value.token.state : 'unchecked';
      dispatch({ type: 'token', state: token });
      dispatch({ type: 'recent', jobs: recent.ok ? recent.value : [] });
      if (!recent.ok) dispatch({ type: 'notice', error: recent.error });
      const active = recent.ok ? recent.value[0] : undefined;
      if (active && token !== 'none') load(active.jobId, { fromCache: true, refresh: token !== 'invalid' });
    })();
    return () => {
      live = false;
    };
  }, [load]);

  const actions = useMemo(
    () => ({
      /** A job id from the form or the recent list: it becomes the active job. */
      lookup(jobId: string) {
        load(jobId, { fromCache: true, refresh: true });
        void send({ type: 'jobs.open', jobId }).then((reply) =>
          dispatch(reply.ok ? { type: 'recent', jobs: reply.value } : { type: 'notice', error: reply.error }),
        );
      },
      refresh() {
        const { jobId } = stateRef.current.sources;
        if (jobId) load(jobId, { fromCache: false, refresh: true });
      },
      label(jobId: string, label: string) {
        void send({ type: 'jobs.label', jobId, label }).then((reply) =>
          dispatch(reply.ok ? { type: 'recent', jobs: reply.value } : { type: 'notice', error: reply.error }),
        );
      },
      remove(jobId: string) {
        void send({ type: 'jobs.remove', jobId }).then((reply) => {
          if (!reply.ok) return dispatch({ type: 'notice', error: reply.error });
          dispatch({ type: 'recent', jobs: reply.value });
          // The job on screen was removed: the next one becomes active, as it does for the boards.
          if (stateRef.current.sources.jobId === jobId) {
            const next = reply.value[0];
            if (next) load(next.jobId, { fromCache: true, refresh: true });
            else dispatch({ type: 'clear' });
          }
        });
      },
      dismissNotice() {
        dispatch({ type: 'notice', error: null });
      },
      openSettings() {
        void browser.runtime.openOptionsPage().finally(() => window.close());
      },
      openLink(link: string) {
        // Links were vetted by the worker; checked again because this is where a URL becomes a tab.
        if (isHttps(link)) void browser.tabs.create({ url: link });
      },
    }),
    [load],
  );

  return { state, actions };
}

function isHttps(link: string): boolean {
  try {
    return new URL(link).protocol === 'https:';
  } catch {
    return false;
  }
}
