import { openShadowRoots } from './fields';

/**
 * The one way the content scripts wait for the page: a MutationObserver whose bursts are
 * folded into one scan per animation frame (or per microtask while the tab is hidden,
 * when frames do not run). No polling: a quiet page costs nothing.
 */
export interface FieldWatcher {
  /** Scan now (e.g. after the URL changed without a DOM change). */
  rescan(): void;
  stop(): void;
}

export interface WatchOptions<T> {
  root: Node;
  /** Finds what we are waiting for; called once at start and after each batch of changes. */
  find: () => T[];
  onFound: (found: T[]) => void;
  /** Our own nodes: their coming and going is not a change of the page. */
  isOurs?: (node: Node) => boolean;
  /** Stops the watcher with the content script (WXT's ctx.signal) or the page session. */
  signal?: AbortSignal;
}

// Attribute changes that can turn an element into (or out of) a target.
const ATTRIBUTES = ['contenteditable', 'role', 'aria-label', 'aria-labelledby', 'name', 'type', 'hidden', 'aria-hidden', 'disabled', 'readonly'];

export function watchFields<T>({ root, find, onFound, isOurs = () => false, signal }: WatchOptions<T>): FieldWatcher {
  let scheduled = false;
  let stopped = false;
  let frame = 0;

  const scan = () => {
    scheduled = false;
    frame = 0;
    if (stopped) return;
    observeShadowRoots();
    onFound(find());
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    if (typeof requestAnimationFrame === 'function' && document.visibilityState !== 'hidden') frame = requestAnimationFrame(scan);
    else queueMicrotask(scan);
  };
  const onlyOurs = (record: MutationRecord) =>
    record.type === 'childList' &&
    [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)].every((node) => isOurs(node));

  const observer = new MutationObserver((records) => {
    if (records.some((record) => !onlyOurs(record))) schedule();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES };
  observer.observe(root, options);
  // A subtree observer stops at shadow boundaries: each open shadow root is observed too, once
  // found (its host's arrival is a change of the page, so the scan that follows finds it).
  const observed = new WeakSet<ShadowRoot>();
  const observeShadowRoots = () => {
    for (const shadow of openShadowRoots(root as ParentNode)) {
      if (observed.has(shadow)) continue;
      observed.add(shadow);
      observer.observe(shadow, options);
    }
  };

  const stop = () => {
    if (stopped) return;
    stopped = true;
    observer.disconnect();
    if (frame) cancelAnimationFrame(frame);
  };
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();
  else scan();

  return { rescan: schedule, stop };
}
