import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { SetupState } from '@/utils/messaging/protocol';
import {
  BOARD_NAMES,
  readSettingsFile,
  settingsFileContent,
  settingsFileName,
  settingsFileSizeProblem,
  type SaveOutcome,
} from '@/utils/settings-file';
import { BOARD_IDS, type Settings } from '@/utils/storage';
import { formatCheckedAt } from './format';
import { Notice, type Message } from './Notice';

interface Props {
  setup: SetupState;
  onState: (state: SetupState) => void;
  saveSettings: (settings: Settings) => Promise<SaveOutcome>;
}

interface Preview {
  fileName: string;
  settings: Settings;
  exportedAt: Date | null;
}

/**
 * Settings to and from a JSON file (never the token). An import is shown before it is
 * applied: the recruiter confirms with a click, which is also the gesture the browser
 * needs to ask for a custom API host.
 */
export function BackupSection({ setup, onState, saveSettings }: Props) {
  const fileInput = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const applyButton = useRef<HTMLButtonElement>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (preview) applyButton.current?.focus();
  }, [preview]);

  function exportSettings() {
    const now = new Date();
    const name = settingsFileName(now);
    const blob = new Blob([settingsFileContent(setup.settings, now)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The download has its own reference by now; the page no longer needs one.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: `Settings exported to ${name}. The file does not contain your API token.` });
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Let the same file be chosen again after fixing it.
    event.target.value = '';
    if (!file) return;
    setPreview(null);
    const tooBig = settingsFileSizeProblem(file.size);
    if (tooBig) {
      setMessage({ kind: 'error', text: `“${file.name}”: ${tooBig}` });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: `“${file.name}” could not be read. Nothing was changed.` });
      return;
    }
    const result = readSettingsFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `“${file.name}”: ${result.message}` });
      return;
    }
    setMessage({ kind: 'progress', text: `“${file.name}” is a valid settings file. Review it, then choose “Import these settings”.` });
    setPreview({ fileName: file.name, settings: result.settings, exportedAt: result.exportedAt });
  }

  function applyImport() {
    if (!preview || busy) return;
    // First thing in the click: a custom API host is asked for while the gesture lasts.
    const pending = saveSettings(preview.settings);
    setBusy(true);
    setMessage({ kind: 'progress', text: 'Importing settings…' });
    void pending.then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: `The settings were not imported: ${outcome.message}` });
        return;
      }
      onState(outcome.state);
      setPreview(null);
      setMessage({ kind: 'ok', text: `Settings imported from “${preview.fileName}”.` });
      importButton.current?.focus();
    });
  }

  function cancelImport() {
    setPreview(null);
    setMessage({ kind: 'ok', text: 'Import cancelled. Nothing was changed.' });
    importButton.current?.focus();
  }

  return (
    <section data-testid="backup-section">
      <h2>Backup</h2>
      <p className="lead">
        Save these settings to a file, or load them in another browser. The file never contains your API token: add
        the token again after importing.
      </p>
      <div className="actions">
        <button type="button" onClick={exportSettings}>
          Export settings
        </button>
        <button type="button" ref={importButton} onClick={() => fileInput.current?.click()}>
          Import settings…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-label="Settings file to import"
          onChange={(event) => void chooseFile(event)}
        />
      </div>
      {preview && (
        <div
          className="import-preview"
          role="group"
          aria-labelledby="import-title"
          onKeyDown={(event) => {
            if (event.key === 'Escape') cancelImport();
          }}
        >
          <h3 id="import-title">Import settings from “{preview.fileName}”?</h3>
          <ul>
            {preview.exportedAt && <li>Exported {formatCheckedAt(preview.exportedAt.getTime())}</li>}
            <li>API base URL: {preview.settings.apiBaseUrl}</li>
            {BOARD_IDS.map((id) => (
              <li key={id}>
                {BOARD_NAMES[id]}: buttons {preview.settings.boards[id].enabled ? 'on' : 'off'}, source “
                {preview.settings.boards[id].sourceName}”
              </li>
            ))}
          </ul>
          <p className="hint">These replace your current settings. Your API token stays as it is.</p>
          <div className="actions">
            <button type="button" className="primary" ref={applyButton} onClick={applyImport} aria-disabled={busy}>
              {busy ? 'Importing…' : 'Import these settings'}
            </button>
            <button type="button" onClick={cancelImport}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <Notice message={message} />
    </section>
  );
}
