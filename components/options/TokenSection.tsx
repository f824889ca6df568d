import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { i18n } from '#i18n';
import { send, type SetupState } from '@/utils/messaging/protocol';
import { normalizeToken } from '@/utils/token';
import { formatDateTime } from '@/utils/locale';
import { Notice, type Message } from './Notice';
import { TokenStatusCard } from './TokenStatusCard';

interface Props {
  setup: SetupState;
  onState: (state: SetupState) => void;
  tokenInput: RefObject<HTMLInputElement | null>;
}

type Busy = 'save' | 'check' | 'remove' | null;

/**
 * Paste, check and keep the API token. The page only ever holds what the recruiter
 * typed, until the worker has checked and stored it; after that the field is emptied
 * and only the last four characters are shown.
 */
export function TokenSection({ setup, onState, tokenInput }: Props) {
  const [value, setValue] = useState('');
  const [shown, setShown] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [confirming, setConfirming] = useState(false);
  const removeButton = useRef<HTMLButtonElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const status = setup.token;
  const hasToken = status.state !== 'none';

  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  async function saveToken(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const parsed = normalizeToken(value);
    if (!parsed.ok) {
      setFieldError(parsed.message);
      setMessage({ kind: 'error', text: parsed.message });
      tokenInput.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy('save');
    setMessage({ kind: 'progress', text: i18n.t('options_token_progress_save') });
    // The server named on this page: the worker refuses the token if the settings moved on meanwhile.
    const reply = await send({ type: 'token.save', token: parsed.token, origin: setup.settings.apiBaseUrl });
    setBusy(null);
    if (!reply.ok) {
      setMessage({ kind: 'error', text: reply.error.message });
      return;
    }
    if ('rejected' in reply.value) {
      setFieldError(reply.value.rejected);
      setMessage({ kind: 'error', text: reply.value.rejected });
      tokenInput.current?.focus();
      return;
    }
    onState(reply.value);
    setValue('');
    setShown(false);
    setConfirming(false);
    const hint = reply.value.token.hint;
    setMessage({ kind: 'ok', text: hint ? i18n.t('options_token_saved_hint', { hint }) : i18n.t('options_token_saved') });
  }

  async function checkAgain() {
    if (busy) return;
    const before = status.checkedAt;
    setBusy('check');
    setMessage({ kind: 'progress', text: i18n.t('options_token_progress_check') });
    const reply = await send({ type: 'token.check' });
    setBusy(null);
    if (!reply.ok) {
      setMessage({ kind: 'error', text: reply.error.message });
      return;
    }
    onState(reply.value);
    const after = reply.value.token;
    if (after.state === 'none') {
      setMessage({ kind: 'error', text: i18n.t('options_token_gone') });
    } else if (after.checkedAt === before || !after.checkedAt) {
      // The worker keeps the last known state when Hirempire could not be reached.
      setMessage({ kind: 'error', text: i18n.t('options_token_unreachable') });
    } else if (after.state === 'connected') {
      setMessage({ kind: 'ok', text: i18n.t('options_token_checked', { time: formatDateTime(after.checkedAt) }) });
    } else {
      setMessage({ kind: 'error', text: i18n.t('options_token_refused') });
    }
  }

  async function removeToken() {
    if (busy) return;
    setBusy('remove');
    const reply = await send({ type: 'token.remove' });
    setBusy(null);
    if (!reply.ok) {
      setMessage({ kind: 'error', text: reply.error.message });
      return;
    }
    onState(reply.value);
    setConfirming(false);
    setMessage({ kind: 'ok', text: i18n.t('options_token_removed') });
    tokenInput.current?.focus();
  }

  function cancelRemove() {
    setConfirming(false);
    // The button comes back on the next render; focus it then.
    requestAnimationFrame(() => removeButton.current?.focus());
  }

  const describedBy = ['token-server', 'token-hint', fieldError ? 'token-error' : null].filter(Boolean).join(' ');

  return (
    <section className="token" data-testid="token-section">
      <h2>{i18n.t('options_token_heading')}</h2>
      <p className="lead">{i18n.t('options_token_lead')}</p>

      <TokenStatusCard status={status} origin={setup.settings.apiBaseUrl} />

      {hasToken && !confirming && (
        <div className="actions token-actions">
          <button type="button" onClick={checkAgain} aria-disabled={busy !== null}>
            {busy === 'check' ? i18n.t('options_token_checking') : i18n.t('options_token_check_again')}
          </button>
          <button type="button" className="danger" ref={removeButton} onClick={() => setConfirming(true)} aria-disabled={busy !== null}>
            {i18n.t('options_token_remove')}
          </button>
        </div>
      )}
      {hasToken && confirming && (
        <div
          className="confirm"
          role="group"
          aria-labelledby="remove-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancelRemove();
          }}
        >
          <p id="remove-question">{i18n.t('options_token_remove_question')}</p>
          <div className="actions">
            <button type="button" className="danger" ref={confirmButton} onClick={removeToken} aria-disabled={busy !== null}>
              {busy === 'remove' ? i18n.t('options_token_removing') : i18n.t('options_token_remove_confirm')}
            </button>
            <button type="button" onClick={cancelRemove}>
              {i18n.t('options_cancel')}
            </button>
          </div>
        </div>
      )}

      <form onSubmit={saveToken} aria-busy={busy === 'save'} noValidate>
        <div className="field" style={{ marginTop: 16 }}>
          <label htmlFor="api-token">{i18n.t('options_token_label')}</label>
          <div className="field-row">
            <input
              id="api-token"
              ref={tokenInput}
              type={shown ? 'text' : 'password'}
              value={value}
              onChange={(event) => {
                setValue(event.target.value);
                if (fieldError) setFieldError(null);
              }}
              readOnly={busy === 'save'}
              autoComplete="off"
              autoCapitalize="off"
              spellCheck={false}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={describedBy}
            />
            <button type="button" aria-controls="api-token" onClick={() => setShown((s) => !s)}>
              {shown ? i18n.t('options_token_hide') : i18n.t('options_token_show')}
            </button>
          </div>
          <p id="token-server" className="hint" data-testid="token-server">
            {i18n.t('options_token_for_server', { origin: setup.settings.apiBaseUrl })}
          </p>
          <p id="token-hint" className="hint">
            {hasToken ? i18n.t('options_token_hint_replace') : i18n.t('options_token_hint_first')}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy !== null}>
            {busy === 'save' ? i18n.t('options_token_checking') : i18n.t('options_token_save')}
          </button>
        </div>
      </form>
      <Notice message={message} alertId="token-error" />
    </section>
  );
}
