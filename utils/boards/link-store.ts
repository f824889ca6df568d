import { protocolError, type ControlJobs, type ControlLink, type MessageError, type Reply, type Request, type ResponseMap } from '../messaging/protocol';

/**
 * What every control on the page shows, asked from the worker once and shared: the active
 * job, this board's link for it, the other sources, or why there is none. Fetched when
 * the first control mounts and refreshed on hover/focus, so that a click can copy at
 * once (clipboard writes must happen inside the click).
 */
export interface LinkState {
  link: ControlLink | null;
  /** Why the link is missing or old (from the worker's answer or from messaging itself). */
  error: MessageError | null;
  loading: boolean;
  /** When the last answer arrived (ms, from `now`); 0 before the first. */
  at: number;
}

export type Send = <R extends Request>(request: R) => Promise<Reply<ResponseMap[R['type']]>>;

export interface LinkStore {
  readonly state: LinkState;
  subscribe(listener: (state: LinkState) => void): () => void;
  /**
   * Asks the worker now (calls in flight are shared). `userAsked`: the recruiter's click led to
   * it, so the worker may ask Hirempire even if this tab asked a moment ago.
   */
  refresh(options?: { userAsked?: boolean }): Promise<LinkState>;
  /** Asks again only when the last answer is older than `maxAgeMs`. */
  ensureFresh(maxAgeMs?: number): Promise<LinkState>;
  /** Switches to the job at `position` of the list the recruiter opened, named `name` there. */
  useJob(position: number, name: string): Promise<LinkState>;
  /** The job list's names (active first), asked for when the recruiter opens it; null when the worker could not say. */
  jobs(): Promise<ControlJobs | null>;
  /** Any other job board: use this source on the page's site from now on (the worker keeps the rule). */
  saveSiteRule(sourceName: string): Promise<LinkState>;
  openSetup(): Promise<void>;
  /** Has the worker write this board's link (or source `sourceId`'s) to the clipboard; true once written. */
  copyInWorker(sourceId?: string): Promise<boolean>;
}

export const FRESH_MS = 10_000;

export function createLinkStore({
  send,
  onExtensionUpdated,
  now = () => performance.now(),
}: {
  send: Send;
  /** The extension was updated or removed under this page: the caller tears everything down. */
  onExtensionUpdated: () => void;
  now?: () => number;
}): LinkStore {
  let state: LinkState = { link: null, error: null, loading: false, at: 0 };
  const listeners = new Set<(state: LinkState) => void>();
  let inFlight: Promise<LinkState> | null = null;

  const set = (next: LinkState) => {
    state = next;
    for (const listener of listeners) listener(state);
  };

  const apply = (reply: Reply<ControlLink>): LinkState => {
    if (reply.ok) set({ link: reply.value, error: reply.value.error ?? null, loading: false, at: now() });
    else if (reply.error.kind === 'extension-updated') onExtensionUpdated();
    // Keep what we had: an old link is still worth copying, next to the reason it is old.
    else set({ ...state, error: reply.error, loading: false, at: now() });
    return state;
  };

  // Replies can arrive out of order (a hover's refresh racing a job switch): only the latest request's counts.
  let latest = 0;
  const ask = (request: Request & ({ type: 'board.link' } | { type: 'board.useJob' } | { type: 'site.saveRule' })) => {
    const seq = ++latest;
    set({ ...state, loading: true });
    const pending = send(request).then(
      (reply) => (seq === latest ? apply(reply) : state),
      () => (seq === latest ? apply({ ok: false, error: protocolError('internal') }) : state),
    );
    return pending;
  };

  /** A change the worker makes and answers with the new link (job switch, site rule). */
  const change = async (request: Request & ({ type: 'board.useJob' } | { type: 'site.saveRule' })) => {
    if (inFlight) await inFlight;
    // Tracked as in flight, so a refresh asked meanwhile waits for the change instead of racing it.
    const changing = ask(request).finally(() => {
      if (inFlight === changing) inFlight = null;
    });
    inFlight = changing;
    return changing;
  };

  const store: LinkStore = {
    get state() {
      return state;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh({ userAsked } = {}) {
      inFlight ??= ask(userAsked ? { type: 'board.link', userAsked } : { type: 'board.link' }).finally(() => {
        inFlight = null;
      });
      return inFlight;
    },
    ensureFresh(maxAgeMs = FRESH_MS) {
      if (inFlight) return inFlight;
      if (state.at && now() - state.at < maxAgeMs) return Promise.resolve(state);
      return store.refresh();
    },
    useJob: (position, name) => change({ type: 'board.useJob', position, name }),
    saveSiteRule: (sourceName) => change({ type: 'site.saveRule', sourceName }),
    async jobs() {
      const reply = await send({ type: 'board.jobs' });
      if (!reply.ok && reply.error.kind === 'extension-updated') onExtensionUpdated();
      return reply.ok ? reply.value : null;
    },
    async copyInWorker(sourceId) {
      const reply = await send({ type: 'board.copy', sourceId: sourceId ?? null });
      if (!reply.ok && reply.error.kind === 'extension-updated') onExtensionUpdated();
      return reply.ok && reply.value.copied;
    },
    async openSetup() {
      const reply = await send({ type: 'board.openSetup' });
      if (!reply.ok && reply.error.kind === 'extension-updated') onExtensionUpdated();
    },
  };
  return store;
}
