import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';
import { formatNumber, uiLanguage } from '../locale';
import type { RecentJob } from '../storage';
import { copyText } from '../clipboard';
import { CONTROL_CSS } from './control-styles';
import { anchorOf, isEmailField } from './fields';
import { insertAtCaret, insertIntoEditor, insertIntoInput, isTextControl, type InsertOutcome } from './insert';
import type { LinkState, LinkStore } from './link-store';
import type { FieldTarget } from './types';

/**
 * The "Copy tracked link" control: beside one field, or floating when the page has no
 * field for the link. Plain DOM in an open shadow root (assistive tech and tests see it;
 * the board's CSS does not). Every control on the page shares one LinkStore.
 * Its words are the extension's, in the browser's language (i18n.t reads the packaged
 * messages; a content script may), whatever language the board itself is in.
 */
export const HOST_TAG = 'hirempire-link';

export function isOurs(node: Node): boolean {
  return node.nodeName.toLowerCase() === HOST_TAG;
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
   * Whether an event is the recruiter's own. The shadow root is open (assistive tech must see
   * it), so the board's page scripts can reach our buttons too: their synthetic clicks and
   * changes (isTrusted false) must not switch jobs or insert. Unit tests, whose DOM cannot make
   * trusted events, pass their own.
   */
  isUserEvent?: (event: Event) => boolean;
}

export interface Control {
  host: HTMLElement;
  target: FieldTarget | null;
  /** Puts the host in place if the page removed it; never moves it otherwise. */
  place(): void;
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

/** The recruiter's own name for the job, or the start of its id. */
export function jobName(job: RecentJob): string {
  return job.label?.trim() || job.jobId.slice(0, 8);
}

function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

const MAX_OTHERS = 6;
const STATUS_MS = 8000;

export function createControl(options: ControlOptions): Control {
  const { store, target, signal: outer } = options;
  const lifetime = new AbortController();
  const signal = lifetime.signal;
  outer.addEventListener('abort', () => lifetime.abort(), { once: true, signal });
  const isUserEvent = options.isUserEvent ?? ((event: Event) => event.isTrusted);
  const on = <E extends Event>(el: EventTarget, type: string, handler: (event: E) => void) =>
    el.addEventListener(type, ((event: E) => isUserEvent(event) && handler(event)) as EventListener, { signal });

  const host = document.createElement(HOST_TAG);
  host.dataset.kind = target ? target.kind : 'floating';
  const shadow = host.attachShadow({ mode: 'open' });

  const copy = button(i18n.t('board_copy_link'), { class: 'primary' });
  const insert = button(i18n.t('board_insert_link'));
  const jobLabel = h('label', { for: 'job' }, i18n.t('board_job'));
  const jobSelect = h('select', { id: 'job' });
  const jobText = h('span', { class: 'note' });
  const hide = target ? null : button('×', { class: 'icon', 'aria-label': i18n.t('board_hide') });
  const message = h('p', { class: 'message' });
  const retry = button(i18n.t('board_retry'));
  const settings = button(i18n.t('board_open_settings'));
  const notice = h('div', { class: 'row', hidden: true }, message, retry, settings);
  const confirmText = h('p', { id: 'confirm-text' });
  const replace = button(i18n.t('board_replace'), { 'aria-describedby': 'confirm-text' });
  const keep = button(i18n.t('board_keep'));
  const confirm = h(
    'div',
    { class: 'row', role: 'group', 'aria-label': i18n.t('board_replace_question'), hidden: true },
    confirmText,
    replace,
    keep,
  );
  const othersList = h('ul');
  const othersNote = h('p', { class: 'note' });
  const others = h('div', { hidden: true }, h('p', {}, i18n.t('board_other_links')), othersList, othersNote);
  const manualInput = h('input', { id: 'manual', readonly: true });
  const manual = h('div', { class: 'row', hidden: true }, h('label', { for: 'manual' }, i18n.t('board_tracked_link')), manualInput);
  const status = h('p', { class: 'status', role: 'status' });
  const jobBox = h('span', { class: 'row' }, jobLabel, jobSelect, jobText);
  const box = h(
    'div',
    { class: 'box', role: 'group', 'aria-label': target ? i18n.t('board_group_for', { field: target.label }) : i18n.t('board_group') },
    h('div', { class: 'row' }, h('span', { class: 'brand' }, 'Hirempire'), copy, insert, jobBox, hide),
    confirm,
    notice,
    others,
    manual,
    status,
  );
  shadow.append(h('style', {}, CONTROL_CSS), box);

  let statusTimer = 0;
  const say = (text: string, tone: 'ok' | 'error' | '' = '') => {
    status.textContent = text;
    status.className = `status ${tone}`;
    clearTimeout(statusTimer);
    if (text) statusTimer = window.setTimeout(() => (status.textContent = ''), STATUS_MS);
  };
  signal.addEventListener('abort', () => clearTimeout(statusTimer));

  const sourceName = () => store.state.link?.sourceName || options.boardName;
  const currentLink = (state: LinkState = store.state) => state.link?.source?.trackedLink ?? null;

  /** Why there is nothing to copy, in the recruiter's words. */
  const reason = (state: LinkState): string => {
    if (state.error) return state.error.message;
    if (!state.link?.job) return i18n.t('board_no_job');
    return i18n.t('board_no_source', { source: sourceName() });
  };

  /** The link to use now; waits for the worker only when it has not answered yet. */
  const linkNow = async (): Promise<string | null> => currentLink() ?? currentLink(await store.refresh());

  const copyAndConfirm = async (text: string, name: string) => {
    manual.hidden = true;
    if ((await copyText(text, shadow)) !== 'failed') return say(i18n.t('board_copied', { source: name }), 'ok');
    // The browser refused both ways to copy: show the link, selected, to copy by hand.
    manualInput.value = text;
    manual.hidden = false;
    manualInput.focus();
    manualInput.select();
    say(i18n.t('board_copy_blocked'), 'error');
  };

  const copyBoardLink = () => {
    const ready = currentLink();
    // Known link: write the clipboard inside the click, while the browser still counts it as the user's gesture.
    if (ready) return void copyAndConfirm(ready, sourceName());
    say(i18n.t('board_getting_link'));
    void store.refresh().then((state) => {
      const link = currentLink(state);
      if (link) void copyAndConfirm(link, sourceName());
      else say(reason(state), 'error');
    });
  };
  on(copy, 'click', copyBoardLink);

  const report = (outcome: InsertOutcome, field: FieldTarget, name = sourceName()) => {
    const messages: Record<InsertOutcome, () => string> = {
      inserted: () => i18n.t('board_inserted', { source: name }),
      'already-there': () => i18n.t('board_already_there', { source: name, field: field.label }),
      'needs-confirm': () => '',
      failed: () => i18n.t('board_insert_failed', { field: field.label }),
    };
    say(messages[outcome](), outcome === 'failed' ? 'error' : 'ok');
  };

  const insertInto = async (field: FieldTarget, link: string, name = sourceName()) => {
    const el = field.field;
    if (!el.isConnected) return say(i18n.t('board_field_gone'), 'error');
    if (isTextControl(el) && field.kind === 'apply-url') {
      const outcome = insertIntoInput(el, link);
      if (outcome !== 'needs-confirm') return report(outcome, field, name);
      confirmText.textContent = i18n.t('board_confirm_replace', { field: field.label, text: shorten(el.value.trim()), source: name });
      confirm.hidden = false;
      replace.focus();
      pending = { field, link };
      return;
    }
    report(isTextControl(el) ? insertAtCaret(el, link) : await insertIntoEditor(el, link, options.savedRange(el)), field, name);
  };

  let pending: { field: FieldTarget; link: string } | null = null;
  on(replace, 'click', () => {
    confirm.hidden = true;
    if (pending && isTextControl(pending.field.field)) report(insertIntoInput(pending.field.field, pending.link, { replace: true }), pending.field);
    pending = null;
  });
  on(keep, 'click', () => {
    confirm.hidden = true;
    pending = null;
    say(i18n.t('board_kept'));
    insert.focus();
  });

  on(insert, 'click', async () => {
    const field = target ?? options.lastField?.() ?? null;
    if (!field) return say(i18n.t('board_click_field_first'), 'error');
    const el = field.field;
    if (el instanceof HTMLInputElement && isEmailField(el, field.label)) {
      return say(i18n.t('board_email_field', { field: field.label }), 'error');
    }
    const link = await linkNow();
    if (!link) return say(reason(store.state), 'error');
    try {
      await insertInto(field, link);
    } catch {
      // A board's editor can break in ways nobody planned for: say so, never throw into the page.
      report('failed', field);
    }
  });

  // The job the recruiter just picked, until the worker has switched to it: an answer about the
  // previous job arriving meanwhile must not flip the list back under their hands.
  let switchingTo: string | null = null;
  on(jobSelect, 'change', async () => {
    switchingTo = jobSelect.value;
    try {
      const state = await store.useJob(switchingTo);
      if (state.link?.job) say(i18n.t('board_using_job', { job: jobName(state.link.job) }));
    } finally {
      switchingTo = null;
      if (store.state.link?.job) jobSelect.value = store.state.link.job.jobId;
    }
  });

  on(retry, 'click', () => void store.refresh());
  on(settings, 'click', () => void store.openSetup());
  if (hide) on(hide, 'click', () => options.onHide?.());

  // Keep the link fresh before the click: the active job may have changed in the popup.
  on(host, 'pointerenter', () => void store.ensureFresh());
  on(shadow, 'focusin', () => void store.ensureFresh());

  let jobsKey = '';
  let othersKey = '';
  let shownJob: string | undefined;
  const render = (state: LinkState) => {
    const { link, error } = state;
    const has = !!currentLink(state);
    // Another job: what was said or asked about the previous one no longer applies.
    if (link && link.job?.jobId !== shownJob) {
      if (shownJob !== undefined) {
        confirm.hidden = true;
        pending = null;
        say('');
      }
      shownJob = link.job?.jobId;
    }
    // Before the first answer the buttons stay: a click waits for it.
    const usable = has || (!link && !error);
    copy.hidden = insert.hidden = !usable;
    insert.disabled = !target && !options.lastField;

    const jobs = link?.recentJobs ?? [];
    const key = jobs.map((job) => `${job.jobId}:${job.label ?? ''}`).join('|');
    if (key !== jobsKey) {
      jobsKey = key;
      jobSelect.replaceChildren(...jobs.map((job) => h('option', { value: job.jobId, title: job.jobId }, jobName(job))));
    }
    const several = jobs.length > 1;
    jobLabel.hidden = jobSelect.hidden = !several;
    if (link?.job && !switchingTo) jobSelect.value = link.job.jobId;
    jobText.hidden = several || !link?.job;
    jobText.textContent = link?.job ? i18n.t('board_job_named', { job: jobName(link.job) }) : '';

    let text = '';
    let offerRetry = false;
    let offerSettings = false;
    if (error?.action === 'open-settings') {
      text = error.message;
      offerSettings = true;
    } else if (error && !has) {
      text = error.message;
      offerRetry = error.action !== 'check-job-id';
      // Unreachable may also mean a mistyped custom API host: the settings are where to check it.
      offerSettings = error.kind === 'offline' || error.kind === 'timeout';
    } else if (error && has && state.link?.fetchedAt) {
      const time = new Date(state.link.fetchedAt).toLocaleTimeString(uiLanguage(), { hour: '2-digit', minute: '2-digit' });
      text = i18n.t('board_saved_link', { time, reason: error.message });
    } else if (link && !link.job) {
      text = i18n.t('board_no_job_setup');
      offerSettings = true;
    } else if (link?.job && !has) {
      text = link.otherSources.length
        ? i18n.t('board_no_source', { source: link.sourceName })
        : i18n.t('board_no_source_no_others', { source: link.sourceName });
    }
    notice.hidden = !text;
    message.textContent = text;
    message.className = `message ${error && !has ? 'error' : ''}`;
    retry.hidden = !offerRetry;
    settings.hidden = !offerSettings;

    const offer: JobSource[] = link?.job && !has && !error ? link.otherSources : [];
    others.hidden = !offer.length;
    // Rebuilt only when the list changes: a refresh must not take the focus from a button.
    const offerKey = offer.map((source) => `${source.id}:${source.trackedLink}`).join('|');
    if (offerKey !== othersKey) {
      othersKey = offerKey;
      othersList.replaceChildren(
        ...offer.slice(0, MAX_OTHERS).map((source) => {
          const item = button(i18n.t('board_copy'), { 'aria-label': i18n.t('board_copy_source', { source: source.name }) });
          on(item, 'click', () => void copyAndConfirm(source.trackedLink!, source.name));
          return h('li', {}, h('span', {}, source.name), item);
        }),
      );
    }
    const more = offer.length - MAX_OTHERS;
    othersNote.textContent = more > 0 ? i18n.t('board_more_links', more, [formatNumber(more)]) : '';
    othersNote.hidden = !othersNote.textContent;
  };
  render(store.state);
  const unsubscribe = store.subscribe(render);
  signal.addEventListener('abort', unsubscribe);

  return {
    host,
    target,
    copyLink() {
      copyBoardLink();
    },
    async insertLink(field, source) {
      if (!source.trackedLink) return say(i18n.t('board_no_link_to_insert', { source: source.name }), 'error');
      try {
        await insertInto(field, source.trackedLink, source.name);
      } catch {
        report('failed', field, source.name);
      }
    },
    place() {
      if (host.isConnected) return;
      if (target) {
        if (target.field.isConnected) anchorOf(target.field, isOurs).after(host);
      } else (document.body ?? document.documentElement).append(host);
    },
    destroy() {
      lifetime.abort();
      host.remove();
    },
  };
}
