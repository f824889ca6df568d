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
  | 'bad-response';

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

const MESSAGES: Record<ApiErrorKind, { message: string; action: ApiErrorAction }> = {
  'no-token': { message: 'Hirempire is not set up yet: add your API token in the settings.', action: 'open-settings' },
  'invalid-token': {
    message: 'Hirempire did not accept your API token. It may have been revoked or replaced: paste a new one in the settings.',
    action: 'open-settings',
  },
  'job-not-found': { message: 'No job with this ID in your Hirempire account.', action: 'check-job-id' },
  'bad-request': { message: 'Hirempire could not understand the request. Check the job ID.', action: 'check-job-id' },
  'rate-limited': { message: 'Too many requests to Hirempire right now. Wait a moment, then retry.', action: 'retry' },
  server: { message: 'Hirempire is having trouble right now. Try again in a few minutes.', action: 'retry' },
  offline: { message: 'Cannot reach Hirempire. Check your internet connection.', action: 'retry' },
  timeout: { message: 'Hirempire took too long to answer. Try again.', action: 'retry' },
  'bad-response': {
    message: 'Hirempire sent an answer the extension could not read. Try again; if it persists, contact Hirempire support.',
    action: 'retry',
  },
};

export function apiError(kind: ApiErrorKind, extra: Partial<Omit<ApiError, 'kind'>> = {}): ApiError {
  return { kind, ...MESSAGES[kind], ...extra };
}

export const API_ERROR_KINDS = Object.keys(MESSAGES) as ApiErrorKind[];

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };
