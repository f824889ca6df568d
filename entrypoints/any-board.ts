import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { anyBoard, startInPage } from '@/utils/boards/engine';

/**
 * The field engine for any job board, injected by the worker into the frame the recruiter
 * right-clicked (or the tab where they pressed the shortcut), under `activeTab`: nothing of
 * it runs on a site until they ask. Injected again on every request, it keeps one session
 * per frame, which ends when the page goes away.
 *
 * The promise it ends with is what `scripting.executeScript` waits for: the worker sends its
 * command once the session knows the link and has put its controls beside the fields, so the
 * confirmation appears in the control that stays.
 */
type Global = typeof globalThis & { __hirempireSession?: { lifetime: AbortController; ready: Promise<boolean> } };

export default defineUnlistedScript(() => {
  const global = globalThis as Global;
  const running = global.__hirempireSession;
  if (running && !running.lifetime.signal.aborted) return running.ready;
  const lifetime = new AbortController();
  // The control's name until the worker says which source belongs here.
  const store = startInPage({ adapter: anyBoard('site', location.hostname.replace(/^www\./, '')), signal: lifetime.signal });
  const ready = store.ensureFresh().then(() => true);
  global.__hirempireSession = { lifetime, ready };
  addEventListener('pagehide', () => lifetime.abort(), { once: true });
  return ready;
});
