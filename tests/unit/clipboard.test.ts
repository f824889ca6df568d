import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyText } from '@/utils/clipboard';

function stubClipboard(writeText: (text: string) => Promise<void>) {
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('copyText', () => {
  it('uses the Clipboard API first', async () => {
    const writeText = vi.fn(async () => undefined);
    stubClipboard(writeText);
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    expect(await copyText('https://jobs.hirempire.com/a')).toBe('copied');
    expect(writeText).toHaveBeenCalledWith('https://jobs.hirempire.com/a');
    expect(exec).not.toHaveBeenCalled();
  });

  it('falls back to selecting the text and execCommand("copy"), then cleans up and gives focus back', async () => {
    stubClipboard(async () => {
      throw new DOMException('Denied', 'NotAllowedError');
    });
    const button = document.createElement('button');
    document.body.append(button);
    button.focus();
    let selected = '';
    document.execCommand = vi.fn((command: string) => {
      const field = document.activeElement as HTMLTextAreaElement;
      selected = command === 'copy' ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
      return true;
    });
    expect(await copyText('https://jobs.hirempire.com/b')).toBe('copied-fallback');
    expect(selected).toBe('https://jobs.hirempire.com/b');
    expect(document.querySelector('textarea')).toBeNull();
    expect(document.activeElement).toBe(button);
    button.remove();
  });

  it('uses the caller’s fallback instead of the selection when given one (a board control: the worker)', async () => {
    stubClipboard(async () => {
      throw new DOMException('Denied', 'NotAllowedError');
    });
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    expect(await copyText('x', async () => true)).toBe('copied-fallback');
    expect(await copyText('x', async () => false)).toBe('failed');
    expect(
      await copyText('x', async () => {
        throw new Error('worker gone');
      }),
    ).toBe('failed');
    expect(exec).not.toHaveBeenCalled();
  });

  it('says so when both ways fail', async () => {
    stubClipboard(async () => {
      throw new Error('nope');
    });
    document.execCommand = vi.fn(() => false);
    expect(await copyText('x')).toBe('failed');
    document.execCommand = vi.fn(() => {
      throw new Error('unsupported');
    });
    expect(await copyText('x')).toBe('failed');
    expect(document.querySelector('textarea')).toBeNull();
  });
});
