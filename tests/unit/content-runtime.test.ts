import { i18n } from '#i18n';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setUiLanguage } from './fake-i18n';

/**
 * utils/content-runtime.ts is what the content scripts get for `wxt/browser` and
 * @wxt-dev/i18n (wxt.config.ts). Its `t()` must say exactly what the library's does, for
 * every kind of message the board control shows.
 */
async function contentRuntime(globals: Record<string, unknown>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(globals)) vi.stubGlobal(name, value);
  return import('@/utils/content-runtime');
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('content runtime', () => {
  it('is Firefox’s `browser` where it is an extension API, else Chrome’s `chrome`', async () => {
    const chrome = { runtime: { id: 'chrome-id' } };
    expect((await contentRuntime({ browser: fakeBrowser, chrome })).browser).toBe(fakeBrowser);
    // A page's own global named `browser` (no runtime id) is not taken for the API.
    expect((await contentRuntime({ browser: { runtime: {} }, chrome })).browser).toBe(chrome);
    expect((await contentRuntime({ browser: undefined, chrome })).browser).toBe(chrome);
  });

  it.each(['en', 'fr'] as const)('t() gives what @wxt-dev/i18n gives (%s): plain, named, plural with positional', async (locale) => {
    setUiLanguage(locale);
    const { createI18n } = await contentRuntime({ browser: fakeBrowser });
    const t = createI18n().t as (key: string, ...args: unknown[]) => string;
    const library = i18n.t as (key: string, ...args: unknown[]) => string;
    const cases: unknown[][] = [
      ['board_copy_link'],
      ['board_copied', { source: 'LinkedIn' }],
      ['board_confirm_replace', { field: 'Website', text: '“x”', source: 'Indeed' }],
      // A placeholder the substitutions do not name stays as it is.
      ['board_copied', { other: 'x' }],
      ['board_more_links', 1, ['1']],
      ['board_more_links', 12, ['12']],
      ['board_more_links', 0, ['0']],
      ['error_internal'],
    ];
    for (const [key, ...args] of cases) expect(t(key as string, ...args)).toBe(library(key as string, ...args));
    expect(t('board_copied', { source: 'LinkedIn' })).toContain('LinkedIn');
  });

  it('the context: one signal for the script’s life, invalid once the runtime is gone, and nothing said to the page', async () => {
    const runtime: { id?: string } = { id: 'chrome-id' };
    const { ContentScriptContext } = await contentRuntime({ browser: undefined, chrome: { runtime } });
    const posted = vi.fn();
    window.addEventListener('message', posted);
    const ctx = new ContentScriptContext('linkedin');
    const invalidated = vi.fn();
    ctx.onInvalidated(invalidated);
    const clicks = vi.fn();
    ctx.addEventListener(document.body, 'click', clicks);
    expect(ctx.isInvalid).toBe(false);
    document.body.click();
    expect(clicks).toHaveBeenCalledTimes(1);

    delete runtime.id; // the extension was updated
    expect(ctx.isInvalid).toBe(true);
    expect(ctx.signal.aborted).toBe(true);
    expect(invalidated).toHaveBeenCalledTimes(1);
    document.body.click();
    expect(clicks).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(posted).not.toHaveBeenCalled();
    window.removeEventListener('message', posted);
  });
});
