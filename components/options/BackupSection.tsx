import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { i18n } from '#i18n';
import { send, type SetupState } from '@/utils/messaging/protocol';
import {
  readSettingsFile,
  settingsFileContent,
  settingsFileName,
  settingsFileSizeProblem,
  type SaveOutcome,
} from '@/utils/settings-file';
import { siteRulesItem, type Settings, type SiteRule } from '@/utils/storage';
import { BOARDS } from '@/utils/boards/registry';
import { formatDateTime } from '@/utils/locale';
import { Notice, type Message } from './Notice';

interface Props {
  setup: SetupState;
  onState: (state: SetupState) => void;
  saveSettings: (settings: Settings) => Promise<SaveOutcome>;
}

interface Preview {
  fileName: string;
  settings: Settings;
  /** null: a file older than site rules, which leaves the current ones alone. */
  siteRules: SiteRule[] | null;
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

  async function exportSettings() {
    const now = new Date();
    const name = settingsFileName(now);
    // This page is trusted: it reads the rules straight from storage, as the rules section does.
    const siteRules = await siteRulesItem.getValue();
    const blob = new Blob([settingsFileContent(setup.settings, now, siteRules)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    link.click();
    // The download has its own reference by now; the page no longer needs one.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: i18n.t('options_backup_exported', { file: name }) });
  }

  async function chooseFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Let the same file be chosen again after fixing it.
    event.target.value = '';
    if (!file) return;
    setPreview(null);
    const tooBig = settingsFileSizeProblem(file.size);
    if (tooBig) {
      setMessage({ kind: 'error', text: i18n.t('options_backup_file_problem', { file: file.name, problem: tooBig }) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: i18n.t('options_backup_unreadable', { file: file.name }) });
      return;
    }
    const result = readSettingsFile(text);
    if (!result.ok) {
      setMessage({ kind: 'error', text: i18n.t('options_backup_file_problem', { file: file.name, problem: result.message }) });
      return;
    }
    setMessage({ kind: 'progress', text: i18n.t('options_backup_valid', { file: file.name }) });
    setPreview({ fileName: file.name, settings: result.settings, siteRules: result.siteRules, exportedAt: result.exportedAt });
  }

  function applyImport() {
    if (!preview || busy) return;
    // First thing in the click: a custom API host is asked for while the gesture lasts.
    const { siteRules } = preview;
    const pending = saveSettings(preview.settings).then(async (outcome): Promise<SaveOutcome> => {
      if (!outcome.ok || !siteRules) return outcome;
      // Then the rules, checked again by the worker as the rules section's are.
      const saved = await send({ type: 'siteRules.save', rules: siteRules });
      if (!saved.ok) return { ok: false, message: saved.error.message };
      if ('rejected' in saved.value) return { ok: false, message: saved.value.rejected };
      return outcome;
    });
    setBusy(true);
    setMessage({ kind: 'progress', text: i18n.t('options_backup_progress') });
    void pending.then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: i18n.t('options_backup_import_failed', { reason: outcome.message }) });
        return;
      }
      const serverChanged = outcome.state.settings.apiBaseUrl !== setup.settings.apiBaseUrl;
      onState(outcome.state);
      setPreview(null);
      setMessage({
        kind: 'ok',
        text: serverChanged
          ? i18n.t('options_backup_imported_forgot', { file: preview.fileName, origin: outcome.state.settings.apiBaseUrl })
          : i18n.t('options_backup_imported', { file: preview.fileName }),
      });
      importButton.current?.focus();
    });
  }

  function cancelImport() {
    setPreview(null);
    setMessage({ kind: 'ok', text: i18n.t('options_backup_cancelled') });
    importButton.current?.focus();
  }

  // An import never changes the server silently: the token belongs to the current one.
  const currentServer = setup.settings.apiBaseUrl;
  const changesServer = preview !== null && preview.settings.apiBaseUrl !== currentServer;

  return (
    <section data-testid="backup-section">
      <h2>{i18n.t('options_backup_heading')}</h2>
      <p className="lead">{i18n.t('options_backup_lead')}</p>
      <div className="actions">
        <button type="button" onClick={() => void exportSettings()}>
          {i18n.t('options_backup_export')}
        </button>
        <button type="button" ref={importButton} onClick={() => fileInput.current?.click()}>
          {i18n.t('options_backup_import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          tabIndex={-1}
          aria-label={i18n.t('options_backup_file_label')}
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
          <h3 id="import-title">{i18n.t('options_backup_preview_title', { file: preview.fileName })}</h3>
          <ul>
            {preview.exportedAt && (
              <li>{i18n.t('options_backup_preview_exported', { time: formatDateTime(preview.exportedAt.getTime()) })}</li>
            )}
            {changesServer ? (
              <li data-testid="import-server-change">
                <strong>{i18n.t('options_backup_preview_origin_change', { from: currentServer, to: preview.settings.apiBaseUrl })}</strong>
              </li>
            ) : (
              <li>{i18n.t('options_backup_preview_origin', { origin: preview.settings.apiBaseUrl })}</li>
            )}
            {BOARDS.map(({ id, name }) => {
              const board = preview.settings.boards[id];
              const key = board.enabled ? 'options_backup_preview_board_on' : 'options_backup_preview_board_off';
              return <li key={id}>{i18n.t(key, { board: name, source: board.sourceName })}</li>;
            })}
            {preview.siteRules === null && <li>{i18n.t('options_backup_preview_site_rules_kept')}</li>}
            {preview.siteRules?.length === 0 && <li>{i18n.t('options_backup_preview_no_site_rules')}</li>}
            {preview.siteRules?.map((rule) => (
              <li key={rule.site}>{i18n.t('options_site_rule', { site: rule.site, source: rule.sourceName })}</li>
            ))}
          </ul>
          <p className="hint">
            {changesServer
              ? i18n.t('options_backup_preview_note_origin', { from: currentServer, to: preview.settings.apiBaseUrl })
              : i18n.t('options_backup_preview_note')}
          </p>
          <div className="actions">
            <button type="button" className="primary" ref={applyButton} onClick={applyImport} aria-disabled={busy}>
              {busy ? i18n.t('options_backup_applying') : i18n.t('options_backup_apply')}
            </button>
            <button type="button" onClick={cancelImport}>
              {i18n.t('options_cancel')}
            </button>
          </div>
        </div>
      )}
      <Notice message={message} />
    </section>
  );
}
