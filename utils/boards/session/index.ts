import { createControl, isOurs } from '../control';
import { watchFields, type FieldWatcher } from '../field-watcher';
import type { LinkStore } from '../link-store';
import type { BoardAdapter, FieldTarget } from '../types';
import { rememberCarets } from './caret-memory';
import { fieldControls } from './field-controls';
import { rememberFields } from './field-memory';
import { couldTakeLink, floatingControl } from './floating-control';
import { onWorkerCommands } from './worker-commands';

/**
 * One visit to a posting form (or one on-demand injection into a page): small pieces, each
 * started with the session's AbortSignal and cleaning up after itself when it aborts — caret
 * memory, field memory, the field controls, the floating control, the worker's commands, and
 * the field watcher that feeds them. Nothing here knows how the session was started, so the
 * same session runs from a board's content script or injected into any frame.
 */
export interface SessionOptions {
  adapter: BoardAdapter;
  store: LinkStore;
  /** Whether an event is the recruiter's own (isTrusted; unit tests, whose DOM cannot make trusted events, pass their own). */
  isUserEvent?: (event: Event) => boolean;
  /** True once this script's extension context is gone (an old script after an update). */
  isInvalid: () => boolean;
}

export function openSession(signal: AbortSignal, { adapter, store, isInvalid, isUserEvent = (event) => event.isTrusted }: SessionOptions): void {
  const savedRange = rememberCarets(signal, isUserEvent);
  // The recruiter in a multi-line or URL field the finder did not take: the floating control offers itself.
  const fields = rememberFields(signal, {
    isOurs,
    isUserEvent,
    onFocusField: (field) => !controls.of(field) && couldTakeLink(field) && floating.offer(),
  });
  // A board switched off in the settings gets nothing, not even for a moment: see `startWatching`.
  let disabled = store.state.link?.enabled === false;

  const controls = fieldControls(signal, (target) =>
    createControl({ store, boardName: adapter.name, target, savedRange, signal }),
  );
  const floating = floatingControl({
    signal,
    allowed: () => !disabled,
    make: (onHide) => createControl({ store, boardName: adapter.name, target: null, lastField: fields.lastField, savedRange, onHide, signal }),
  });
  const speaker = () => controls.main() ?? floating.control ?? floating.show();

  // Back from the popup (where the active job may have changed): ask again. Only a real focus:
  // a page dispatching `focus` in a loop must not turn into requests.
  window.addEventListener('focus', (event) => isUserEvent(event) && void store.ensureFresh(0), { signal });

  onWorkerCommands(signal, (request) => {
    if (disabled) return;
    if (request.type === 'tab.copyLink') return speaker()?.copyLink();
    const context = fields.contextField();
    if (!context) return;
    const target: FieldTarget = controls.of(context.field)?.target ?? context;
    void (controls.of(target.field) ?? speaker())?.insertLink(target, request.source);
  });

  const reconcile = (targets: FieldTarget[]) => {
    if (disabled) return;
    controls.reconcile(targets);
  };
  // After an extension update the page keeps this old script: its next look at the page ends it.
  const find = (shadowRoots: ShadowRoot[]) =>
    isInvalid() ? [] : adapter.findTargets(document, (field) => controls.of(field)?.target ?? undefined, shadowRoots);
  let watcher: FieldWatcher | null = null;
  /** Fields are watched once the worker has said whether this board is on (at once when that is known). */
  const startWatching = () => {
    if (disabled || signal.aborted) return;
    if (watcher) watcher.rescan();
    else watcher = watchFields({ root: document, find, onFound: reconcile, isOurs, lost: () => controls.lost(), signal });
  };

  const unsubscribe = store.subscribe((state) => {
    const off = state.link?.enabled === false;
    if (off === disabled) return;
    disabled = off;
    if (!off) return startWatching();
    controls.clear();
    floating.drop();
  });
  signal.addEventListener('abort', unsubscribe);

  // Ask before the first click (clipboard writes must happen inside the click), and before the first control.
  if (store.state.at) startWatching();
  void store.ensureFresh().then((state) => {
    disabled = state.link?.enabled === false;
    startWatching();
  });
}
