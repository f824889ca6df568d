import { useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { normalizeApiOrigin } from '@/utils/api-origin';
import type { SetupState } from '@/utils/messaging/protocol';
import type { SaveOutcome } from '@/utils/settings-file';
import { DEFAULT_API_BASE_URL, type Settings } from '@/utils/storage';
import { Notice, type Message } from './Notice';
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
 * browser shows its prompt); the worker then clears the cache and forgets the token,
 * which was saved for the previous server.
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
          ? i18n.t('options_saving')
          : i18n.t('options_advanced_progress_ask', { origin: origin.origin }),
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
      <h2>{i18n.t('options_advanced_heading')}</h2>
      <p className="lead">{i18n.t('options_advanced_lead')}</p>
      {isCustom && !hostAllowed && (
        <p className="banner" data-testid="host-permission-missing">
          <strong>{i18n.t('options_advanced_host_missing_title', { origin: saved })}</strong>{' '}
          {i18n.t('options_advanced_host_missing_text')}
        </p>
      )}
      <form onSubmit={submit} noValidate aria-busy={busy}>
        <div className="field">
          <label htmlFor="api-base-url">{i18n.t('options_advanced_label')}</label>
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
            {i18n.t('options_advanced_hint', { default: DEFAULT_API_BASE_URL })}
          </p>
        </div>
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? i18n.t('options_saving') : i18n.t('options_advanced_save')}
          </button>
          <button type="button" aria-disabled={busy} onClick={() => apply(DEFAULT_API_BASE_URL)}>
            {i18n.t('options_advanced_reset')}
          </button>
        </div>
      </form>
      <Notice message={message} alertId="advanced-error" />
    </section>
  );
}

function describeSaved(previous: SetupState, next: SetupState): Message {
  const address = next.settings.apiBaseUrl;
  const before = previous.settings.apiBaseUrl;
  if (before === address) return { kind: 'ok', text: i18n.t('options_advanced_saved_same', { origin: address }) };
  // The token was for the previous server: the worker forgot it rather than send it to this one.
  if (previous.token.state === 'none') return { kind: 'ok', text: i18n.t('options_advanced_saved_new', { origin: address }) };
  return { kind: 'ok', text: i18n.t('options_advanced_saved_forgot', { origin: address, previous: before }) };
}
