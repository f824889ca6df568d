import { beforeEach, describe, expect, it } from 'vitest';
import { composedOrder, findTargets, fold } from '@/utils/boards/fields';
import { watchFields } from '@/utils/boards/field-watcher';
import { indeed } from '@/utils/boards/indeed';
import { linkedin } from '@/utils/boards/linkedin';
import type { BoardAdapter, FieldTarget } from '@/utils/boards/types';
import { FIXTURE_PAGES, loadFixture, renderTemplate } from '../fixtures/boards/load';

/**
 * Issue 14, part 1: what public evidence shows of the real forms, one fixture each
 * (tests/fixtures/boards/README.md records where each comes from and how sure we are).
 */
type Page = { file: string; container: string };
const names = (targets: FieldTarget[]) => targets.map((t) => [t.kind, t.label]);
const targetsOn = (adapter: BoardAdapter, page: Page, template: string) => {
  loadFixture(page.file);
  renderTemplate(template, page.container);
  return names(adapter.findTargets(document));
};

beforeEach(() => {
  document.head.replaceChildren();
  document.body.replaceChildren();
});

describe('1. "Company website" is a website, not a company field', () => {
  it('en/fr/es/pt labels that say website, site, URL or apply are found; the company name and description are not', () => {
    expect(targetsOn(linkedin, FIXTURE_PAGES.labels, '#company-website')).toEqual([
      ['apply-url', 'Company website'],
      ['apply-url', 'Company website URL'],
      ['apply-url', 'Apply on company site'],
      ['apply-url', "Site web de l'entreprise"],
      ['apply-url', 'Sitio web de la empresa'],
      ['apply-url', 'Site da empresa'],
    ]);
  });
});

describe('2. folding keeps every script; compounds match inside', () => {
  it.each([
    ['Descrição da vaga', 'descricao da vaga'],
    ['applyUrl', 'apply url'],
    ['仕事内容', '仕事内容'],
    ['応募URL', '応募 url'],
    ['データ入力', 'データ入力'], // voiced kana survive the accent folding
    ['Описание вакансии', 'описание вакансии'],
    ['Site web de l’entreprise', 'site web de l entreprise'],
  ])('fold(%j) = %j', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('German and Dutch compounds by substring; a deadline is not an apply link', () => {
    expect(targetsOn(indeed, FIXTURE_PAGES.labels, '#compounds')).toEqual([
      ['description', 'Jobbeschreibung'],
      ['description', 'Stellenbeschreibung'],
      ['apply-url', 'Externe Bewerbungsseite'],
      ['description', 'Functieomschrijving'],
      ['apply-url', 'Unternehmenswebsite'],
    ]);
  });

  it('Japanese labels: description and apply URL; title, place, e-mail and company name are not targets', () => {
    expect(targetsOn(indeed, FIXTURE_PAGES.labels, '#japanese')).toEqual([
      ['description', '仕事内容'],
      ['description', '職務内容の詳細'],
      ['apply-url', '応募先URL'],
    ]);
  });

  it('Cyrillic labels, whatever the word ending', () => {
    expect(targetsOn(indeed, FIXTURE_PAGES.labels, '#cyrillic')).toEqual([
      ['description', 'Описание вакансии'],
      ['apply-url', 'Ссылка на отклик'],
      ['apply-url', 'Сайт компании'],
    ]);
  });

  it('Indeed in Japanese, without data-testids: the description box only (not pay, title or the contact e-mail)', () => {
    expect(targetsOn(indeed, FIXTURE_PAGES.indeedJa, '#form')).toEqual([['description', '仕事内容']]);
    expect(document.querySelectorAll('[data-testid]')).toHaveLength(0);
  });
});

describe('3. an e-mail field never gets the link', () => {
  const page = FIXTURE_PAGES.linkedinOneStep;
  const applyInput = () => document.querySelector<HTMLInputElement>('[name="online-apply-method-value"]')!;

  it('the one-step flow’s online-apply-method-value input is the apply-URL target', () => {
    expect(targetsOn(linkedin, page, '#assessments')).toEqual([['apply-url', 'Website address']]);
    expect(linkedin.findTargets(document)[0].field).toBe(applyInput());
  });

  it('not when its type is email, nor when its label says e-mail (any language)', () => {
    targetsOn(linkedin, page, '#assessments');
    applyInput().type = 'email';
    expect(linkedin.findTargets(document)).toEqual([]);
    applyInput().type = 'text';
    const label = document.querySelector('[data-method-label]')!;
    for (const text of ['Email address', 'Adresse e-mail', 'Correo electrónico', 'E-Mail-Adresse', '応募用メールアドレス', 'Электронная почта']) {
      label.textContent = text;
      expect(linkedin.findTargets(document), text).toEqual([]);
    }
  });

  it('any input whose name ends in apply-method-value is known, even with no label at all', () => {
    document.body.innerHTML = '<input name="repost-online-apply-method-value"><input type="email" name="online-apply-method-value">';
    expect(linkedin.findTargets(document).map((t) => t.field.getAttribute('name'))).toEqual(['repost-online-apply-method-value']);
  });
});

describe('4. open shadow roots', () => {
  /** The interop outlet as LinkedIn builds it: an open shadow root, filled later. */
  const openDialog = () => {
    loadFixture(FIXTURE_PAGES.linkedinInterop.file);
    const outlet = document.getElementById('interop-outlet')!;
    const shadow = outlet.attachShadow({ mode: 'open' });
    shadow.append(document.querySelector<HTMLTemplateElement>('#dialog')!.content.cloneNode(true));
    return shadow;
  };

  it('finds the fields inside, named through ids of the shadow tree (aria-labelledby, label for)', () => {
    const shadow = openDialog();
    expect(document.getElementById('apply-url-label')).toBeNull(); // what document-level lookups would see
    const targets = linkedin.findTargets(document);
    expect(names(targets)).toEqual([
      ['apply-url', 'Website address'],
      ['description', 'Job description'],
    ]);
    expect(targets.every((t) => t.field.getRootNode() === shadow)).toBe(true);
  });

  it('keeps document order across the boundary, nested shadow roots included', () => {
    document.body.innerHTML = `<label>Website <input id="a"></label><div id="host"></div><label>Apply link <input id="c"></label>`;
    const inner = document.getElementById('host')!.attachShadow({ mode: 'open' });
    inner.innerHTML = `<label>Job description <textarea id="b1"></textarea></label><span id="nest"></span>`;
    const deeper = inner.getElementById('nest')!.attachShadow({ mode: 'open' });
    deeper.innerHTML = `<label>URL <input id="b2"></label>`;
    const ids = findTargets(document).map((t) => t.field.id);
    expect(ids).toEqual(['a', 'b1', 'b2', 'c']);
    const [a, b1, b2, c] = ids.map((id) => document.getElementById(id) ?? inner.getElementById(id) ?? deeper.getElementById(id)!);
    expect(composedOrder(a, b2)).toBeLessThan(0);
    expect(composedOrder(c, b1)).toBeGreaterThan(0);
  });

  it('never looks into our own controls’ shadow roots, nor into closed ones', () => {
    document.body.innerHTML = '<hirempire-link></hirempire-link><div id="closed"></div>';
    document.querySelector('hirempire-link')!.attachShadow({ mode: 'open' }).innerHTML = '<label>Tracked link <input></label>';
    document.getElementById('closed')!.attachShadow({ mode: 'closed' }).innerHTML = '<label>Website <input></label>';
    expect(findTargets(document)).toEqual([]);
  });

  it('the watcher sees fields rendered into a shadow root after it was found', async () => {
    loadFixture(FIXTURE_PAGES.linkedinInterop.file);
    const shadow = document.getElementById('interop-outlet')!.attachShadow({ mode: 'open' });
    const seen: string[][] = [];
    const controller = new AbortController();
    watchFields({ root: document, find: () => linkedin.findTargets(document), onFound: (found) => seen.push(found.map((t) => t.label)), signal: controller.signal });
    expect(seen).toEqual([[]]);
    shadow.append(document.querySelector<HTMLTemplateElement>('#dialog')!.content.cloneNode(true));
    await expect.poll(() => seen.at(-1)).toEqual(['Website address', 'Job description']);
    shadow.replaceChildren();
    await expect.poll(() => seen.at(-1)).toEqual([]);
    controller.abort();
  });
});

describe('6. where the form lives: meaning in newer attributes, never one data-testid alone', () => {
  it('the one-step description: the ProseMirror editor by its label; the title and the budget step are not targets', () => {
    expect(targetsOn(linkedin, FIXTURE_PAGES.linkedinOneStep, '#description')).toEqual([['description', 'Description']]);
    expect(targetsOn(linkedin, FIXTURE_PAGES.linkedinOneStep, '#free-trial')).toEqual([]);
  });

  it('componentkey and data-sdui-component say what an unlabelled field is', () => {
    document.body.innerHTML = `
      <div componentkey="JobPostingDescriptionEditor"><div><div contenteditable="true"></div></div></div>
      <div data-sdui-component="com.linkedin.sdui.generated.jobposting.dsl.impl.externalApplyUrlInput"><input type="text"></div>
      <div data-sdui-component="com.linkedin.sdui.generated.jobposting.dsl.impl.jobTitleInput"><input type="text"></div>`;
    expect(names(findTargets(document))).toEqual([
      ['description', 'Description'],
      ['apply-url', 'Application website'],
    ]);
  });

  it('Indeed’s description is found with or without its data-testids', () => {
    const page = FIXTURE_PAGES.indeed;
    loadFixture(page.file);
    renderTemplate('template[data-step="job-description"]', page.container);
    for (const el of Array.from(document.querySelectorAll('[data-testid]'))) el.removeAttribute('data-testid');
    expect(names(indeed.findTargets(document))).toEqual([['description', 'Job description']]);
  });
});
