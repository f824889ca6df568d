import type { TokenStatus } from '@/utils/storage';
import { formatCheckedAt } from './format';

export const TOKEN_STATE_LABELS: Record<TokenStatus['state'], string> = {
  none: 'Not set up',
  unchecked: 'Not checked',
  connected: 'Connected',
  invalid: 'Invalid token',
};

const EXPLANATIONS: Record<TokenStatus['state'], string> = {
  none: 'Paste your Hirempire API token below to connect the extension to your account.',
  unchecked: 'The saved token has not been checked against the current server yet.',
  connected: 'Hirempire accepts the saved token: job sources and board buttons work.',
  invalid:
    'Hirempire no longer accepts the saved token. It may have been revoked or replaced: paste a new token below.',
};

/** What the extension knows about the token, never the token itself. */
export function TokenStatusCard({ status }: { status: TokenStatus }) {
  return (
    <div className={`status-card is-${status.state}`} data-testid="token-status">
      <dl>
        <dt>Status</dt>
        <dd>
          <span className="state">
            <span className="dot" aria-hidden="true" />
            {TOKEN_STATE_LABELS[status.state]}
          </span>
        </dd>
        {status.state !== 'none' && status.hint && (
          <>
            <dt>Saved token</dt>
            <dd>
              ends in <code>{status.hint}</code>
            </dd>
          </>
        )}
        {status.state !== 'none' && (
          <>
            <dt>Last check</dt>
            <dd>
              {status.checkedAt ? (
                <time dateTime={new Date(status.checkedAt).toISOString()}>{formatCheckedAt(status.checkedAt)}</time>
              ) : (
                'Not checked yet'
              )}
            </dd>
          </>
        )}
      </dl>
      <p>{EXPLANATIONS[status.state]}</p>
    </div>
  );
}
