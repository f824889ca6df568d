import { createStore, del, get, set } from 'idb-keyval';

/**
 * Where the API token lives: IndexedDB of the extension's own origin.
 *
 * Why not storage.local: Firefox lets content scripts read storage.local and has no
 * access-level switch. IndexedDB is per origin, and content scripts run in the page's
 * origin, so they cannot open this database on either browser. Only the worker calls
 * these functions (extension pages could, but never do: they ask the worker).
 */
let opened: ReturnType<typeof createStore> | undefined;
const store = () => (opened ??= createStore('hirempire-vault', 'secrets'));
const TOKEN_KEY = 'apiToken';

export async function readToken(): Promise<string | null> {
  return (await get<string>(TOKEN_KEY, store())) ?? null;
}

export function writeToken(token: string): Promise<void> {
  return set(TOKEN_KEY, token, store());
}

export function deleteToken(): Promise<void> {
  return del(TOKEN_KEY, store());
}
