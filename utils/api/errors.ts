import { i18n } from '#i18n';

/**
 * Every way a lookup can fail, as a value the UI can act on. The message is
 * written for a recruiter; `action` says what the UI should offer next.
 */
export type ApiErrorKind =
  | 'no-token'
  | 'invalid-token'
  | 'job-not-found'
  | 'bad-request'
  | 'rate-limited'
  | 'server'
  | 'offline'
  | 'timeout'
  | 'bad-response'
  /** The server answered with a redirect: never followed (it would carry the token), never retried. */
  | 'redirect';

export type ApiErrorAction = 'open-settings' | 'retry' | 'check-job-id' | null;

export interface ApiError {
  kind: ApiErrorKind;
  message: string;
  action: ApiErrorAction;
  /** HTTP status when there was one. */
  status?: number;
  /** For rate-limited: when Hirempire said to try again (epoch ms). */
  retryAt?: number;
  /** What the server said, when it said something readable (shown as text, never HTML). */
  detail?: string;
}

/** Message keys in locales/<lang>.yml; the text is looked up when the error is made, in the browser's language. */
const MESSAGES = {
  'no-token': { key: 'error_no_token', action: 'open-settings' },
  'invalid-token': { key: 'error_invalid_token', action: 'open-settings' },
  'job-not-found': { key: 'error_job_not_found', action: 'check-job-id' },
  'bad-request': { key: 'error_bad_request', action: 'check-job-id' },
  'rate-limited': { key: 'error_rate_limited', action: 'retry' },
  server: { key: 'error_server', action: 'retry' },
  offline: { key: 'error_offline', action: 'retry' },
  timeout: { key: 'error_timeout', action: 'retry' },
  'bad-response': { key: 'error_bad_response', action: 'retry' },
  redirect: { key: 'error_redirect', action: 'open-settings' },
} as const satisfies Record<ApiErrorKind, { key: string; action: ApiErrorAction }>;

export function apiError(kind: ApiErrorKind, extra: Partial<Omit<ApiError, 'kind'>> = {}): ApiError {
  const { key, action } = MESSAGES[kind];
  return { kind, message: i18n.t(key), action, ...extra };
}

export const API_ERROR_KINDS = Object.keys(MESSAGES) as ApiErrorKind[];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
