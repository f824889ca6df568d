import { i18n } from '#i18n';
import type { FieldTarget, SeenTargets, TargetKind } from './types';
import { fold } from '../fold';

export { fold };

/**
 * The shared field finder. Boards rename classes and translate labels, so a field is
 * recognised by what it means — its accessible name (aria-labelledby, aria-label,
 * <label>), its `name`/`id`/test attributes — and only last by a known editor class.
 */

/**
 * A test for any of `words` in folded text. `words` match as whole words; `parts` match
 * anywhere, for German and Dutch compounds ("Stellenbeschreibung", "Functieomschrijving"),
 * for Russian endings ("описание", "описания"), and for Japanese, written without spaces.
 */
function vocabulary(words: string[], parts: string[] = []): RegExp {
  const escape = (word: string) => fold(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = `(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
  return new RegExp(parts.length ? `${whole}|${parts.map(escape).join('|')}` : whole, 'u');
}

// Words that mean "job description" (en/fr, pt, es, it, de, nl, ja, ru).
const DESCRIPTION = vocabulary(
  ['description', 'descricao', 'descripcion', 'descrizione'],
  ['beschreibung', 'omschrijving', 'beschrijving', '仕事内容', '職務内容', '業務内容', '求人内容', '募集内容', 'описани'],
);
// Words that mean "where applicants go": website / URL / apply link, in several languages.
const APPLY_URL = vocabulary(
  ['website', 'web site', 'site web', 'site internet', 'site', 'sitio web', 'sitio', 'url', 'link', 'lien', 'enlace', 'apply', 'application url',
    'candidature', 'candidatura', 'postuler', 'candidatar', 'webseite', 'webpagina'],
  ['website', 'webseite', 'bewerbung', 'sollicitatie', '応募', 'ウェブサイト', 'サイト', 'リンク', 'ссылк', 'сайт', 'отклик'],
);
// Fields that merely look alike: the job title, where, pay, questions, search, dates.
const NOT_A_TARGET = vocabulary(
  ['title', 'titre', 'titulo', 'cargo', 'location', 'lieu', 'localisation', 'localizacao', 'ubicacion', 'search', 'recherche', 'rechercher',
    'pesquisar', 'buscar', 'question', 'questions', 'pergunta', 'skill', 'skills', 'competences', 'salary', 'salaire', 'salario', 'pay', 'phone',
    'telephone', 'telefone', 'message', 'comment'],
  ['frist', 'タイトル', '職種名', '勤務地', '給与', '検索', '電話', '質問', 'названи', 'должност', 'город', 'зарплат', 'поиск', 'телефон', 'вопрос'],
);
// The company's own fields (its name, its description) — unless the label also says where to apply
// ("Company website", "Apply on company site", "Site web de l'entreprise"): see `vetoed`.
const COMPANY = vocabulary(['company', 'entreprise', 'societe', 'empresa', 'firma', 'bedrijf'], ['unternehmen', '会社', '企業', 'компани']);
const EMAIL = vocabulary(['e mail', 'email', 'courriel', 'correo', 'mail'], ['メール', 'почт']);
// Last resort: rich-text editors whose markup is recognisable by class (Quill, ProseMirror, Draft, Slate).
const EDITOR_CLASSES = '.ql-editor, .ProseMirror, .DraftEditor-content [contenteditable], [data-slate-editor]';
// Attributes that carry meaning on the field or its wrappers (Quill's container has the `name`;
// LinkedIn's generated pages name their parts in `componentkey` and `data-sdui-component`).
const MEANING_ATTRIBUTES = ['name', 'id', 'data-testid', 'data-test-id', 'data-view-name', 'data-control-name', 'componentkey', 'data-sdui-component'];

/** A look-alike: vetoed unless a company field's label also says website, site, URL, link or apply. */
function vetoed(folded: string): boolean {
  return NOT_A_TARGET.test(folded) || (COMPANY.test(folded) && !APPLY_URL.test(folded));
}

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

/** The tree a field lives in: the document, or the (open) shadow root that LinkedIn renders some dialogs into. */
type Scope = Document | ShadowRoot;

function scopeOf(el: Element): Scope {
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root : el.ownerDocument;
}

function textOf(ids: string, scope: Scope): string {
  return ids
    .split(/\s+/)
    .map((id) => (id ? scope.getElementById(id)?.textContent ?? '' : ''))
    .join(' ')
    .trim();
}

/** The field's accessible name, close to what a screen reader announces (no CSS generated content). */
export function accessibleName(el: Element): string {
  // IDs are looked up in the field's own tree: inside a shadow root, `document` cannot see them.
  const scope = scopeOf(el);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = textOf(labelledBy, scope);
    if (text) return clean(text);
  }
  const aria = el.getAttribute('aria-label');
  if (aria?.trim()) return clean(aria);
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return clean(Array.from(labels, (l) => l.textContent ?? '').join(' '));
  // A <label for> pointing at a non-labelable editor still says what it is.
  if (el.id) {
    // Compared, never built into a selector: an id may hold any character (`apply&#10;url`).
    const label = Array.from(scope.querySelectorAll('label[for]')).find((l) => l.getAttribute('for') === el.id);
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

/** Words in a field's attributes (`name="applyUrl"`, `id="external-url"`) that say it takes the apply link. */
const APPLY_ATTRIBUTE = vocabulary(['apply', 'application url', 'website', 'external url', 'url', 'candidature', 'candidatura']);

/**
 * True for a field that takes an e-mail address, by its type or by what it is called: it never
 * gets the link. LinkedIn's apply-method input takes the e-mail or the website, depending on the
 * choice above it; in e-mail mode its type or its label says so.
 */
export function isEmailField(field: HTMLElement, label: string = namesOf(field)): boolean {
  return (field instanceof HTMLInputElement && field.type === 'email') || EMAIL.test(fold(label));
}

/** Decides what a field is for, by meaning first and by class last; null when it is not a target. */
export function classify(field: HTMLElement): TargetKind | null {
  const name = fold(namesOf(field));
  const line = isLine(field);
  if (line && isEmailField(field, name)) return null;
  if (name) {
    if (vetoed(name)) return null;
    if (!line && DESCRIPTION.test(name)) return 'description';
    if (line && APPLY_URL.test(name)) return 'apply-url';
  }
  const attrs = attributesOf(field);
  if (vetoed(attrs) && !APPLY_ATTRIBUTE.test(attrs)) return null;
  if (line) return field.type === 'url' || APPLY_ATTRIBUTE.test(attrs) ? 'apply-url' : null;
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

/** Shadow hosts that are ours (the controls): nothing inside them is the board's. */
const OUR_HOSTS = /^hirempire-/;

/**
 * The open shadow roots under `root`, nested ones included (LinkedIn renders dialogs into
 * `div#interop-outlet`'s). Closed roots stay closed: the page chose to hide them.
 */
export function openShadowRoots(root: ParentNode): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (scope: ParentNode) => {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      const shadow = el.shadowRoot;
      if (!shadow || OUR_HOSTS.test(el.localName)) continue;
      found.push(shadow);
      visit(shadow);
    }
  };
  visit(root);
  return found;
}

/** The node and the shadow hosts it lives under, innermost first. */
function hostChain(node: Node): Node[] {
  const chain = [node];
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) chain.push(root.host);
  return chain;
}

/** Document order across shadow trees: a shadow root's content sits where its host is. */
export function composedOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  for (const x of chainA) {
    const y = chainB.find((node) => node.getRootNode() === x.getRootNode());
    if (!y) continue;
    // One is inside the other's shadow tree (or both under the same host): the outer, shorter chain first.
    if (x === y) return chainA.length - chainB.length;
    return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  }
  return 0;
}

/** One element the page made odd (a getter that throws, a name no selector can hold) costs that element, not the scan. */
function survive(look: () => void): void {
  try {
    look();
  } catch {
    // Skipped: the other fields still get their controls.
  }
}

/**
 * Every target field under `root` and in its open shadow roots (`shadowRoots`, when the caller
 * has just walked them: the walk visits every element of the page), in document order, once each.
 */
export function findTargets(root: ParentNode, rules: FinderRules = {}, seen?: SeenTargets, shadowRoots = openShadowRoots(root)): FieldTarget[] {
  const found = new Map<HTMLElement, FieldTarget>();
  const scopes: ParentNode[] = [root, ...shadowRoots];
  type Pass = [selector: string, kindOf: (field: HTMLElement) => TargetKind | null];
  // The board's known selectors first (a known apply-URL input in e-mail mode takes an address,
  // not the link), then every candidate by its meaning. A field is taken by the first that finds it.
  const passes: Pass[] = (rules.known ?? []).map(({ selector, kind }): Pass => [selector, (field) => (kind === 'apply-url' && isEmailField(field) ? null : kind)]);
  passes.push([CANDIDATES, classify]);
  for (const [selector, kindOf] of passes) {
    for (const scope of scopes) {
      for (const el of Array.from(scope.querySelectorAll(selector))) {
        survive(() => {
          const field = editableOf(el);
          if (!field || found.has(field) || !usable(field)) return;
          // A field that already has its control keeps it as it is: no label is resolved again
          // (Insert checks the label once more before it writes anything). An e-mail input is
          // looked at again: the apply-method input turns into one and back.
          const before = (field as HTMLInputElement).type === 'email' ? undefined : seen?.(field);
          const kind = before ? null : kindOf(field);
          if (before) found.set(field, before);
          else if (kind) found.set(field, targetOf(field, kind));
        });
      }
    }
  }
  return [...found.values()].sort((a, b) => composedOrder(a.field, b.field));
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
