import type { ApiError } from '../api/errors';

/**
 * When Hirempire asked to be left alone: a Retry-After too long for the client to wait out
 * comes back as `retryAt`, and from then until that time no caller (popup, badge, board
 * control, menu) sends that server another request; each gets the same answer at once.
 *
 * Kept in the worker's memory: if the browser stops the worker meanwhile, the cost is one
 * early request, which the server answers with the same Retry-After.
 */
const heldUntil = new Map<string, ApiError & { retryAt: number }>();

/** The error to answer with while `apiOrigin` asked us to wait, or null once it may be asked again. */
export function heldOff(apiOrigin: string, now: number): ApiError | null {
  const held = heldUntil.get(apiOrigin);
  if (held && held.retryAt > now) return held;
  heldUntil.delete(apiOrigin);
  return null;
}

/** Remembers a failure that says when to try again. */
export function noteHoldOff(apiOrigin: string, error: ApiError): void {
  if (error.retryAt != null && Number.isFinite(error.retryAt)) heldUntil.set(apiOrigin, { ...error, retryAt: error.retryAt });
}

/** For tests, and when the server or token changes: a new server owes us nothing. */
export function forgetHoldOffs(): void {
  heldUntil.clear();
}
