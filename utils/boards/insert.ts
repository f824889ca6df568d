/**
 * Putting the tracked link into the board's own fields, the way a person typing would,
 * so that the board's framework (React, Ember, Quill…) takes it into its state.
 */

export type InsertOutcome =
  | 'inserted'
  /** The field holds something else: ask before replacing it. */
  | 'needs-confirm'
  | 'already-there'
  | 'failed';

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export function isTextControl(el: Element): el is TextControl {
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement;
}

/**
 * Sets a value through the prototype's native setter, then fires `input` and `change`.
 * React tracks the last value it set with an own-property setter on the element; going
 * around it makes React see the change and update its state (a plain `el.value = x`
 * would be forgotten at the next render).
 */
export function setNativeValue(el: TextControl, value: string): void {
  const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The apply-URL field takes the link as its whole value; what the recruiter typed is only replaced when they say so. */
export function insertIntoInput(el: TextControl, link: string, { replace = false } = {}): InsertOutcome {
  const current = el.value.trim();
  if (current === link) return 'already-there';
  if (current && !replace) return 'needs-confirm';
  el.focus({ preventScroll: true });
  setNativeValue(el, link);
  return el.value === link ? 'inserted' : 'failed';
}

/** Text ends here, so something put right after it would be glued on (an opening bracket or quote wants it glued). */
const isWordEnd = (char: string | undefined) => !!char && !/[\s([{"'«“‘¿¡]/.test(char);
/** A word starts here (punctuation after a link, "…/apply." or "…/apply)", stays where it is). */
const isWordStart = (char: string | undefined) => !!char && /[\p{L}\p{N}]/u.test(char);

/**
 * The link as it goes between two characters: a space on each side that touches a word, so
 * "- Run the front desk" never becomes "- Run the front deskhttps://…".
 */
export function spaced(link: string, before: string | undefined, after: string | undefined): string {
  return `${isWordEnd(before) ? ' ' : ''}${link}${isWordStart(after) ? ' ' : ''}`;
}

/** A plain textarea used as a description: the link goes at the caret, nothing is replaced. */
export function insertAtCaret(el: TextControl, link: string): InsertOutcome {
  const value = el.value;
  const at = Math.max(el.selectionStart ?? value.length, el.selectionEnd ?? value.length);
  const text = spaced(link, value[at - 1], value[at]);
  el.focus({ preventScroll: true });
  setNativeValue(el, value.slice(0, at) + text + value.slice(at));
  const caret = at + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // Some input types do not have a selection; the value is what matters.
  }
  return el.value.includes(link) ? 'inserted' : 'failed';
}

/** Where the caret was in an editor before our button took the focus, if it is still valid. */
function restorableRange(editor: HTMLElement, saved: Range | null): Range | null {
  if (!saved) return null;
  const { startContainer, endContainer } = saved;
  if (!startContainer.isConnected || !editor.contains(startContainer) || !editor.contains(endContainer)) return null;
  return saved.cloneRange();
}

function endOf(editor: HTMLElement): Range {
  // Inside the last paragraph rather than after it, so editors that keep one block per line stay valid.
  let last: Node = editor;
  while (last.lastChild && last.lastChild.nodeName !== 'BR') last = last.lastChild;
  const range = editor.ownerDocument.createRange();
  if (last.nodeType === Node.TEXT_NODE) {
    range.setStart(last, last.textContent?.length ?? 0);
    range.collapse(true);
  } else {
    range.selectNodeContents(last);
    range.collapse(false);
  }
  return range;
}

function countOf(text: string, part: string): number {
  return part ? text.split(part).length - 1 : 0;
}

const BLOCKS = 'p, li, div, h1, h2, h3, h4, h5, h6, blockquote, pre, td';

/** The characters just before and after a collapsed range, within its paragraph (never across one). */
function neighbours(editor: HTMLElement, range: Range): { before?: string; after?: string } {
  const node = range.startContainer;
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const block = el?.closest(BLOCKS);
  const scope = block && editor.contains(block) ? block : editor;
  const head = editor.ownerDocument.createRange();
  head.selectNodeContents(scope);
  const tail = head.cloneRange();
  head.setEnd(range.startContainer, range.startOffset);
  tail.setStart(range.startContainer, range.startOffset);
  return { before: head.toString().slice(-1) || undefined, after: tail.toString()[0] };
}

function execute(doc: Document, command: string, value?: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand(command, false, value);
  } catch {
    // Not supported here: the caller's fallbacks take over.
    return false;
  }
}

/**
 * Types the link at the caret of a rich-text editor (Quill, ProseMirror, Draft, a plain
 * contenteditable): focus, restore the caret, `insertText` — which editors handle like
 * typing — then check that it landed. If not, a paste event with the text (editors that
 * own their input handle paste), and only if nobody handled that, a DOM insertion.
 * Each step checks first, so the link is never inserted twice.
 *
 * With no caret to go back to, the link goes at the end, in a paragraph of its own when the
 * text ends in a word (`insertParagraph`, which editors handle like Enter); next to a word
 * anywhere else, it gets a separating space.
 */
export async function insertIntoEditor(editor: HTMLElement, link: string, saved: Range | null): Promise<InsertOutcome> {
  const doc = editor.ownerDocument;
  const before = countOf(editor.textContent ?? '', link);
  const landed = () => countOf(editor.textContent ?? '', link) > before;

  editor.focus({ preventScroll: true });
  const caret = restorableRange(editor, saved);
  const range = caret ?? endOf(editor);
  // Typing over a selection would replace what the recruiter wrote: insert after it instead.
  range.collapse(false);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);

  const around = neighbours(editor, range);
  const ownParagraph = !caret && isWordEnd(around.before) && execute(doc, 'insertParagraph');
  const text = ownParagraph ? link : spaced(link, around.before, around.after);

  execute(doc, 'insertText', text);
  if (landed()) return 'inserted';

  const data = new DataTransfer();
  data.setData('text/plain', text);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  editor.dispatchEvent(paste);
  if (landed()) return 'inserted';
  if (paste.defaultPrevented) {
    // The editor took the paste; some apply it on the next frame.
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return landed() ? 'inserted' : 'failed';
  }

  const current = selection && selection.rangeCount ? selection.getRangeAt(0) : range;
  const node = doc.createTextNode(text);
  current.insertNode(node);
  current.setStartAfter(node);
  current.collapse(true);
  selection?.removeAllRanges();
  selection?.addRange(current);
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  return landed() ? 'inserted' : 'failed';
}
