import { i18n } from '#i18n';
import { accessibleName, editableOf } from '../fields';
import type { FieldTarget } from '../types';

/**
 * The fields the recruiter touched: the last one they worked in (where the floating control
 * inserts) and the one they right-clicked (where "Insert tracked link" from the menu goes).
 * Only trusted events count: a page dispatching `focusin` or `contextmenu` must not choose
 * where the link goes. Stops with `signal`.
 */
export interface FieldMemory {
  /** The field last focused by the recruiter, while it is still on the page. */
  lastField(): FieldTarget | null;
  /** The field last right-clicked, while it is still on the page. */
  contextField(): FieldTarget | null;
}

function targetOf(el: HTMLElement, kind: FieldTarget['kind']): FieldTarget {
  return { kind, field: el, label: accessibleName(el) || i18n.t('board_field_this') };
}

/** The element an event happened on, also inside an open shadow root (event.target is retargeted to its host); null inside our controls. */
function pageElementOf(event: Event, isOurs: (node: Node) => boolean): Element | null {
  const el = event.composedPath()[0];
  if (!(el instanceof Element)) return null;
  for (let node: Node = el; ; ) {
    if (isOurs(node)) return null;
    const root = node.getRootNode();
    if (!(root instanceof ShadowRoot)) return el;
    node = root.host;
  }
}

const live = (target: FieldTarget | null) => (target?.field.isConnected ? target : null);

const kindOf = (field: HTMLElement): FieldTarget['kind'] => (field instanceof HTMLInputElement ? 'apply-url' : 'description');

/**
 * The editable element that has the focus, inside open shadow roots too. A right-click focuses
 * the field it hits, so an engine injected after the click (any job board, on demand) still
 * knows which field the recruiter meant. Only a fallback when no trusted right-click was seen:
 * the link goes into the page's own field either way, never anywhere the page could not already read.
 */
function focusedField(isOurs: (node: Node) => boolean): FieldTarget | null {
  let el: Element | null = document.activeElement;
  while (el) {
    if (isOurs(el)) return null;
    if (!el.shadowRoot?.activeElement) break;
    el = el.shadowRoot.activeElement;
  }
  const field = el ? editableOf(el) : null;
  return field ? targetOf(field, kindOf(field)) : null;
}

export interface FieldMemoryOptions {
  isOurs: (node: Node) => boolean;
  /** The recruiter focused a field (the floating control may offer itself there). */
  onFocusField?: (field: HTMLElement) => void;
  /** Whether an event is the recruiter's own (isTrusted; unit tests pass their own). */
  isUserEvent?: (event: Event) => boolean;
}

export function rememberFields(signal: AbortSignal, { isOurs, onFocusField, isUserEvent = (event) => event.isTrusted }: FieldMemoryOptions): FieldMemory {
  let last: FieldTarget | null = null;
  let context: FieldTarget | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      const el = isUserEvent(event) ? pageElementOf(event, isOurs) : null;
      if (!el) return;
      const field = el.matches('input, textarea, [contenteditable]') ? editableOf(el) : null;
      if (!field) return;
      last = targetOf(field, kindOf(field));
      onFocusField?.(field);
    },
    { signal },
  );
  document.addEventListener(
    'contextmenu',
    (event) => {
      if (!isUserEvent(event)) return;
      const at = pageElementOf(event, isOurs);
      const el = at ? editableOf(at) : null;
      context = el ? targetOf(el, kindOf(el)) : null;
    },
    { signal },
  );
  return { lastField: () => live(last), contextField: () => live(context) ?? focusedField(isOurs) };
}
