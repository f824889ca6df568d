import { useState, type FormEvent } from 'react';
import { normalizeApiOrigin } from '@/utils/api-origin';
import type { SetupState } from '@/utils/messaging/protocol';
import type { SaveOutcome } from '@/utils/settings-file';
import { DEFAULT_API_BASE_URL, type Settings } from '@/utils/storage';
import { Notice, type Message } from './Notice';
import { TOKEN_STATE_LABELS } from './TokenStatusCard';
import { useDraft } from './use-draft';

interface Props {
  setup: SetupState;
  onState: (state: SetupState) => void;
  saveSettings: (settings: Settings) => Promise<SaveOutcome>;
  /** False when a custom API host is saved but the browser no longer lets the extension reach it. */
  hostAllowed: boolean;
}

/**
 * The API server. A custom one is asked for as a host permission when saved (the
 * browser shows its prompt); the worker then clears the cache and re-checks the token.
 */
export function AdvancedSection({ setup, onState, saveSettings, hostAllowed }: Props) {
  const saved = setup.settings.apiBaseUrl;
  const [draft, setDraft] = useDraft(saved);
  const [invalid, setInvalid] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  /** Runs inside the click: `saveSettings` asks for the permission before anything is awaited. */
  function apply(address: string) {
    if (busy) return;
    const origin = normalizeApiOrigin(address);
    if (!origin.ok) {
      setInvalid(true);
      setMessage({ kind: 'error', text: origin.message });
      document.getElementById('api-base-url')?.focus();
      return;
    }
    setInvalid(false);
    const previous = setup;
    const pending = saveSettings({ ...setup.settings, apiBaseUrl: origin.origin });
    setBusy(true);
    setMessage({
      kind: 'progress',
      text:
        origin.origin === DEFAULT_API_BASE_URL
          ? 'Saving…'
          : `Saving… If your browser asks, allow the extension to reach ${origin.origin}.`,
    });
    void pending.then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: outcome.message });
        return;
      }
      onState(outcome.state);
      setDraft(outcome.state.settings.apiBaseUrl);
      setMessage(describeSaved(previous, outcome.state));
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    apply(draft);
  }

  const isCustom = saved !== DEFAULT_API_BASE_URL;
  return (
    <section data-testid="advanced-section">
      <h2>Advanced</h2>
      <p className="lead">
        Change the server only if Hirempire gave you another address, for example for a test or self-hosted setup.
      </p>
      {isCustom && !hostAllowed && (
        <p className="banner" data-testid="host-permission-missing">
          <strong>The extension is not allowed to reach {saved}.</strong>
          Save the address again and allow access, or reset to the default server.
        </p>
      )}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor="api-base-url">API base URL</label>
          <input
            id="api-base-url"
            type="url"
            inputMode="url"
            value={draft}
            onChange={(event) => {
              setDraft(event.target.value);
              if (invalid) setInvalid(false);
            }}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={invalid ? true : undefined}
            aria-describedby={`api-base-url-hint${invalid ? ' advanced-error' : ''}`}
          />
          <p id="api-base-url-hint" className="hint">
            Default: {DEFAULT_API_BASE_URL}. It must start with https:// (http:// only for localhost, for development).
            Changing it clears cached sources and checks your token with the new server.
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? 'Saving…' : 'Save API base URL'}
          </button>
          <button type="button" aria-disabled={busy} onClick={() => apply(DEFAULT_API_BASE_URL)}>
            Reset to default
          </button>
        </div>
      </form>
      <Notice message={message} alertId="advanced-error" />
    </section>
  );
}

function describeSaved(previous: SetupState, next: SetupState): Message {
  const address = next.settings.apiBaseUrl;
  if (previous.settings.apiBaseUrl === address) return { kind: 'ok', text: `Saved. The extension uses ${address}.` };
  const token = next.token;
  if (token.state === 'none') return { kind: 'ok', text: `Saved. The extension now uses ${address}.` };
  if (token.state === 'invalid') {
    return { kind: 'error', text: `Saved. The extension now uses ${address}, but that server did not accept your API token.` };
  }
  if (token.state === 'connected' && token.checkedAt !== previous.token.checkedAt) {
    return { kind: 'ok', text: `Saved. The extension now uses ${address}, and your token works there: connected.` };
  }
  return {
    kind: 'error',
    text: `Saved. The extension now uses ${address}, but it could not reach that server to check your token (status: ${TOKEN_STATE_LABELS[token.state].toLowerCase()}).`,
  };
}
