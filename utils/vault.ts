import { createStore, del, get, set } from 'idb-keyval';

/**
 * Where the API token lives: IndexedDB of the extension's own origin.
 *
 * Why not storage.local: Firefox lets content scripts read storage.local and has no
 * access-level switch. IndexedDB is per origin, and content scripts run in the page's
 * origin, so they cannot open this database on either browser. Only the worker calls
 * these functions (extension pages could, but never do: they ask the worker).
 *
 * The token is bound to the API origin (scheme, host, port) it was saved for. A token is
 * a credential for one server: reading it for any other origin gives nothing, so no change
 * of server (saved, imported, reset) can send it somewhere the recruiter did not paste it for.
 */
let opened: ReturnType<typeof createStore> | undefined;
const store = () => (opened ??= createStore('hirempire-vault', 'secrets'));
const TOKEN_KEY = 'apiToken';

export interface BoundToken {
  /** The API origin the recruiter saved this token for. */
  origin: string;
  token: string;
}

/**
 * The stored binding. Before binding existed the vault held a bare string; it is adopted by
 * the first origin that asks for it (the worker always asks with the current API origin, the
 * one that string was already being sent to), so an update neither leaks nor loses it.
 */
async function readBinding(adoptFor?: string): Promise<BoundToken | null> {
  const stored = await get<BoundToken | string>(TOKEN_KEY, store());
  if (typeof stored === 'string') {
    if (!adoptFor) return null;
    const bound = { origin: adoptFor, token: stored };
    await set(TOKEN_KEY, bound, store());
    return bound;
  }
  if (stored && typeof stored.origin === 'string' && typeof stored.token === 'string') return stored;
  return null;
}

/** The token saved for exactly this origin, or null. */
export async function readToken(origin: string): Promise<string | null> {
  const bound = await readBinding(origin);
  return bound && bound.origin === origin ? bound.token : null;
}

/** Which origin the saved token belongs to (never the token), or null. */
export async function boundOrigin(): Promise<string | null> {
  const stored = await get<BoundToken | string>(TOKEN_KEY, store());
  return stored && typeof stored === 'object' ? stored.origin : null;
}

export function writeToken(token: string, origin: string): Promise<void> {
  return set(TOKEN_KEY, { origin, token } satisfies BoundToken, store());
}

export function deleteToken(): Promise<void> {
  return del(TOKEN_KEY, store());
}
