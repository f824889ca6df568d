import { describe, expect, it } from 'vitest';
import { normalizeToken, tokenHint } from '@/utils/token';

describe('normalizeToken', () => {
  it.each([
    ['sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['  sk-live-5f3a9c2e  ', 'sk-live-5f3a9c2e'],
    ['sk-live-5f3a9c2e\r\n', 'sk-live-5f3a9c2e'],
    ['Bearer sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['bearer sk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['BEARER\tsk-live-5f3a9c2e', 'sk-live-5f3a9c2e'],
    ['  Bearer    sk-live-5f3a9c2e \n', 'sk-live-5f3a9c2e'],
    ['bearertoken', 'bearertoken'],
    ['abc.DEF_123~+/=', 'abc.DEF_123~+/='],
  ])('%j → %j', (input, token) => {
    expect(normalizeToken(input)).toEqual({ ok: true, token });
  });

  it.each([
    ['', /Paste your Hirempire API token/],
    ['   \n', /Paste your Hirempire API token/],
    ['Bearer ', /Paste your Hirempire API token/],
    ['Bearer', /Paste your Hirempire API token/],
    ['sk-live 5f3a', /spaces, line breaks/],
    ['sk-live\n5f3a', /spaces, line breaks/],
    ['sk-live\r\nX-Evil: 1', /spaces, line breaks/],
    ['sk-live-é', /characters a token never has/],
    ['sk-live-\u200b5f3a', /characters a token never has/],
    ['sk-live-••••', /characters a token never has/],
    ['x'.repeat(4097), /far longer/],
  ])('refuses %j with a message', (input, message) => {
    const result = normalizeToken(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('accepts a token of the maximum length', () => {
    expect(normalizeToken('x'.repeat(4096)).ok).toBe(true);
  });
});

describe('tokenHint', () => {
  it('shows only the last four characters', () => {
    expect(tokenHint('sk-live-5f3a9c2e')).toBe('9c2e');
  });
});
