import { beforeEach, describe, expect, it, vi } from 'vitest';
import { apiError } from '@/utils/api/errors';
import { createControl, HOST_TAG } from '@/utils/boards/control';
import { createLinkStore, type Send } from '@/utils/boards/link-store';
import type { FieldTarget } from '@/utils/boards/types';
import type { ControlLink, Request } from '@/utils/messaging/protocol';
import { source as namedSource } from './helpers';

const source = (id: string, name: string) => namedSource(id, name, 1);
const LINK: ControlLink = {
  board: 'linkedin',
  enabled: true,
  sourceName: 'LinkedIn',
  hasJob: true,
  jobKey: 2,
  source: source('lk01', 'LinkedIn'),
  otherSources: [source('re03', 'Referral')],
};

let sent: Request[];
let answer: (request: Request) => unknown;
const send: Send = async (request) => {
  sent.push(request);
  return answer(request) as never;
};

function mount(target: 'input' | 'none' = 'input') {
  document.body.innerHTML = '<form><div class="row"><label for="u">Website address</label><input id="u"></div></form>';
  const field = document.querySelector<HTMLInputElement>('#u')!;
  const store = createLinkStore({ send, onExtensionUpdated: vi.fn() });
  const fieldTarget: FieldTarget = { kind: 'apply-url', field, label: 'Website address' };
  const control = createControl({
    store,
    boardName: 'LinkedIn',
    target: target === 'input' ? fieldTarget : null,
    lastField: () => fieldTarget,
    savedRange: () => null,
    signal: new AbortController().signal,
    // happy-dom cannot make trusted events; the e2e tests click for real (and check synthetic clicks are ignored).
    isUserEvent: () => true,
  });
  control.place();
  const root = control.host.shadowRoot!;
  const byText = (text: string) => Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent) === text && !b.hidden)!;
  const status = () => root.querySelector('[role="status"]')!.textContent;
  const notice = () => root.querySelector('.message')!.textContent;
  return { field, store, control, root, byText, status, notice };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  sent = [];
  answer = (request) => (request.type === 'board.openSetup' ? { ok: true, value: null } : { ok: true, value: LINK });
});

describe('the control beside a field', () => {
  it('sits right after the field’s container, in an open shadow root, with named buttons', () => {
    const { control, root, byText } = mount();
    expect(control.host.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(control.host.previousElementSibling?.classList.contains('row')).toBe(true);
    expect(root.querySelector('[role="group"]')!.getAttribute('aria-label')).toBe('Hirempire tracked link for Website address');
    expect(byText('Copy tracked link')).toBeDefined();
    expect(byText('Insert link')).toBeDefined();
    // Its own styles: the page's shared sheet, adopted, or a <style> where adopting is refused.
    const css = root.adoptedStyleSheets.length
      ? Array.from(root.adoptedStyleSheets[0].cssRules, (rule) => rule.cssText).join('\n')
      : root.querySelector('style')!.textContent;
    expect(css).toContain(':host');
  });

  it('copies the board’s link for the active job and says so', async () => {
    const { store, byText, status } = mount();
    await store.refresh();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    byText('Copy tracked link').click();
    expect(write).toHaveBeenCalledWith('https://jobs.hirempire.com/acme/lk01'); // inside the click, before any await
    await settle();
    expect(status()).toBe('LinkedIn link copied');
  });

  it('asks the worker when clicked before it answered, then copies', async () => {
    const { byText, status } = mount();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    byText('Copy tracked link').click();
    await settle();
    await settle();
    // The recruiter's click: the worker may ask Hirempire even if this tab asked a moment ago.
    expect(sent).toEqual([{ type: 'board.link', userAsked: true }]);
    expect(write).toHaveBeenCalledWith('https://jobs.hirempire.com/acme/lk01');
    expect(status()).toBe('LinkedIn link copied');
  });

  it('when the page refuses the Clipboard API, has the worker write the link, never copying in the page’s document', async () => {
    const { store, root, byText, status } = mount();
    await store.refresh();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const pageCopy = vi.fn(() => true);
    document.execCommand = pageCopy;
    answer = (request) => (request.type === 'board.copy' ? { ok: true, value: { copied: true } } : { ok: true, value: LINK });
    byText('Copy tracked link').click();
    await settle();
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'board.copy', sourceId: null });
    expect(pageCopy).not.toHaveBeenCalled();
    expect(root.querySelector<HTMLInputElement>('#manual')!.closest('[hidden]')).not.toBeNull();
    expect(status()).toBe('LinkedIn link copied');
  });

  it('shows the link selected for copying by hand when neither the control nor the worker could copy', async () => {
    const { store, root, byText, status } = mount();
    await store.refresh();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    answer = (request) => (request.type === 'board.copy' ? { ok: true, value: { copied: false } } : { ok: true, value: LINK });
    byText('Copy tracked link').click();
    await settle();
    await settle();
    const manual = root.querySelector<HTMLInputElement>('#manual')!;
    expect(manual.closest('[hidden]')).toBeNull();
    expect(manual.value).toBe('https://jobs.hirempire.com/acme/lk01');
    expect(status()).toMatch(/blocked copying/);
  });

  it('inserts into an empty input, and asks before replacing typed text', async () => {
    const { field, store, root, byText, status } = mount();
    await store.refresh();
    byText('Insert link').click();
    await settle();
    expect(field.value).toBe('https://jobs.hirempire.com/acme/lk01');
    expect(status()).toBe('LinkedIn link inserted');

    field.value = 'https://careers.acme.example/apply';
    byText('Insert link').click();
    await settle();
    const confirm = root.querySelector('[aria-label="Replace the text?"]')!;
    expect(confirm.hasAttribute('hidden')).toBe(false);
    expect(confirm.textContent).toContain('https://careers.acme.example/apply');
    byText('Keep current text').click();
    expect(field.value).toBe('https://careers.acme.example/apply');
    expect(confirm.hasAttribute('hidden')).toBe(true);

    byText('Insert link').click();
    await settle();
    byText('Replace').click();
    expect(field.value).toBe('https://jobs.hirempire.com/acme/lk01');
  });

  it('does not put a link into an email field: says to choose the website option first', async () => {
    const { field, store, byText, status } = mount();
    await store.refresh();
    field.type = 'email';
    byText('Insert link').click();
    await settle();
    expect(field.value).toBe('');
    expect(status()).toBe('Website address takes an email address. Choose the external website option first, then insert the link.');
  });

  it('names no job until the recruiter opens the list; the list’s values are places, and it leaves when closed', async () => {
    const { store, root, byText, status } = mount();
    await store.refresh();
    const jobButton = byText('Change job');
    const panel = root.querySelector('#jobs')!;
    expect(jobButton.getAttribute('aria-expanded')).toBe('false');
    expect(root.innerHTML).not.toMatch(/Senior Backend|6a7b8c9d|3d6f0a52/);

    const names = (list: string[]) => ({ ok: true, value: { names: list } });
    answer = (request) => (request.type === 'board.jobs' ? names(['Senior Backend – Paris', '6a7b8c9d']) : { ok: true, value: LINK });
    jobButton.click();
    await settle();
    const select = root.querySelector<HTMLSelectElement>('select')!;
    expect(root.querySelector(`label[for="${select.id}"]`)!.textContent).toBe('Job');
    expect(Array.from(select.options, (o) => [o.value, o.textContent])).toEqual([['0', 'Senior Backend – Paris'], ['1', '6a7b8c9d']]);
    expect(jobButton.getAttribute('aria-expanded')).toBe('true');

    answer = (request) =>
      request.type === 'board.jobs' ? names(['6a7b8c9d', 'Senior Backend – Paris']) : { ok: true, value: request.type === 'board.useJob' ? { ...LINK, jobKey: 3 } : LINK };
    select.value = '1';
    select.dispatchEvent(new Event('change'));
    for (let i = 0; i < 4; i++) await settle();
    expect(sent).toContainEqual({ type: 'board.useJob', position: 1, name: '6a7b8c9d' });
    expect(status()).toBe('Now using job “6a7b8c9d”.');
    // The list follows the worker's order: the chosen job first, and chosen.
    expect(Array.from(select.options, (o) => o.textContent)).toEqual(['6a7b8c9d', 'Senior Backend – Paris']);
    expect(select.value).toBe('0');

    jobButton.click();
    expect(jobButton.getAttribute('aria-expanded')).toBe('false');
    expect(panel.closest('[hidden]')).not.toBeNull();
    expect(panel.innerHTML).not.toMatch(/Senior Backend|6a7b8c9d/);
  });

  it('one job: the opened list says which it is', async () => {
    const { store, root, byText, status } = mount();
    await store.refresh();
    answer = (request) => (request.type === 'board.jobs' ? { ok: true, value: { names: ['Senior Backend – Paris'] } } : { ok: true, value: LINK });
    byText('Change job').click();
    await settle();
    expect(root.querySelector('#jobs .note')!.textContent).toBe('Job: Senior Backend – Paris');
    expect(root.querySelector<HTMLSelectElement>('select')!.hidden).toBe(true);
    expect(status()).toBe('');
  });

  it('offers the job’s other sources when it has none for this board', async () => {
    answer = () => ({ ok: true, value: { ...LINK, source: null } });
    const { store, byText, notice, status } = mount();
    await store.refresh();
    expect(notice()).toBe('This job has no LinkedIn link in Hirempire.');
    expect(byText('Copy tracked link')).toBeUndefined();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    byText('Copy Referral link').click();
    expect(write).toHaveBeenCalledWith('https://jobs.hirempire.com/acme/re03');
    await settle();
    expect(status()).toBe('Referral link copied');
  });

  it('keeps the focus on an offered source while the data refreshes', async () => {
    answer = () => ({ ok: true, value: { ...LINK, source: null } });
    const { store, root, byText } = mount();
    await store.refresh();
    const button = byText('Copy Referral link');
    button.focus();
    await store.refresh();
    expect(root.activeElement).toBe(button);
  });

  it.each(['no-token', 'invalid-token'] as const)('%s: explains and opens the settings', async (kind) => {
    const error = apiError(kind);
    answer = (request) => (request.type === 'board.openSetup' ? { ok: true, value: null } : { ok: true, value: { ...LINK, source: null, otherSources: [], error } });
    const { store, byText, notice } = mount();
    await store.refresh();
    expect(notice()).toBe(error.message);
    expect(byText('Copy tracked link')).toBeUndefined();
    expect(byText('Retry')).toBeUndefined();
    byText('Open settings').click();
    await settle();
    expect(sent.at(-1)).toEqual({ type: 'board.openSetup' });
  });

  it('no job yet: says where to pick one, and offers the settings', async () => {
    answer = () => ({ ok: true, value: { ...LINK, hasJob: false, jobKey: null, source: null, otherSources: [] } });
    const { store, byText, notice } = mount();
    await store.refresh();
    expect(notice()).toMatch(/pick a job in the Hirempire popup/);
    expect(byText('Open settings')).toBeDefined();
  });

  it('offline without a saved link: explains, retries, and points to the settings (a mistyped API host looks the same)', async () => {
    answer = () => ({ ok: true, value: { ...LINK, source: null, otherSources: [], error: apiError('offline') } });
    const { store, byText, notice } = mount();
    await store.refresh();
    expect(notice()).toBe(apiError('offline').message);
    expect(byText('Open settings')).toBeDefined();
    answer = () => ({ ok: true, value: LINK });
    byText('Retry').click();
    await settle();
    expect(byText('Copy tracked link')).toBeDefined();
    expect(notice()).toBe('');
  });

  it('offline with a saved link: still copies it, and says it may be old', async () => {
    answer = () => ({ ok: true, value: { ...LINK, fetchedAt: Date.UTC(2026, 10, 2, 9, 30), error: apiError('offline') } });
    const { store, byText, notice } = mount();
    await store.refresh();
    expect(byText('Copy tracked link')).toBeDefined();
    expect(notice()).toMatch(/^Showing the link saved at .+Cannot reach Hirempire/);
  });

  it('the floating control inserts into the field the recruiter last worked in', async () => {
    const { field, store, control, byText } = mount('none');
    expect(control.host.dataset.kind).toBe('floating');
    expect(control.host.parentElement).toBe(document.body);
    await store.refresh();
    byText('Insert link').click();
    await settle();
    expect(field.value).toBe('https://jobs.hirempire.com/acme/lk01');
    expect(byText('Hide the Hirempire link control')).toBeDefined();
  });
});
