import { send, type Reply, type SourcesAnswer } from '../messaging/protocol';
import { readCachedSources, settingsItem, type CachedSources } from '../storage';

/**
 * A job's cached answer, read by the popup itself from the answers' database (answers-db.ts)
 * rather than asked of the worker: the popup is an extension page, a trusted context like the
 * worker, and a large job's 5,000 rows took about 250 ms to cross runtime messaging (serialised
 * on one side, parsed on the other) against about 30 ms to read (bench, issue 15). The worker
 * stays the only code that talks to the API and writes the cache.
 */
export async function readCachedAnswer(jobId: string): Promise<CachedSources | null> {
  try {
    const { apiBaseUrl } = await settingsItem.getValue();
    return await readCachedSources(apiBaseUrl, jobId);
  } catch {
    // No cache to show is what the popup handles anyway: the refresh behind it still runs.
    return null;
  }
}

/**
 * A refresh for the popup: asks the worker without the rows it will have filed
 * (`withRows: false`), then reads them here. If the cache no longer holds that very answer
 * (cleared, or replaced by a newer one in between), it asks once more, rows included.
 */
export async function refreshAnswer(jobId: string): Promise<Reply<SourcesAnswer>> {
  const reply = await send({ type: 'sources.fetch', jobId, withRows: false });
  if (!reply.ok || !reply.value.ok || 'cached' in reply.value) return reply as Reply<SourcesAnswer>;
  const entry = await readCachedAnswer(jobId);
  if (entry && entry.fetchedAt === reply.value.fetchedAt) return { ok: true, value: { ok: true, cached: entry, stored: true } };
  return send({ type: 'sources.fetch', jobId }) as Promise<Reply<SourcesAnswer>>;
}
