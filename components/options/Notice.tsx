/**
 * A section's message line. Two live regions stay in the DOM from the start (a region
 * that appears together with its text is often not announced): progress and success
 * go to the polite status, errors to the assertive alert.
 */
export type Message = { kind: 'progress' | 'ok' | 'error'; text: string } | null;

/** `alertId` lets a field point its aria-describedby at the error that concerns it. */
export function Notice({ message, alertId }: { message: Message; alertId?: string }) {
  const polite = message && message.kind !== 'error' ? message : null;
  return (
    <>
      <div role="status" className={`notice ${polite?.kind === 'ok' ? 'is-ok' : ''}`}>
        {polite?.text ?? ''}
      </div>
      <div role="alert" id={alertId} className="notice is-error">
        {message?.kind === 'error' ? message.text : ''}
      </div>
    </>
  );
}
