import { MAX_RECENT_JOBS, recentJobsItem, seenVisitsItem, type SeenVisits } from '../storage';

/**
 * "What changed since you last looked": the popup reports the visits it shows, fresh from
 * the API, and gets back what it showed the previous time for that job. One snapshot per
 * job, kept only for the recent jobs; the cache's reset (token or server change) clears them.
 */
export async function markVisitsSeen(jobId: string, visits: Record<string, number>, now = Date.now()): Promise<SeenVisits | null> {
  const id = jobId.toLowerCase();
  const [snapshots, recent] = await Promise.all([seenVisitsItem.getValue(), recentJobsItem.getValue()]);
  const previous = snapshots.find((snapshot) => snapshot.jobId === id) ?? null;
  const recentIds = new Set(recent.map((job) => job.jobId));
  // The job being looked at is kept even if it left the recent list meanwhile: it is on screen.
  const others = snapshots.filter((snapshot) => snapshot.jobId !== id && recentIds.has(snapshot.jobId));
  const current: SeenVisits = { jobId: id, visits: { ...visits }, seenAt: now };
  const next = [current, ...others].slice(0, MAX_RECENT_JOBS);
  try {
    await seenVisitsItem.setValue(next);
  } catch {
    // storage.local is full (cached answers take most of it): this job's snapshot matters most.
    // Markers are a nicety; failing to keep one must never fail the popup.
    await seenVisitsItem.setValue([current]).catch(() => undefined);
  }
  return previous;
}
