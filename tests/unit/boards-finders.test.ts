import { beforeEach, describe, expect, it } from 'vitest';
import { anchorOf, findTargets } from '@/utils/boards/fields';
import { indeed } from '@/utils/boards/indeed';
import { linkedin } from '@/utils/boards/linkedin';
import type { BoardAdapter } from '@/utils/boards/types';
import { FIXTURE_PAGES, loadFixture, renderTemplate } from '../fixtures/boards/load';

type Page = { file: string; container: string };
const targetsOn = (adapter: BoardAdapter, page: Page, template: string) => {
  loadFixture(page.file);
  renderTemplate(template, page.container);
  return adapter.findTargets(document).map((t) => [t.kind, t.label]);
};

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('LinkedIn field finder against the fixtures', () => {
  const { linkedinEmber: ember, linkedinV2, linkedinV2Fr, linkedinV2Pt, linkedinGenerated, linkedinFeed: feed } = FIXTURE_PAGES;

  it('Ember description step: the Quill editor only (not its clipboard, tooltip, title or search)', () => {
    expect(targetsOn(linkedin, ember, '#step-description')).toEqual([['description', 'Description']]);
    const [target] = linkedin.findTargets(document);
    expect(target.field.classList.contains('ql-editor')).toBe(true);
  });

  it('Ember applicant step: the apply-method input, not the screening question', () => {
    expect(targetsOn(linkedin, ember, '#step-applicants')).toEqual([['apply-url', 'Website address']]);
  });

  it('Ember applicant step set to email: the apply-method input takes an address, so it is no target', () => {
    loadFixture(ember.file);
    renderTemplate('#step-applicants', ember.container);
    const input = document.querySelector<HTMLInputElement>('[name="job-posting-apply-method-value"]')!;
    input.type = 'email';
    expect(linkedin.findTargets(document)).toEqual([]);
    // Some generations keep type=text and only change the label.
    input.type = 'text';
    document.querySelector('[data-method-label]')!.textContent = 'Email address';
    expect(linkedin.findTargets(document)).toEqual([]);
    document.querySelector('[data-method-label]')!.textContent = 'Website address';
    expect(linkedin.findTargets(document).map((t) => t.field)).toEqual([input]);
  });

  it.each([
    ['v2 (English)', linkedinV2, [['description', 'Description'], ['apply-url', 'Website URL']]],
    ['v2 (French)', linkedinV2Fr, [['description', 'Description du poste'], ['apply-url', 'URL du site web']]],
    ['v2 (Portuguese)', linkedinV2Pt, [['description', 'Descrição da vaga'], ['apply-url', 'Site da candidatura']]],
    ['generated classes', linkedinGenerated, [['description', 'Job description'], ['apply-url', 'External application URL']]],
  ])('%s: description editor and website input, nothing else', (_name, page, expected) => {
    expect(targetsOn(linkedin, page, '#form')).toEqual(expected);
  });

  it.each(['#page-feed', '#page-job-view', '#page-job-detail'])('feed fixture %s: no target (not even the "Start a post" editor)', (template) => {
    expect(targetsOn(linkedin, feed, template)).toEqual([]);
  });

  it('the form reached in-page from the feed: both targets', () => {
    expect(targetsOn(linkedin, feed, '#page-posting')).toEqual([
      ['description', 'Description'],
      ['apply-url', 'Website address'],
    ]);
  });
});

describe('Indeed field finder against each step', () => {
  const page = FIXTURE_PAGES.indeed;
  it.each([
    ['jobs', []],
    ['choose-flow', []],
    ['getting-started', []],
    ['hiring-details', []],
    ['compensation-details', []],
    ['job-description', [['description', 'Job description']]],
    ['review-job', []],
    ['sponsor', []],
  ])('%s', (step, expected) => {
    expect(targetsOn(indeed, page, `template[data-step="${step}"]`)).toEqual(expected);
  });
});

describe('meaning before classes', () => {
  const find = (html: string) => {
    document.body.innerHTML = html;
    return findTargets(document).map((t) => [t.kind, t.label]);
  };

  it('reads aria-labelledby, aria-label, <label for>, wrapping labels and name attributes', () => {
    expect(find('<span id="a">Descripción del empleo</span><div contenteditable="true" aria-labelledby="a"></div>')).toEqual([
      ['description', 'Descripción del empleo'],
    ]);
    expect(find('<label for="u">Lien de candidature</label><input id="u">')).toEqual([['apply-url', 'Lien de candidature']]);
    expect(find('<textarea name="jobDescription"></textarea>')).toEqual([['description', 'Description']]);
    expect(find('<input name="applyUrl">')).toEqual([['apply-url', 'Application website']]);
    expect(find('<input type="url" aria-label="Link">')).toEqual([['apply-url', 'Link']]);
  });

  it('a role=textbox wrapper names the editor inside it', () => {
    const [target] = findTargets(
      (document.body.innerHTML = '<div role="textbox" aria-label="Job description"><div contenteditable="true" id="e"></div></div>') && document,
    );
    expect(target.field.id).toBe('e');
    expect(target.kind).toBe('description');
  });

  it('editor classes count only when nothing else says what the field is', () => {
    expect(find('<div class="ql-editor" contenteditable="true"></div>')).toEqual([['description', 'Description']]);
    expect(find('<div class="ql-editor" contenteditable="true" aria-label="Message"></div>')).toEqual([]);
  });

  it('ignores look-alikes: titles, companies, emails, search, hidden, disabled and read-only fields', () => {
    expect(
      find(`
        <label>Job title <input></label>
        <label>Company name <input type="text"></label>
        <label>Website <input type="email"></label>
        <input aria-label="Search">
        <div hidden><label>Website <input></label></div>
        <label>Website <input disabled></label>
        <label>Website <input readonly></label>
        <label>Website <input type="checkbox"></label>
        <div contenteditable="false" aria-label="Description"></div>
        <div contenteditable="true" aria-label="Description"><p contenteditable="true">nested</p></div>`),
    ).toEqual([['description', 'Description']]);
  });
});

describe('where the control goes', () => {
  const TABBABLE = 'a[href], button, input, select, textarea, [contenteditable="true"]';
  const nothingReachableBetween = (field: HTMLElement, anchor: HTMLElement) =>
    Array.from(anchor.querySelectorAll<HTMLElement>(TABBABLE)).filter(
      (el) =>
        el !== field &&
        field.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING &&
        el.tabIndex >= 0 &&
        el.checkVisibility(),
    );

  it.each([
    ['linkedinEmber', '#step-description'],
    ['linkedinEmber', '#step-applicants'],
    ['linkedinV2', '#form'],
    ['linkedinV2Pt', '#form'],
    ['linkedinGenerated', '#form'],
    ['indeed', 'template[data-step="job-description"]'],
  ] as const)('%s %s: after the field container, nothing reachable in between, never inside an editor', (key, template) => {
    const page = FIXTURE_PAGES[key];
    loadFixture(page.file);
    renderTemplate(template, page.container);
    const adapter = key === 'indeed' ? indeed : linkedin;
    const targets = adapter.findTargets(document);
    expect(targets.length).toBeGreaterThan(0);
    for (const { field } of targets) {
      const anchor = anchorOf(field);
      expect(anchor.contains(field)).toBe(true);
      expect(anchor.closest('[contenteditable="true"]') === null || anchor === field).toBe(true);
      expect(nothingReachableBetween(field, anchor)).toEqual([]);
    }
  });

  it('the Quill editor: after its container, with the toolbar before it', () => {
    loadFixture(FIXTURE_PAGES.linkedinEmber.file);
    renderTemplate('#step-description', '#job-posting-root');
    const [{ field }] = linkedin.findTargets(document);
    expect(anchorOf(field).matches('.ql-container, .job-posting-shared-rich-text-editor')).toBe(true);
  });

  it('an input with its label: after the pair, not inside the form row of other fields', () => {
    loadFixture(FIXTURE_PAGES.linkedinV2.file);
    renderTemplate('#form', '#root');
    const apply = linkedin.findTargets(document).find((t) => t.kind === 'apply-url')!;
    const anchor = anchorOf(apply.field);
    expect(anchor.classList.contains('jp-field')).toBe(true);
  });
});
