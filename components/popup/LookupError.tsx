import { i18n } from '#i18n';
import { interpolate } from '@/components/interpolate';
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

/**
 * Why a job's sources could not be loaded, and the one thing to do about it. A refused or
 * missing token is not here: the popup shows its own banner for it (App.tsx), not this one.
 */
export function LookupError({ error, jobId, hasData, onRetry, onOpenSettings, onForgetJob }: LookupErrorProps) {
  const retry = (
    <button type="button" className="btn btn--small" onClick={onRetry}>
      {i18n.t('popup_retry')}
    </button>
  );
  switch (error.kind) {
    case 'job-not-found':
      return (
        <Banner
          tone="error"
          title={i18n.t('popup_not_found_title')}
          actions={
            <button type="button" className="btn btn--small" onClick={onForgetJob}>
              {i18n.t('popup_forget_job')}
            </button>
          }
        >
          <p>{interpolate(i18n.t('popup_not_found_text', { id: '{id}' }), { id: <code>{jobId}</code> })}</p>
        </Banner>
      );
    case 'redirect':
      // Retrying would meet the same redirect: the API address is what to check.
      return (
        <Banner
          tone="error"
          title={hasData ? i18n.t('popup_refresh_failed_kept') : i18n.t('popup_load_failed')}
          actions={
            <button type="button" className="btn btn--small btn--primary" onClick={onOpenSettings}>
              {i18n.t('popup_open_settings')}
            </button>
          }
        >
          <p>{error.message}</p>
        </Banner>
      );
    case 'bad-request':
      return <Banner tone="error" title={i18n.t('popup_bad_request_title')}>{error.message}</Banner>;
    case 'rate-limited':
      return (
        <Banner tone="error" title={hasData ? i18n.t('popup_refresh_failed') : i18n.t('popup_load_failed')} actions={retry}>
          <p>
            {error.message}
            {'retryAt' in error && error.retryAt
              ? ` ${i18n.t('popup_rate_limited_until', { time: formatAsOf(error.retryAt, Date.now()) })}`
              : ''}
          </p>
        </Banner>
      );
    default:
      return (
        <Banner
          tone="error"
          title={hasData ? i18n.t('popup_refresh_failed_kept') : i18n.t('popup_load_failed')}
          actions={error.kind === 'extension-updated' ? undefined : retry}
        >
          <p>{error.message}</p>
        </Banner>
      );
  }
}
