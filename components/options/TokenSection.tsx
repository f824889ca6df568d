import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { send, type SetupState } from '@/utils/messaging/protocol';
import { normalizeToken } from '@/utils/token';
import { formatCheckedAt } from './format';
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
    setMessage({ kind: 'progress', text: 'Checking the token with Hirempire…' });
    const reply = await send({ type: 'token.save', token: parsed.token });
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
    setMessage({ kind: 'ok', text: `Connected. Hirempire accepted the token${hint ? ` ending in ${hint}` : ''}, and it is saved.` });
  }

  async function checkAgain() {
    if (busy) return;
    const before = status.checkedAt;
    setBusy('check');
    setMessage({ kind: 'progress', text: 'Checking the saved token with Hirempire…' });
    const reply = await send({ type: 'token.check' });
    setBusy(null);
    if (!reply.ok) {
      setMessage({ kind: 'error', text: reply.error.message });
      return;
    }
    onState(reply.value);
    const after = reply.value.token;
    if (after.state === 'none') {
      setMessage({ kind: 'error', text: 'No token is saved any more. Paste your API token to connect.' });
    } else if (after.checkedAt === before || !after.checkedAt) {
      // The worker keeps the last known state when Hirempire could not be reached.
      setMessage({
        kind: 'error',
        text: 'Could not reach Hirempire to check the token, so its status was not changed. Check your internet connection, then try again.',
      });
    } else if (after.state === 'connected') {
      setMessage({ kind: 'ok', text: `Connected. Checked ${formatCheckedAt(after.checkedAt)}.` });
    } else {
      setMessage({
        kind: 'error',
        text: 'Hirempire did not accept the saved token. It may have been revoked or replaced: paste a new token.',
      });
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
    setMessage({ kind: 'ok', text: 'Token removed. The extension is no longer connected to Hirempire.' });
    tokenInput.current?.focus();
  }

  function cancelRemove() {
    setConfirming(false);
    // The button comes back on the next render; focus it then.
    requestAnimationFrame(() => removeButton.current?.focus());
  }

  const describedBy = ['token-hint', fieldError ? 'token-error' : null].filter(Boolean).join(' ');

  return (
    <section className="token" data-testid="token-section">
      <h2>API token</h2>
      <p className="lead">
        The extension reads your jobs’ sources with your Hirempire API token. It is kept in this browser and sent only
        to the Hirempire API.
      </p>

      <TokenStatusCard status={status} />

      {hasToken && !confirming && (
        <div className="actions token-actions">
          <button type="button" onClick={checkAgain} aria-disabled={busy !== null}>
            {busy === 'check' ? 'Checking…' : 'Check again'}
          </button>
          <button type="button" className="danger" ref={removeButton} onClick={() => setConfirming(true)} aria-disabled={busy !== null}>
            Remove token
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
          <p id="remove-question">
            Remove the saved token from this browser? Job sources and board buttons stop working until you add a token
            again.
          </p>
          <div className="actions">
            <button type="button" className="danger" ref={confirmButton} onClick={removeToken} aria-disabled={busy !== null}>
              {busy === 'remove' ? 'Removing…' : 'Yes, remove token'}
            </button>
            <button type="button" onClick={cancelRemove}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <form onSubmit={saveToken} aria-busy={busy === 'save'} noValidate>
        <div className="field" style={{ marginTop: 16 }}>
          <label htmlFor="api-token">API token</label>
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
              {shown ? 'Hide token' : 'Show token'}
            </button>
          </div>
          <p id="token-hint" className="hint">
            {hasToken
              ? 'To replace the saved token, paste a new one and save. '
              : 'Copy it from your Hirempire account. '}
            A copied “Bearer ” prefix and extra spaces are fine.
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy !== null}>
            {busy === 'save' ? 'Checking…' : 'Save token'}
          </button>
        </div>
      </form>
      <Notice message={message} alertId="token-error" />
    </section>
  );
}
