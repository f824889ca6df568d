import { i18n } from '#i18n';
import type { FieldTarget, TargetKind } from './types';

/**
 * The shared field finder. Boards rename classes and translate labels, so a field is
 * recognised by what it means — its accessible name (aria-labelledby, aria-label,
 * <label>), its `name`/`id`/test attributes — and only last by a known editor class.
 */

/** Folds case, accents and separators: "Descrição da vaga" → "descricao da vaga", "applyUrl" → "apply url". */
export function fold(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words that mean "job description" (en/fr, pt, es, it, de, nl).
const DESCRIPTION = /\b(description|descricao|descripcion|descrizione|beschreibung|stellenbeschreibung|omschrijving|beschrijving)\b/;
// Words that mean "where applicants go": website / URL / apply link, in several languages.
const APPLY_URL =
  /\b(website|web site|site web|site internet|site|sitio web|url|link|lien|apply|application url|candidature|candidatura|postuler|candidatar|bewerbung)\b/;
// Fields that merely look alike: the job title, the company, where, pay, questions, search.
const NOT_A_TARGET =
  /\b(title|titre|titulo|cargo|company|entreprise|empresa|location|lieu|localisation|localizacao|ubicacion|search|recherche|rechercher|pesquisar|buscar|question|questions|pergunta|skill|skills|competences|salary|salaire|salario|pay|phone|telephone|telefone|message|comment)\b/;
const EMAIL = /\b(e mail|email|courriel)\b/;
// Last resort: rich-text editors whose markup is recognisable by class (Quill, ProseMirror, Draft, Slate).
const EDITOR_CLASSES = '.ql-editor, .ProseMirror, .DraftEditor-content [contenteditable], [data-slate-editor]';
// Attributes that carry meaning on the field or its wrappers (Quill's container has the `name`).
const MEANING_ATTRIBUTES = ['name', 'id', 'data-testid', 'data-test-id', 'data-view-name', 'data-control-name'];

const EDITABLE = '[contenteditable]:not([contenteditable="false"])';
const CANDIDATES = `input, textarea, ${EDITABLE}, [role="textbox"]`;
const LINE_TYPES = new Set(['', 'text', 'url']);

export interface KnownField {
  selector: string;
  kind: TargetKind;
}

export interface FinderRules {
  /** Board-specific selectors that are known to mean a target; checked before anything else. */
  known?: KnownField[];
}

/** True when the element is rendered and not hidden from users (attributes first; layout where the browser has it). */
export function isShown(el: Element): boolean {
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const check = (el as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  return typeof check === 'function' ? check.call(el, { visibilityProperty: true }) : true;
}

export function isEditingHost(el: Element): boolean {
  return el.matches(EDITABLE) && !el.parentElement?.closest(EDITABLE);
}

/** The element that actually takes text for a candidate, or null when it is not a text field. */
export function editableOf(el: Element): HTMLElement | null {
  if (el instanceof HTMLInputElement) return LINE_TYPES.has(el.type) || el.type === 'email' ? el : null;
  if (el instanceof HTMLTextAreaElement) return el;
  if (el.matches(EDITABLE)) return isEditingHost(el) ? (el as HTMLElement) : null;
  // A role=textbox wrapper around the real editor.
  const inner = el.querySelector(`${EDITABLE}, input, textarea`);
  return inner ? editableOf(inner) : null;
}

function usable(field: HTMLElement): boolean {
  if ((field as HTMLInputElement).disabled || (field as HTMLInputElement).readOnly) return false;
  // Editors' off-screen helpers (Quill's paste catcher) are editable but out of the tab order.
  if (field.getAttribute('tabindex') === '-1' && field.matches(EDITABLE)) return false;
  return isShown(field);
}

function textOf(ids: string, doc: Document): string {
  return ids
    .split(/\s+/)
    .map((id) => (id ? doc.getElementById(id)?.textContent ?? '' : ''))
    .join(' ')
    .trim();
}

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The field's accessible name, close to what a screen reader announces (no CSS generated content). */
export function accessibleName(el: Element): string {
  const doc = el.ownerDocument;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOf(labelledBy, doc);
    if (text) return clean(text);
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return clean(aria);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return clean(Array.from(labels, (l) => l.textContent ?? '').join(' '));
  // A <label for> pointing at a non-labelable editor still says what it is.
  if (el.id) {
    const label = doc.querySelector(`label[for=${quoted(el.id)}]`);
    if (label?.textContent?.trim()) return clean(label.textContent);
  }
  const wrapping = el.closest('label');
  if (wrapping?.textContent?.trim()) return clean(wrapping.textContent);
  return clean(el.getAttribute('title') ?? el.getAttribute('placeholder') ?? '');
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/\s*\*\s*$/, '').trim();
}

/** The names that give the field its meaning: its own, and a role=textbox wrapper's. */
function namesOf(field: HTMLElement): string {
  const own = accessibleName(field);
  const wrapper = field.parentElement?.closest('[role="textbox"]');
  return wrapper && wrapper !== field ? `${own} ${accessibleName(wrapper)}`.trim() : own;
}

/** Meaning-carrying attributes of the field and its three nearest ancestors. */
function attributesOf(field: HTMLElement): string {
  const parts: string[] = [];
  let el: Element | null = field;
  for (let depth = 0; el && depth < 4; depth++, el = el.parentElement) {
    for (const attr of MEANING_ATTRIBUTES) {
      const value = el.getAttribute(attr);
      if (value) parts.push(value);
    }
  }
  return fold(parts.join(' '));
}

function isLine(field: HTMLElement): field is HTMLInputElement {
  return field instanceof HTMLInputElement;
}

/** Decides what a field is for, by meaning first and by class last; null when it is not a target. */
export function classify(field: HTMLElement): TargetKind | null {
  const name = fold(namesOf(field));
  const line = isLine(field);
  // An email-only input cannot hold a link (LinkedIn's apply-method input is matched by its name instead).
  if (line && field.type === 'email') return null;
  if (name) {
    if (NOT_A_TARGET.test(name)) return null;
    if (!line && DESCRIPTION.test(name)) return 'description';
    if (line && !EMAIL.test(name) && APPLY_URL.test(name)) return 'apply-url';
  }
  const attrs = attributesOf(field);
  if (NOT_A_TARGET.test(attrs) && !/\bapply\b/.test(attrs)) return null;
  if (line) {
    if (EMAIL.test(name)) return null;
    if (field.type === 'url' || /\b(apply|application url|website|external url|url|candidature|candidatura)\b/.test(attrs)) {
      return 'apply-url';
    }
    return null;
  }
  if (DESCRIPTION.test(attrs) || /\brich text editor\b/.test(attrs)) return 'description';
  if (field.matches(EDITOR_CLASSES)) return 'description';
  return null;
}

/** What a field is called when the page gives it no name, in the browser's language. */
const defaultLabel = (kind: TargetKind) =>
  kind === 'apply-url' ? i18n.t('board_field_apply_url') : i18n.t('board_field_description');

function targetOf(field: HTMLElement, kind: TargetKind): FieldTarget {
  return { kind, field, label: namesOf(field) || defaultLabel(kind) };
}

/** Every target field under `root`, in document order, once each. */
export function findTargets(root: ParentNode, rules: FinderRules = {}): FieldTarget[] {
  const found = new Map<HTMLElement, FieldTarget>();
  for (const known of rules.known ?? []) {
    for (const el of Array.from(root.querySelectorAll(known.selector))) {
      const field = editableOf(el);
      if (field && !found.has(field) && usable(field)) found.set(field, targetOf(field, known.kind));
    }
  }
  for (const el of Array.from(root.querySelectorAll(CANDIDATES))) {
    const field = editableOf(el);
    if (!field || found.has(field) || !usable(field)) continue;
    const kind = classify(field);
    if (kind) found.set(field, targetOf(field, kind));
  }
  return [...found.values()].sort((a, b) =>
    a.field.compareDocumentPosition(b.field) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

const TABBABLE = `a[href], button, input:not([type="hidden"]), select, textarea, ${EDITABLE}, [tabindex]`;
const STOP_TAGS = new Set(['FORM', 'FIELDSET', 'BODY', 'HTML', 'MAIN', 'DIALOG', 'SECTION', 'ARTICLE']);
const STOP_ROLES = new Set(['form', 'dialog', 'main', 'region', 'group', 'radiogroup', 'toolbar', 'list']);

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 && !el.matches(EDITABLE)) return false;
  if (el.getAttribute('tabindex') === '-1') return false;
  if ((el as HTMLButtonElement).disabled) return false;
  return isShown(el);
}

/**
 * Where the control goes: right after the field's own container, so Tab goes from the
 * field to the control with nothing in between. Climbs from the field while its parent
 * holds nothing else a keyboard user could reach, and never past a form or section.
 */
export function anchorOf(field: HTMLElement, isOurs: (el: Element) => boolean = () => false): HTMLElement {
  let node: HTMLElement = field;
  for (let depth = 0; depth < 3; depth++) {
    const parent = node.parentElement;
    if (!parent || STOP_TAGS.has(parent.tagName) || STOP_ROLES.has(parent.getAttribute('role') ?? '')) break;
    const others = Array.from(parent.querySelectorAll<HTMLElement>(TABBABLE)).some(
      (el) => !node.contains(el) && !isOurs(el) && isTabbable(el),
    );
    if (others || Array.from(parent.children).some((child) => child !== node && isOurs(child))) break;
    node = parent;
  }
  return node;
}
