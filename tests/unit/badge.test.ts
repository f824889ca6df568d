import { describe, expect, it } from 'vitest';
import { compactCount, badgeState } from '@/utils/background/badge';
import { DEFAULT_SETTINGS, settingsItem, tokenStatusItem } from '@/utils/storage';
import { activeJobWith, source } from './helpers';

describe('toolbar badge', () => {
  it.each([
    [0, '0'],
    [824, '824'],
    [1234, '1.2K'],
    [12_345, '12K'],
    [123_456, '123K'],
    [1_250_000, '1.3M'],
  ])('compacts %i as %s', (count, text) => {
    expect(compactCount(count, 'en')).toBe(text);
  });

  it('is empty with no active job, and names the job with its total otherwise', async () => {
    expect((await badgeState()).text).toBe('');
    await activeJobWith([source('a', 'LinkedIn', 800), source('b', 'Indeed', 24)], 'Backend – Paris');
    const state = await badgeState();
    expect(state.text).toBe('824');
    expect(state.title).toBe('Hirempire: Backend – Paris: 824 visits');
  });

  it('says "!" when the token was refused, whatever the job', async () => {
    await activeJobWith([source('a', 'LinkedIn', 800)]);
    await tokenStatusItem.setValue({ state: 'invalid' });
    expect((await badgeState()).text).toBe('!');
  });

  it('names the server that refused the token', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://hirempire-eu.example' });
    await tokenStatusItem.setValue({ state: 'invalid' });
    expect((await badgeState()).title).toBe(
      'Hirempire: https://hirempire-eu.example did not accept your API token. Open the settings to paste a token for that server.',
    );
  });
});

