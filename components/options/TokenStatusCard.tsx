import { i18n } from '#i18n';
import { formatDateTime } from '@/utils/locale';
import type { TokenStatus } from '@/utils/storage';
import { interpolate } from '../interpolate';

type TokenState = TokenStatus['state'];

/** "Connected", "Invalid token"…: the state's short name, in the browser's language. */
export function tokenStateLabel(state: TokenState): string {
  const labels = {
    none: 'options_state_none',
    unchecked: 'options_state_unchecked',
    connected: 'options_state_connected',
    invalid: 'options_state_invalid',
  } as const satisfies Record<TokenState, string>;
  return i18n.t(labels[state]);
}

const EXPLANATIONS = {
  none: 'options_state_none_text',
  unchecked: 'options_state_unchecked_text',
  connected: 'options_state_connected_text',
  invalid: 'options_state_invalid_text',
} as const satisfies Record<TokenState, string>;

/** What the extension knows about the token, never the token itself. */
/** Names the server too: a token belongs to one server, and the status is about that one. */
export function TokenStatusCard({ status, origin }: { status: TokenStatus; origin: string }) {
  return (
    <div className={`status-card is-${status.state}`} data-testid="token-status">
      <dl>
        <dt>{i18n.t('options_status_server')}</dt>
        <dd>
          <code>{origin}</code>
        </dd>
        <dt>{i18n.t('options_status_label')}</dt>
        <dd>
          <span className="state">
            <span className="dot" aria-hidden="true" />
            {tokenStateLabel(status.state)}
          </span>
        </dd>
        {status.state !== 'none' && status.hint && (
          <>
            <dt>{i18n.t('options_status_saved_token')}</dt>
            <dd>{interpolate(i18n.t('options_status_ends_in', { hint: '{hint}' }), { hint: <code>{status.hint}</code> })}</dd>
          </>
        )}
        {status.state !== 'none' && (
          <>
            <dt>{i18n.t('options_status_last_check')}</dt>
            <dd>
              {status.checkedAt ? (
                <time dateTime={new Date(status.checkedAt).toISOString()}>{formatDateTime(status.checkedAt)}</time>
              ) : (
                i18n.t('options_status_never_checked')
              )}
            </dd>
          </>
        )}
      </dl>
      <p>{i18n.t(EXPLANATIONS[status.state])}</p>
    </div>
  );
}
