import { openShadowRoots } from './fields';

/**
 * The one way the content scripts wait for the page: a MutationObserver whose records are
 * filtered cheaply (only fields, their containers and shadow hosts count) and whose bursts are
 * folded into one scan at idle time (or per microtask while the tab is hidden, when neither
 * frames nor idle periods run). No polling: a quiet page, or a busy one whose changes hold no
 * field (a feed of posts), costs nothing but the filter.
 *
 * The filter looks at added nodes one by one, never at removed ones: a removal matters only
 * when it takes away something found before (a field with its control, or the control), and
 * `lost()` answers that for the whole batch, from what was found rather than from what left.
 */
export interface FieldWatcher {
  /** Scan now (e.g. after the URL changed without a DOM change). */
  rescan(): void;
  stop(): void;
}

export interface WatchOptions<T> {
  root: Node;
  /**
   * Finds what we are waiting for, under `root` and in `shadowRoots` (its open shadow roots,
   * walked once per scan); called once at start and after each batch of changes.
   */
  find: (shadowRoots: ShadowRoot[]) => T[];
  onFound: (found: T[]) => void;
  /** Our own nodes: their arrival is not a change of the page. */
  isOurs?: (node: Node) => boolean;
  /** Whether something `onFound` was given has left the page since (asked once per batch of changes). */
  lost?: () => boolean;
  /** Stops the watcher with the content script (WXT's ctx.signal) or the page session. */
  signal?: AbortSignal;
}

/** What can take text, or hold something that does: the only nodes whose changes are worth a scan. */
const FIELDS = 'input, textarea, select, [contenteditable], [role="textbox"]';
/** On a page that is never idle, a scan still runs this soon after the change. */
const IDLE_TIMEOUT_MS = 100;

// Attribute changes that can turn an element into (or out of) a target.
const ATTRIBUTES = ['contenteditable', 'role', 'aria-label', 'aria-labelledby', 'name', 'type', 'hidden', 'aria-hidden', 'disabled', 'readonly'];

export function watchFields<T>({ root, find, onFound, isOurs = () => false, lost, signal }: WatchOptions<T>): FieldWatcher {
  let scheduled = false;
  let stopped = false;
  let frame = 0;
  let idle = 0;

  const scan = () => {
    scheduled = false;
    frame = idle = 0;
    if (stopped) return;
    const shadowRoots = openShadowRoots(root as ParentNode);
    observeShadowRoots(shadowRoots);
    onFound(find(shadowRoots));
  };
  const schedule = () => {
    if (scheduled || stopped) return;
    scheduled = true;
    // At idle time (never more than once per frame, and within IDLE_TIMEOUT_MS on a page that
    // is never idle); in a hidden tab, where neither frames nor idle periods come, at once.
    if (document.visibilityState === 'hidden') queueMicrotask(scan);
    else if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(scan, { timeout: IDLE_TIMEOUT_MS });
    else if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(scan);
    else queueMicrotask(scan);
  };

  /**
   * Whether a node's arrival (or a change of its attributes) can change what the finder finds:
   * a field, something that holds one, or a shadow host. Our own controls arriving are not a change.
   */
  const matters = (node: Node): boolean =>
    node.nodeType === Node.ELEMENT_NODE &&
    !isOurs(node) &&
    ((node as Element).matches(FIELDS) || (node as Element).shadowRoot !== null || (node as Element).querySelector(FIELDS) !== null);

  // Cheap: most records of a busy page (posts, messages, counters) hold no field and are dropped
  // here, with as few calls into the DOM per record as possible.
  const observer = new MutationObserver((records) => {
    if (scheduled) return;
    for (const record of records) {
      if (record.type === 'attributes') {
        if (matters(record.target)) return schedule();
        continue;
      }
      const added = record.addedNodes;
      for (let i = 0; i < added.length; i++) if (matters(added[i])) return schedule();
    }
    // Once per batch, whatever it removed: cheaper than looking at each removal. Without `lost`,
    // any removal counts.
    if (lost ? lost() : records.some((record) => record.removedNodes.length > 0)) schedule();
  });
  const options: MutationObserverInit = { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES };
  observer.observe(root, options);
  // A subtree observer stops at shadow boundaries: each open shadow root is observed too, once
  // found (its host's arrival is a change of the page, so the scan that follows finds it).
  const observed = new WeakSet<ShadowRoot>();
  const observeShadowRoots = (shadowRoots: ShadowRoot[]) => {
    for (const shadow of shadowRoots) {
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
    if (idle) cancelIdleCallback(idle);
  };
  signal?.addEventListener('abort', stop, { once: true });
  if (signal?.aborted) stop();
  else scan();

  return { rescan: schedule, stop };
}
