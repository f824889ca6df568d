/** The job exists but has no sources yet: say what to do about it in Hirempire. */
export function EmptySources({ skipped }: { skipped: number }) {
  if (skipped > 0) {
    return (
      <section className="empty banner--warn" aria-labelledby="empty-title">
        <h3 id="empty-title">No source could be read</h3>
        <p>
          Hirempire sent {skipped} {skipped === 1 ? 'source' : 'sources'} for this job, but none in a form the extension
          can read. Try again later; if it persists, contact Hirempire support.
        </p>
      </section>
    );
  }
  return (
    <section className="empty" aria-labelledby="empty-title">
      <h3 id="empty-title">This job has no sources yet</h3>
      <p>
        In Hirempire, open the job and add a source for each place you post it (LinkedIn, Indeed, a referral…).
        Each source gets its own tracked link. Then refresh here.
      </p>
    </section>
  );
}
