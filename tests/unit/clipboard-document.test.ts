import { afterEach, describe, expect, it, vi } from 'vitest';
import { isClipboardWrite, writeFromThisDocument } from '@/utils/clipboard-document';

/** The extension's own document that writes for the board controls (offscreen on Chrome, the background page on Firefox). */
afterEach(() => vi.restoreAllMocks());

describe('writeFromThisDocument', () => {
  it('uses the Clipboard API when this document may (Firefox’s background page, with clipboardWrite)', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    const exec = vi.fn(() => true);
    document.execCommand = exec;
    expect(await writeFromThisDocument('https://jobs.hirempire.com/a')).toBe(true);
    expect(writeText).toHaveBeenCalledWith('https://jobs.hirempire.com/a');
    expect(exec).not.toHaveBeenCalled();
  });

  it('otherwise (an offscreen document never has focus) selects the text here and copies, leaving nothing behind', async () => {
    Object.defineProperty(window.navigator, 'clipboard', {
      value: { writeText: async () => Promise.reject(new DOMException('Document is not focused', 'NotAllowedError')) },
      configurable: true,
    });
    let copied = '';
    document.execCommand = vi.fn((command: string) => {
      const field = document.querySelector('textarea')!;
      copied = command === 'copy' ? field.value.slice(field.selectionStart, field.selectionEnd) : '';
      return true;
    });
    expect(await writeFromThisDocument('https://jobs.hirempire.com/b')).toBe(true);
    expect(copied).toBe('https://jobs.hirempire.com/b');
    expect(document.querySelector('textarea')).toBeNull();
    document.execCommand = vi.fn(() => false);
    expect(await writeFromThisDocument('x')).toBe(false);
  });
});

describe('isClipboardWrite', () => {
  it('accepts only the worker’s write request', () => {
    expect(isClipboardWrite({ type: 'clipboard.write', text: 'x' })).toBe(true);
    expect(isClipboardWrite({ type: 'clipboard.write', text: 1 })).toBe(false);
    expect(isClipboardWrite({ type: 'board.link' })).toBe(false);
    expect(isClipboardWrite(null)).toBe(false);
  });
});
