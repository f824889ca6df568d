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

const live = (target: FieldTarget | null) => (target?.field.isConnected ? target : null);

export function rememberFields(signal: AbortSignal, isOurs: (node: Node) => boolean): FieldMemory {
  let last: FieldTarget | null = null;
  let context: FieldTarget | null = null;
  document.addEventListener(
    'focusin',
    (event) => {
      const el = event.target;
      if (!event.isTrusted || !(el instanceof Element) || isOurs(el)) return;
      const field = el.matches('input, textarea, [contenteditable]') ? editableOf(el) : null;
      if (field) last = targetOf(field, field instanceof HTMLInputElement ? 'apply-url' : 'description');
    },
    { signal },
  );
  document.addEventListener(
    'contextmenu',
    (event) => {
      if (!event.isTrusted) return;
      const el = event.target instanceof Element && !isOurs(event.target) ? editableOf(event.target) : null;
      context = el ? targetOf(el, 'description') : null;
    },
    { signal },
  );
  return { lastField: () => live(last), contextField: () => live(context) };
}
