import { clear, createStore, del, delMany, entries, get, set } from 'idb-keyval';

/**
 * Where the cached answers live: IndexedDB of the extension's own origin, not storage.local.
 *
 * Why: a large job's answer is megabytes. In Chrome, writing 5,000 sources to storage.local
 * took 1.6–2.7 s and reading them back 0.5–0.9 s on this project's 2-core machine, against
 * 45–160 ms and 16–60 ms here (bench, issue 15): storage.local serialises to JSON and tells
 * every extension context of each change, old and new values included. IndexedDB stores the
 * structured clone, and tells no one.
 *
 * Who can read it: the worker and the extension's pages, which share the extension's origin.
 * Content scripts run in the page's origin and cannot open it, on Chrome as on Firefox (the
 * token's vault, vault.ts, relies on the same rule).
 *
 * Only storage.ts uses this module; the small preview beside each answer stays in
 * storage.local, where the popup's first paint and the badge read it.
 */
let opened: ReturnType<typeof createStore> | undefined;
const store = () => (opened ??= createStore('hirempire-cache', 'answers'));

export const answersDb = {
  get: (key: string) => get<unknown>(key, store()),
  set: (key: string, value: unknown) => set(key, value, store()),
  delete: (key: string) => del(key, store()),
  deleteMany: (keys: string[]) => delMany(keys, store()),
  entries: () => entries<string, unknown>(store()),
  clear: () => clear(store()),
};
