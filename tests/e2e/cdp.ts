import type { BrowserContext, CDPSession, Page } from '@playwright/test';

/**
 * What Playwright does not reach on its own, through the DevTools protocol: the content
 * script's isolated world, exceptions thrown in any world of a page, and the service
 * worker's lifecycle (stopping it, as the browser does when it is idle).
 */

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

interface ExceptionThrown {
  exceptionDetails: { text: string; executionContextId?: number; exception?: { description?: string } };
}

export interface PageWatch {
  cdp: CDPSession;
  /** Uncaught exceptions and unhandled rejections in any world of the page (the page's and the content script's). */
  exceptions: string[];
  /** Runs `fn(arg)` in our content script's isolated world of the top frame, and returns its JSON-able result. */
  inContentScript<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** Attaches to a page: call it after the page has loaded, so the content script is there. */
export async function watchPage(context: BrowserContext, page: Page, extensionId: string): Promise<PageWatch> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  const exceptions: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context: created }: { context: ExecutionContext }) => contexts.push(created));
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }: { executionContextId: number }) => {
    const gone = contexts.findIndex((c) => c.id === executionContextId);
    if (gone >= 0) contexts.splice(gone, 1);
  });
  cdp.on('Runtime.executionContextsCleared', () => contexts.splice(0));
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }: ExceptionThrown) =>
    exceptions.push(exceptionDetails.exception?.description ?? exceptionDetails.text),
  );
  // Runtime.enable reports every context that already exists, then each new one.
  await cdp.send('Runtime.enable');

  const topFrameId = (await cdp.send('Page.getFrameTree')).frameTree.frame.id;
  const ours = () =>
    contexts.find(
      (c) => c.auxData?.type === 'isolated' && c.auxData.frameId === topFrameId && c.origin === `chrome-extension://${extensionId}`,
    );

  async function inContentScript<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
    // The content script runs at document_idle: its world may appear a moment after the load.
    for (let tries = 0; !ours() && tries < 100; tries++) await new Promise((resolve) => setTimeout(resolve, 100));
    const world = ours();
    if (!world) throw new Error(`No isolated world of chrome-extension://${extensionId} on ${page.url()}`);
    const result = await cdp.send('Runtime.evaluate', {
      contextId: world.id,
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
    return result.result.value as R;
  }

  return { cdp, exceptions, inContentScript };
}

/** The running status of the extension's service worker, as the ServiceWorker domain reports it. */
export interface WorkerLifecycle {
  statuses: string[];
  /** Stops every service worker (ours is the only one), as the browser does after 30 s idle. */
  stop(): Promise<void>;
}

export async function workerLifecycle(context: BrowserContext, page: Page, extensionId: string): Promise<WorkerLifecycle> {
  const cdp = await context.newCDPSession(page);
  const statuses: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: Array<{ scriptURL: string; runningStatus: string }> }) => {
    for (const version of versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) statuses.push(version.runningStatus);
    }
  });
  await cdp.send('ServiceWorker.enable');
  return {
    statuses,
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
    },
  };
}

/** Everything a page shows or holds as text: its HTML, every open shadow root, every field's value, in every frame. */
export async function everythingOnPage(page: Page): Promise<string> {
  const parts: string[] = [];
  for (const frame of page.frames()) {
    parts.push(
      await frame.evaluate(() => {
        const out: string[] = [document.documentElement.outerHTML];
        const visit = (root: Document | ShadowRoot) => {
          for (const element of root.querySelectorAll('*')) {
            if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) out.push(element.value);
            if (element.shadowRoot) {
              out.push(element.shadowRoot.innerHTML);
              visit(element.shadowRoot);
            }
          }
        };
        visit(document);
        return out.join('\n');
      }),
    );
  }
  return parts.join('\n');
}
