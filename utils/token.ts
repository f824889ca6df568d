import { i18n } from '#i18n';

/**
 * What a recruiter pastes is not always the bare token: trim it, accept a copied
 * "Bearer " prefix, and refuse anything that could not travel in an HTTP header.
 */
export type TokenInput = { ok: true; token: string } | { ok: false; message: string };

const MAX_TOKEN_LENGTH = 4096;

export function normalizeToken(input: string): TokenInput {
  // "Bearer" alone (the prefix copied without the token) is not a token either.
  const token = input.trim().replace(/^bearer(\s+|$)/i, '').trim();
  if (!token) return { ok: false, message: i18n.t('error_token_empty') };
  if (token.length > MAX_TOKEN_LENGTH) {
    return { ok: false, message: i18n.t('error_token_too_long') };
  }
  // Visible ASCII only: CR/LF would split the header, other characters cannot be sent at all.
  if (!/^[\x21-\x7e]+$/.test(token)) {
    return { ok: false, message: i18n.t('error_token_characters') };
  }
  return { ok: true, token };
}

/** The last four characters, so the recruiter can tell which token is saved without seeing it. */
export function tokenHint(token: string): string {
  return token.slice(-4);
}
