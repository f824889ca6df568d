import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * WXT's fakeBrowser has no permissions API. This one keeps the granted host patterns in a set,
 * compared exactly (enough for the worker, which always asks about one origin's own pattern),
 * and fires onRemoved like the browser does.
 */
export const grantedHosts = new Set<string>();

type Origins = { origins?: string[] };
type Listener = (removed: { origins: string[]; permissions: string[] }) => void;

export function installFakePermissions() {
  grantedHosts.clear();
  const listeners = new Set<Listener>();
  const permissions = fakeBrowser.permissions as unknown as Record<string, unknown>;
  permissions.contains = async ({ origins = [] }: Origins) => origins.every((o) => grantedHosts.has(o));
  permissions.request = async ({ origins = [] }: Origins) => {
    origins.forEach((o) => grantedHosts.add(o));
    return true;
  };
  permissions.remove = async ({ origins = [] }: Origins) => {
    const removed = origins.filter((o) => grantedHosts.delete(o));
    if (removed.length) listeners.forEach((listener) => listener({ origins: removed, permissions: [] }));
    return removed.length > 0;
  };
  permissions.onRemoved = {
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  };
}
