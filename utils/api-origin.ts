import { i18n } from '#i18n';
import { DEFAULT_API_BASE_URL } from './storage';

/**
 * The API base URL a recruiter may configure: https anywhere, plain http only on
 * this machine (for development against `npm run mock-api`). Always reduced to an origin,
 * so no path, query, credentials or fragment can ride along.
 */
export type ApiOriginInput = { ok: true; origin: string } | { ok: false; message: string };

// Exactly the plain-http hosts of the manifest's optional_host_permissions.
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1']);
const EXAMPLE_ORIGIN = 'https://api.hirempire.com';

export function normalizeApiOrigin(input: string): ApiOriginInput {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, message: i18n.t('error_origin_not_url', { example: EXAMPLE_ORIGIN }) };
  }
  if (url.username || url.password) {
    return { ok: false, message: i18n.t('error_origin_credentials') };
  }
  const isLocal = LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLocal)) {
    return { ok: false, message: i18n.t('error_origin_not_https') };
  }
  if ((url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) {
    return { ok: false, message: i18n.t('error_origin_has_path', { example: EXAMPLE_ORIGIN }) };
  }
  return { ok: true, origin: url.origin };
}

/**
 * The host permission pattern that lets the worker call exactly this origin.
 *
 * Chrome's match patterns take a port (a pattern without one matches every port), so the port
 * is kept: `https://api.hirempire.com:8443` is another server than the default one and must be
 * asked for (the manifest grants the default host on port 443 only). Firefox refuses a port in
 * a match pattern; there the pattern covers the host's every port, and what keeps the token to
 * its server is the vault's binding, not the permission.
 */
export function originPermissionPattern(origin: string, browserName: string = import.meta.env.BROWSER): string {
  const url = new URL(origin);
  const port = url.port && browserName !== 'firefox' ? `:${url.port}` : '';
  return `${url.protocol}//${url.hostname}${port}/*`;
}

/** True for the API origin the extension ships with (its host permission is in the manifest). */
export function isDefaultApiOrigin(origin: string): boolean {
  return origin === DEFAULT_API_BASE_URL;
}
