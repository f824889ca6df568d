import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';
import { copyTextOr } from '../clipboard';
import { CONTROL_CSS } from './control-styles';
import { createLinkFlow, type ReplaceChoice, type Tone } from './control-flow';
import { controlView, type ControlView, type Offer } from './control-view';
import { anchorOf } from './fields';
import type { LinkStore } from './link-store';
import type { FieldTarget } from './types';

/**
 * The "Copy tracked link" control's DOM: beside one field, or floating when the page has no
 * field for the link. Plain DOM in a shadow root (the board's CSS does not reach it). What
 * it shows comes from control-view.ts, what its buttons do from control-flow.ts; this file
 * only draws and listens. Every control on the page shares one LinkStore. Its words are the
 * extension's, in the browser's language, whatever language the board itself is in.
 */
export const HOST_TAG = 'hirempire-link';

export function isOurs(node: Node): boolean {
  return (node as Element).localName === HOST_TAG;
}

export interface ControlOptions {
  store: LinkStore;
  /** The board's name until the worker has said which source is ours. */
  boardName: string;
  /** The field this control serves; null for the floating control. */
  target: FieldTarget | null;
  /** Floating control: the field the recruiter last worked in, to insert into. */
  lastField?: () => FieldTarget | null;
  /** Where the caret was in an editor before focus moved to the control. */
  savedRange: (editor: HTMLElement) => Range | null;
  /** Floating control: the recruiter hid it. */
  onHide?: () => void;
  signal: AbortSignal;
  /**
   * Whether an event is the recruiter's own. The board's page scripts can reach our buttons:
   * their synthetic clicks and changes (isTrusted false) must not switch jobs or insert.
   * Unit tests, whose DOM cannot make trusted events, pass their own.
   */
  isUserEvent?: (event: Event) => boolean;
}

export interface Control {
  host: HTMLElement;
  readonly target: FieldTarget | null;
  /** Puts the host in place if the page removed it; never moves it otherwise. */
  place(): void;
  /**
   * The page rendered this control's field anew (a framework re-render: a new element, the same
   * kind of field): the control serves the new one, as it is, and goes beside it at the next
   * `place()`. Cheaper than a new control, and what the recruiter was told stays.
   */
  retarget(target: FieldTarget): void;
  /** Copies this board's link and confirms, as the Copy button does (the keyboard shortcut). */
  copyLink(): void;
  /** Inserts a chosen source's link into a field and confirms here (the context menu). */
  insertLink(field: FieldTarget, source: Pick<JobSource, 'name' | 'trackedLink'>): Promise<void>;
  destroy(): void;
}

type Child = Node | string | null | false;

function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== false) el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

const button = (text: string, attrs: Record<string, string | boolean> = {}) => h('button', { type: 'button', ...attrs }, text);

const STATUS_MS = 8000;

/**
 * The controls' styles, parsed once and shared by every control of the page (a constructed
 * sheet, adopted by each shadow root): a control moved beside a re-rendered field keeps it,
 * where a <style> of its own would be parsed again. Where the browser will not adopt a sheet
 * made by a content script, each control has its own <style>.
 */
let sharedSheet: CSSStyleSheet | null | undefined;
function adoptStyles(shadow: ShadowRoot): boolean {
  try {
    if (sharedSheet === undefined) {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(CONTROL_CSS);
    }
    if (!sharedSheet) return false;
    shadow.adoptedStyleSheets = [sharedSheet];
    return shadow.adoptedStyleSheets.length === 1;
  } catch {
    sharedSheet = null;
    return false;
  }
}

export function createControl(options: ControlOptions): Control {
  const { store, signal: outer } = options;
  let target = options.target;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  outer.addEventListener('abort', () => lifetime.abort(), { once: true, signal });
  const isUserEvent = options.isUserEvent ?? ((event: Event) => event.isTrusted);
  const on = <E extends Event>(el: EventTarget, type: string, handler: (event: E) => void) =>
    el.addEventListener(type, ((event: E) => isUserEvent(event) && handler(event)) as EventListener, { signal });

  const host = document.createElement(HOST_TAG);
  host.dataset.kind = target ? target.kind : 'floating';
  const shadow = host.attachShadow({ mode: 'open' });
  // The control's elements, built once; draw() only changes text, values and `hidden`.
  const copy = button(i18n.t('board_copy_link'), { class: 'primary' });
  const insert = button(i18n.t('board_insert_link'));
  // The job: a button, and the list it opens. Nothing names a job before the recruiter's own click
  // (the page's scripts can read this shadow root); the list holds names only, its values are places.
  const jobButton = button(i18n.t('board_change_job'), { 'aria-expanded': 'false', 'aria-controls': 'jobs' });
  const jobLabel = h('label', { for: 'job' }, i18n.t('board_job'));
  const jobSelect = h('select', { id: 'job' });
  const jobText = h('span', { class: 'note' });
  const jobs = h('div', { id: 'jobs', class: 'row', hidden: true }, jobLabel, jobSelect, jobText);
  const hide = target ? null : button('×', { class: 'icon', 'aria-label': i18n.t('board_hide') });
  const message = h('p', { class: 'message' });
  const retry = button(i18n.t('board_retry'));
  const settings = button(i18n.t('board_open_settings'));
  const notice = h('div', { class: 'row', hidden: true }, message, retry, settings);
  const confirmText = h('p', { id: 'confirm-text' });
  const replace = button(i18n.t('board_replace'), { 'aria-describedby': 'confirm-text' });
  const keep = button(i18n.t('board_keep'));
  const confirm = h('div', { class: 'row', role: 'group', 'aria-label': i18n.t('board_replace_question'), hidden: true }, confirmText, replace, keep);
  const othersList = h('ul');
  const othersNote = h('p', { class: 'note' });
  const others = h('div', { hidden: true }, h('p', {}, i18n.t('board_other_links')), othersList, othersNote);
  const manualInput = h('input', { id: 'manual', readonly: true });
  const manual = h('div', { class: 'row', hidden: true }, h('label', { for: 'manual' }, i18n.t('board_tracked_link')), manualInput);
  const status = h('p', { class: 'status', role: 'status' });
  const groupLabel = () => (target ? i18n.t('board_group_for', { field: target.label }) : i18n.t('board_group'));
  const box = h(
    'div',
    { class: 'box', role: 'group', 'aria-label': groupLabel() },
    h('div', { class: 'row' }, h('span', { class: 'brand' }, 'Hirempire'), copy, insert, jobButton, hide),
    jobs,
    confirm,
    notice,
    others,
    manual,
    status,
  );
  if (!adoptStyles(shadow)) shadow.append(h('style', {}, CONTROL_CSS));
  shadow.append(box);

  let statusTimer = 0;
  const say = (text: string, tone: Tone = '') => {
    status.textContent = text;
    status.className = `status ${tone}`;
    clearTimeout(statusTimer);
    if (text) statusTimer = window.setTimeout(() => (status.textContent = ''), STATUS_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(statusTimer));

  // The replace question, answered by a click on Replace or Keep, or dropped when the job changes.
  let answer: ((choice: ReplaceChoice) => void) | null = null;
  const settle = (choice: ReplaceChoice) => {
    const pending = answer;
    answer = null;
    confirm.hidden = true;
    pending?.(choice);
  };

  const flow = createLinkFlow({
    store,
    boardName: options.boardName,
    savedRange: options.savedRange,
    // The page's document never copies: when the control's own write fails, the worker writes from
    // an extension document (a page's `copy` listener could swap the link here).
    copy: (text, sourceId) => copyTextOr(text, () => store.copyInWorker(sourceId)),
    ui: {
      say,
      showManualCopy(link) {
        manualInput.value = link;
        manual.hidden = false;
        manualInput.focus();
        manualInput.select();
      },
      hideManualCopy: () => (manual.hidden = true),
      askToReplace(question, onAnswer) {
        settle('dropped');
        confirmText.textContent = question;
        confirm.hidden = false;
        replace.focus();
        answer = onAnswer;
      },
    },
  });

  on(copy, 'click', () => flow.copyBoardLink());
  on(insert, 'click', () => void flow.insertBoardLink(target ?? options.lastField?.() ?? null));
  on(replace, 'click', () => settle('replace'));
  on(keep, 'click', () => {
    settle('keep');
    insert.focus();
  });

  // The job list, open only after the recruiter's own click on the job button, and emptied when
  // closed. Its names map to places here, in the content script's memory, never in the page's DOM.
  let listed: string[] | null = null;
  const closeJobs = () => {
    listed = null;
    jobs.hidden = true;
    jobButton.setAttribute('aria-expanded', 'false');
    jobSelect.replaceChildren();
    jobText.textContent = '';
  };
  const showJobs = async () => {
    const answer = await store.jobs();
    if (!answer?.names.length || signal.aborted) return closeJobs();
    listed = answer.names;
    const several = listed.length > 1;
    // The active job is the first; the options are numbered, not named after jobs.
    jobSelect.replaceChildren(...(several ? listed.map((name, i) => h('option', { value: String(i) }, name)) : []));
    jobSelect.value = '0';
    jobLabel.hidden = jobSelect.hidden = !several;
    jobText.hidden = several;
    jobText.textContent = several ? '' : i18n.t('board_job_named', { job: listed[0] });
    jobs.hidden = false;
    jobButton.setAttribute('aria-expanded', 'true');
  };
  on(jobButton, 'click', () => (listed ? closeJobs() : void showJobs()));
  on<KeyboardEvent>(jobs, 'keydown', (event) => {
    if (event.key !== 'Escape') return;
    closeJobs();
    jobButton.focus();
  });
  // Not closed when focus moves on: the control would shrink under the pointer between the press and the
  // release of a click elsewhere, and that click (ours or the page's) would be lost.
  on(jobSelect, 'change', async () => {
    const position = Number(jobSelect.value);
    const name = listed?.[position];
    if (name === undefined) return;
    // Switched: the list is redrawn in the worker's order (the chosen job first) by draw(), below.
    // Not switched (the list changed meanwhile, in the popup): shown afresh.
    if (!(await flow.switchJob(position, name)) && listed) await showJobs();
  });

  on(retry, 'click', () => void store.refresh({ userAsked: true }));
  on(settings, 'click', () => void store.openSetup());
  if (hide) on(hide, 'click', () => options.onHide?.());

  // Keep the link fresh before the click: the active job may have changed in the popup.
  on(host, 'pointerenter', () => void store.ensureFresh());
  on(shadow, 'focusin', () => void store.ensureFresh());

  const offerItem = (offer: Offer, site: string | null) => {
    const item = button(i18n.t('board_copy'), { 'aria-label': i18n.t('board_copy_source', { source: offer.name }) });
    on(item, 'click', () => flow.copySource(offer));
    // Any other job board: one click keeps this source for the site (a rule, in the settings).
    const use = site && button(i18n.t('board_use_on_site', { site }), { 'aria-label': i18n.t('board_use_on_site_label', { source: offer.name, site }) });
    if (use) on(use, 'click', () => void store.saveSiteRule(offer.name));
    return h('li', {}, h('span', {}, offer.name), item, use);
  };

  let offersKey = '';
  let shownJob: number | null | undefined;
  const draw = (view: ControlView, hasAnswer: boolean) => {
    // Another job: what was said or asked about the previous one no longer applies, and an open list is redrawn.
    if (hasAnswer && view.jobKey !== shownJob) {
      if (shownJob !== undefined) {
        settle('dropped');
        if (listed) void showJobs();
      }
      shownJob = view.jobKey;
    }
    copy.hidden = insert.hidden = !view.canCopy;
    insert.disabled = !target && !options.lastField;
    jobButton.hidden = !view.canPickJob;
    if (!view.canPickJob && listed) closeJobs();

    notice.hidden = !view.notice;
    message.textContent = view.notice?.text ?? '';
    message.className = `message ${view.notice?.error ? 'error' : ''}`;
    retry.hidden = !view.notice?.retry;
    settings.hidden = !view.notice?.settings;

    others.hidden = !view.offers.length;
    // Rebuilt only when the list changes: a refresh must not take the focus from a button.
    const offerKey = `${view.site}|${view.offers.map((offer) => `${offer.id}:${offer.trackedLink}`).join('|')}`;
    if (offerKey !== offersKey) {
      offersKey = offerKey;
      othersList.replaceChildren(...view.offers.map((offer) => offerItem(offer, view.site)));
    }
    othersNote.textContent = view.moreOffers;
    othersNote.hidden = !view.moreOffers;
  };
  const render = () => draw(controlView(store.state), !!store.state.link);
  render();
  signal.addEventListener('abort', store.subscribe(render));

  return {
    host,
    get target() {
      return target;
    },
    copyLink: () => flow.copyBoardLink(),
    insertLink: (field, source) => flow.insertLink(field, source),
    place() {
      if (host.isConnected) return;
      if (target) {
        if (target.field.isConnected) anchorOf(target.field, isOurs).after(host);
        return;
      }
      (document.body ?? document.documentElement).append(host);
      // In the top layer, above any fixed overlay of the page whatever its z-index (a cookie
      // banner across the bottom of every Indeed page): visible and clickable.
      if (typeof host.showPopover === 'function') {
        host.setAttribute('popover', 'manual');
        try {
          host.showPopover();
        } catch {
          // Not shown as a popover (detached meanwhile): it stays a fixed box.
        }
      }
    },
    retarget(next) {
      // A question about the old field's text no longer applies.
      if (answer) settle('dropped');
      const relabel = next.label !== target?.label;
      target = next;
      if (relabel) box.setAttribute('aria-label', groupLabel());
      host.remove();
    },
    destroy() {
      lifetime.abort();
      settle('dropped');
      closeJobs();
      host.remove();
    },
  };
}
