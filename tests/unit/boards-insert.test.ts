import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { insertAtCaret, insertIntoEditor, insertIntoInput, setNativeValue } from '@/utils/boards/insert';

const LINK = 'https://jobs.hirempire.com/acme/b0a4d1c2-1111-4a11-8a11-000000000001';

/** React's value tracker: the element's own `value` setter records what React set; an input event with that value is ignored. */
function reactControlled(input: HTMLInputElement) {
  const native = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!;
  const model = { value: input.value };
  let tracked = input.value;
  Object.defineProperty(input, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(v: string) {
      tracked = String(v);
      native.set!.call(this, v);
    },
  });
  input.addEventListener('input', () => {
    const now = native.get!.call(input) as string;
    if (now === tracked) return;
    tracked = now;
    model.value = now;
  });
  return model;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the apply-URL input', () => {
  it('updates a React-controlled input’s state (a plain assignment would not)', () => {
    document.body.innerHTML = '<input id="plain"><input id="ours">';
    const plain = document.querySelector<HTMLInputElement>('#plain')!;
    const plainModel = reactControlled(plain);
    plain.value = LINK;
    plain.dispatchEvent(new Event('input', { bubbles: true }));
    expect(plainModel.value).toBe(''); // what goes wrong without the native setter

    const ours = document.querySelector<HTMLInputElement>('#ours')!;
    const model = reactControlled(ours);
    const changes = vi.fn();
    ours.addEventListener('change', changes);
    document.body.addEventListener('input', (e) => expect(e.target).toBe(ours), { once: true });
    expect(insertIntoInput(ours, LINK)).toBe('inserted');
    expect(model.value).toBe(LINK);
    expect(ours.value).toBe(LINK);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('asks before replacing what the recruiter typed, and replaces only when told', () => {
    document.body.innerHTML = '<input value="https://careers.acme.example/apply">';
    const input = document.querySelector('input')!;
    const model = reactControlled(input);
    expect(insertIntoInput(input, LINK)).toBe('needs-confirm');
    expect(input.value).toBe('https://careers.acme.example/apply');
    expect(insertIntoInput(input, LINK, { replace: true })).toBe('inserted');
    expect(model.value).toBe(LINK);
  });

  it('says so when the link is already there, and treats whitespace as empty', () => {
    document.body.innerHTML = `<input value="${LINK}"><input value="   ">`;
    const [same, blank] = Array.from(document.querySelectorAll('input'));
    expect(insertIntoInput(same, LINK)).toBe('already-there');
    expect(insertIntoInput(blank, LINK)).toBe('inserted');
  });

  it('setNativeValue works for textareas too', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    const seen: string[] = [];
    area.addEventListener('input', () => seen.push(area.value));
    setNativeValue(area, 'hello');
    expect(seen).toEqual(['hello']);
  });
});

describe('a plain textarea description', () => {
  it('inserts at the caret and never over a selection', () => {
    document.body.innerHTML = '<textarea>Apply here: . Thanks</textarea>';
    const area = document.querySelector('textarea')!;
    area.setSelectionRange(12, 12);
    expect(insertAtCaret(area, LINK)).toBe('inserted');
    expect(area.value).toBe(`Apply here: ${LINK}. Thanks`);

    area.value = 'keep this';
    area.setSelectionRange(0, 4);
    insertAtCaret(area, LINK);
    expect(area.value).toBe(`keep ${LINK} this`);
  });

  it.each([
    ['- Run the front desk', 20, `- Run the front desk ${LINK}`],
    ['Apply:here', 6, `Apply: ${LINK} here`],
    ['Apply (', 7, `Apply (${LINK}`],
    ['See .', 4, `See ${LINK}.`],
    ['', 0, LINK],
    ['Line\n', 5, `Line\n${LINK}`],
  ])('never glues the link to a word: %j at %i', (value, at, expected) => {
    document.body.innerHTML = '<textarea></textarea>';
    const area = document.querySelector('textarea')!;
    area.value = value;
    area.setSelectionRange(at, at);
    expect(insertAtCaret(area, LINK)).toBe('inserted');
    expect(area.value).toBe(expected);
  });
});

describe('rich-text editors', () => {
  let execCommand: PropertyDescriptor | undefined;
  beforeEach(() => {
    execCommand = Object.getOwnPropertyDescriptor(document, 'execCommand');
  });
  afterEach(() => {
    if (execCommand) Object.defineProperty(document, 'execCommand', execCommand);
    else delete (document as { execCommand?: unknown }).execCommand;
  });

  /** Puts the caret after `offset` characters of the editor's first text node, as a click would. */
  function caretAt(editor: HTMLElement, offset: number): Range {
    const text = editor.querySelector('p')!.firstChild!;
    const range = document.createRange();
    range.setStart(text, offset);
    range.collapse(true);
    return range;
  }

  it('uses insertText when the browser has it, and nothing else (no duplicate)', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const pastes = vi.fn();
    editor.addEventListener('paste', pastes);
    // What a browser does for insertText: put the text at the selection.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn((command: string, _ui: boolean, text: string) => {
        const range = document.getSelection()!.getRangeAt(0);
        range.insertNode(document.createTextNode(text));
        return command === 'insertText';
      }),
    });
    expect(await insertIntoEditor(editor, LINK, caretAt(editor, 6))).toBe('inserted');
    expect(editor.textContent).toBe(`Hello ${LINK} world`);
    expect(pastes).not.toHaveBeenCalled();
  });

  it('falls back to a paste event for editors that handle paste themselves (Quill, Draft)', async () => {
    document.body.innerHTML = '<div class="ql-editor" contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('.ql-editor')!;
    const pasted: string[] = [];
    editor.addEventListener('paste', (event) => {
      event.preventDefault();
      const text = event.clipboardData!.getData('text/plain');
      pasted.push(text);
      document.getSelection()!.getRangeAt(0).insertNode(document.createTextNode(text));
    });
    expect(await insertIntoEditor(editor, LINK, caretAt(editor, 6))).toBe('inserted');
    expect(pasted).toEqual([`${LINK} `]);
    expect(editor.textContent).toBe(`Hello ${LINK} world`);
  });

  it('inserts into the DOM (with an input event) when nobody handled the paste', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const inputs: Array<{ inputType: string; data: string | null }> = [];
    editor.addEventListener('input', (e) => inputs.push({ inputType: (e as InputEvent).inputType, data: (e as InputEvent).data }));
    expect(await insertIntoEditor(editor, LINK, caretAt(editor, 5))).toBe('inserted');
    expect(editor.textContent).toBe(`Hello ${LINK} world`);
    expect(inputs).toEqual([{ inputType: 'insertText', data: ` ${LINK}` }]);
    expect(editor.textContent!.split(LINK).length - 1).toBe(1);
  });

  it('never replaces a selection: the link goes after it', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const range = caretAt(editor, 0);
    range.setEnd(editor.querySelector('p')!.firstChild!, 5);
    await insertIntoEditor(editor, LINK, range);
    expect(editor.textContent).toBe(`Hello ${LINK} world`);
  });

  it('goes to the end of the text when the saved caret was re-rendered away', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello world</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const stale = caretAt(editor, 3);
    editor.innerHTML = '<p>Hello world</p><p>Second line</p>';
    await insertIntoEditor(editor, LINK, stale);
    // No execCommand here (happy-dom), so no new paragraph: a separating space instead.
    expect(editor.lastElementChild!.textContent).toBe(`Second line ${LINK}`);
  });

  it('with no caret, after a word: a paragraph of its own when the editor takes insertParagraph', async () => {
    document.body.innerHTML = '<div contenteditable="true"><ul><li>Run the front desk</li></ul></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const commands: Array<[string, string | undefined]> = [];
    // What a browser does: insertParagraph makes a new block after the caret's and moves the caret there.
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn((command: string, _ui: boolean, text?: string) => {
        commands.push([command, text]);
        const selection = document.getSelection()!;
        const range = selection.getRangeAt(0);
        if (command === 'insertParagraph') {
          const block = (range.startContainer.parentElement ?? (range.startContainer as Element)).closest('li')!;
          const next = document.createElement('li');
          block.after(next);
          range.selectNodeContents(next);
          range.collapse(true);
          selection.removeAllRanges();
          selection.addRange(range);
        } else range.insertNode(document.createTextNode(text!));
        return true;
      }),
    });
    expect(await insertIntoEditor(editor, LINK, null)).toBe('inserted');
    expect(commands).toEqual([['insertParagraph', undefined], ['insertText', LINK]]);
    expect(Array.from(editor.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Run the front desk', LINK]);
  });

  it('with no caret in an empty editor: just the link, no blank paragraph', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p><br></p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    const commands: string[] = [];
    Object.defineProperty(document, 'execCommand', {
      configurable: true,
      value: vi.fn((command: string, _ui: boolean, text?: string) => {
        commands.push(command);
        if (command === 'insertText') document.getSelection()!.getRangeAt(0).insertNode(document.createTextNode(text!));
        return true;
      }),
    });
    expect(await insertIntoEditor(editor, LINK, null)).toBe('inserted');
    expect(commands).toEqual(['insertText']);
    expect(editor.textContent).toBe(LINK);
  });

  it('reports a failure (and inserts nothing itself) when the editor swallowed the paste', async () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Hello</p></div>';
    const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
    editor.addEventListener('paste', (event) => event.preventDefault());
    expect(await insertIntoEditor(editor, LINK, null)).toBe('failed');
    expect(editor.textContent).toBe('Hello');
  });
});
