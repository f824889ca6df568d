import type { MessageError } from '@/utils/messaging/protocol';
import { formatAsOf } from '@/utils/popup/format';
import { Banner } from './Banner';

interface LookupErrorProps {
  error: MessageError;
  jobId: string;
  /** Data from an earlier answer is still on screen. */
  hasData: boolean;
  onRetry: () => void;
  onOpenSettings: () => void;
  onForgetJob: () => void;
}

/** Why a job's sources could not be loaded, and the one thing to do about it. */
export function LookupError({ error, jobId, hasData, onRetry, onOpenSettings, onForgetJob }: LookupErrorProps) {
  const retry = (
    <button type="button" className="btn btn--small" onClick={onRetry}>
      Retry
    </button>
  );
  switch (error.kind) {
    case 'job-not-found':
      return (
        <Banner
          tone="error"
          title="No job with this ID"
          actions={
            <button type="button" className="btn btn--small" onClick={onForgetJob}>
              Remove from recent jobs
            </button>
          }
        >
          <p>
            Hirempire has no job <code>{jobId}</code> in your account. Check the ID in Hirempire: the job may have
            been deleted, or belong to another account.
          </p>
        </Banner>
      );
    case 'invalid-token':
    case 'no-token':
      return (
        <Banner
          tone="error"
          title="Hirempire did not accept your API token"
          actions={
            <button type="button" className="btn btn--small btn--primary" onClick={onOpenSettings}>
              Open settings
            </button>
          }
        >
          <p>{error.message}</p>
        </Banner>
      );
    case 'bad-request':
      return <Banner tone="error" title="Could not look up this job">{error.message}</Banner>;
    case 'rate-limited':
      return (
        <Banner tone="error" title={hasData ? 'Could not refresh' : 'Could not load the sources'} actions={retry}>
          <p>
            {error.message}
            {'retryAt' in error && error.retryAt ? ` Hirempire asks to wait until ${formatAsOf(error.retryAt, Date.now())}.` : ''}
          </p>
        </Banner>
      );
    default:
      return (
        <Banner
          tone="error"
          title={hasData ? 'Could not refresh: showing the last data received' : 'Could not load the sources'}
          actions={error.kind === 'extension-updated' ? undefined : retry}
        >
          <p>{error.message}</p>
        </Banner>
      );
  }
}
