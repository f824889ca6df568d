import { isEditingHost } from '../fields';

/**
 * The caret in each rich-text editor, kept while focus moves to our buttons (a click on
 * Insert takes the selection away from the editor). Stops with `signal`.
 */
export function rememberCarets(signal: AbortSignal, isUserEvent: (event: Event) => boolean = (event) => event.isTrusted): (editor: HTMLElement) => Range | null {
  const carets = new WeakMap<HTMLElement, Range>();
  document.addEventListener(
    'selectionchange',
    (event) => {
      // A page script's own dispatch says nothing about where the recruiter's caret is.
      if (!isUserEvent(event)) return;
      const selection = document.getSelection();
      if (!selection?.rangeCount) return;
      const range = selection.getRangeAt(0);
      let el = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
      while (el && !isEditingHost(el)) el = el.parentElement?.closest('[contenteditable]') ?? null;
      if (el) carets.set(el as HTMLElement, range.cloneRange());
    },
    { signal },
  );
  return (editor) => carets.get(editor) ?? null;
}
