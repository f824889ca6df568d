import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';
import type { CopyOutcome } from '../clipboard';
import { boardLinkOf, noLinkReason, quoted, sourceNameOf } from './control-view';
import { isEmailField } from './fields';
import { insertAtCaret, insertIntoEditor, insertIntoInput, isTextControl, type InsertOutcome } from './insert';
import type { LinkStore } from './link-store';
import type { FieldTarget } from './types';

/**
 * What the control's buttons do — copy, insert, ask before replacing, switch job — and what
 * it says afterwards, with the DOM behind a small interface (control.ts provides it; unit
 * tests can provide their own). Every step that writes the clipboard runs synchronously
 * from the click while the link is known: the browser only counts a write inside the gesture.
 */
export type Tone = 'ok' | 'error' | '';
export type ReplaceChoice = 'replace' | 'keep' | 'dropped';

export interface FlowUi {
  say(text: string, tone?: Tone): void;
  /** The browser refused to copy: show the link, selected, to copy by hand. */
  showManualCopy(link: string): void;
  hideManualCopy(): void;
  /**
   * Asks whether to replace what a field holds; `answer` runs inside the click on Replace or Keep
   * (or with 'dropped' when the question went away unanswered: another job, another question).
   */
  askToReplace(question: string, answer: (choice: ReplaceChoice) => void): void;
}

export interface LinkFlowOptions {
  store: LinkStore;
  /** The board's name until the worker has said which source is ours. */
  boardName: string;
  /** Where the caret was in an editor before focus moved to the control. */
  savedRange: (editor: HTMLElement) => Range | null;
  /**
   * Writes the clipboard (called inside the click while the link is known). `sourceId` names
   * another source's link (none: this board's), so that the worker can write it itself.
   */
  copy: (text: string, sourceId?: string) => Promise<CopyOutcome>;
  ui: FlowUi;
}

export interface LinkFlow {
  /** This board's link: at once when known, else after asking the worker. */
  copyBoardLink(): void;
  /** Another source's link, offered when the job has none for this board. */
  copySource(source: Pick<JobSource, 'id' | 'name' | 'trackedLink'>): void;
  /** Insert: into `field`, else the field the recruiter last worked in. */
  insertBoardLink(field: FieldTarget | null): Promise<void>;
  /** The context menu's choice of source, into the right-clicked field. */
  insertLink(field: FieldTarget, source: Pick<JobSource, 'name' | 'trackedLink'>): Promise<void>;
  /** The job at `position` of the list the recruiter opened, named `name` there; true once it is the active job. */
  switchJob(position: number, name: string): Promise<boolean>;
}

export function createLinkFlow({ store, boardName, savedRange, copy, ui }: LinkFlowOptions): LinkFlow {
  const sourceName = () => sourceNameOf(store.state, boardName);

  const copyAndConfirm = async (text: string, name: string, sourceId?: string) => {
    ui.hideManualCopy();
    // "Copied" only for a write that happened; otherwise the link to copy by hand, and the truth.
    if ((await copy(text, sourceId)) !== 'failed') return ui.say(i18n.t('board_copied', { source: name }), 'ok');
    ui.showManualCopy(text);
    ui.say(i18n.t('board_copy_blocked'), 'error');
  };

  const report = (outcome: InsertOutcome, field: FieldTarget, name: string) => {
    if (outcome === 'needs-confirm') return;
    const text =
      outcome === 'inserted'
        ? i18n.t('board_inserted', { source: name })
        : outcome === 'already-there'
          ? i18n.t('board_already_there', { source: name, field: field.label })
          : i18n.t('board_insert_failed', { field: field.label });
    ui.say(text, outcome === 'failed' ? 'error' : 'ok');
  };

  /** The apply-URL input takes the link as its whole value, and asks before replacing; editors take it at the caret. */
  const insertInto = async (field: FieldTarget, link: string, name: string) => {
    const el = field.field;
    if (!el.isConnected) return ui.say(i18n.t('board_field_gone'), 'error');
    try {
      if (isTextControl(el) && field.kind === 'apply-url') {
        const outcome = insertIntoInput(el, link);
        if (outcome !== 'needs-confirm') return report(outcome, field, name);
        const question = i18n.t('board_confirm_replace', { field: field.label, text: quoted(el.value.trim()), source: name });
        return ui.askToReplace(question, (choice) => {
          if (choice === 'replace') report(insertIntoInput(el, link, { replace: true }), field, name);
          else if (choice === 'keep') ui.say(i18n.t('board_kept'));
        });
      }
      report(isTextControl(el) ? insertAtCaret(el, link) : await insertIntoEditor(el, link, savedRange(el)), field, name);
    } catch {
      // A board's editor can break in ways nobody planned for: say so, never throw into the page.
      report('failed', field, name);
    }
  };

  return {
    copyBoardLink() {
      const ready = boardLinkOf(store.state);
      // Known link: write the clipboard inside the click, while the browser still counts it as the user's gesture.
      if (ready) return void copyAndConfirm(ready, sourceName());
      ui.say(i18n.t('board_getting_link'));
      void store.refresh({ userAsked: true }).then((state) => {
        const link = boardLinkOf(state);
        if (link) void copyAndConfirm(link, sourceName());
        else ui.say(noLinkReason(state, boardName), 'error');
      });
    },
    copySource(source) {
      if (source.trackedLink) void copyAndConfirm(source.trackedLink, source.name, source.id);
    },
    async insertBoardLink(field) {
      if (!field) return ui.say(i18n.t('board_click_field_first'), 'error');
      if (field.field instanceof HTMLInputElement && isEmailField(field.field, field.label)) return ui.say(i18n.t('board_email_field', { field: field.label }), 'error');
      // Waits for the worker only when it has not answered yet.
      const link = boardLinkOf(store.state) ?? boardLinkOf(await store.refresh({ userAsked: true }));
      if (!link) return ui.say(noLinkReason(store.state, boardName), 'error');
      await insertInto(field, link, sourceName());
    },
    async insertLink(field, source) {
      if (!source.trackedLink) return ui.say(i18n.t('board_no_link_to_insert', { source: source.name }), 'error');
      await insertInto(field, source.trackedLink, source.name);
    },
    async switchJob(position, name) {
      const before = store.state.link?.jobKey;
      const state = await store.useJob(position, name);
      // The list was open, so its name may be said. Not switched: the list changed meanwhile (the popup).
      const switched = !!state.link?.hasJob && state.link.jobKey !== before;
      if (switched) ui.say(i18n.t('board_using_job', { job: name }));
      return switched;
    },
  };
}
