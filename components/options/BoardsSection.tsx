import { useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { SetupState } from '@/utils/messaging/protocol';
import { sourceNameProblem, type SaveOutcome } from '@/utils/settings-file';
import { MAX_SOURCE_NAME_LENGTH } from '@/utils/limits';
import { BOARDS, boardEntry, type BoardId } from '@/utils/boards/registry';
import type { Settings } from '@/utils/storage';
import { Notice, type Message } from './Notice';
import { useDrafts } from './use-draft';

interface Props {
  setup: SetupState;
  onState: (state: SetupState) => void;
  saveSettings: (settings: Settings) => Promise<SaveOutcome>;
}

/**
 * Per board: whether its posting forms get the "Copy tracked link" buttons (saved as
 * soon as the switch moves), and which Hirempire source is the board's own (saved
 * with the button, since it is typed).
 */
export function BoardsSection({ setup, onState, saveSettings }: Props) {
  const saved = setup.settings;
  const [drafts, setDraft] = useDrafts(
    Object.fromEntries(BOARDS.map(({ id }) => [id, saved.boards[id].sourceName])) as Record<BoardId, string>,
  );
  const [errors, setErrors] = useState<Partial<Record<BoardId, string>>>({});
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);
  /** While a switch is being saved, it shows where the recruiter put it. */
  const [pending, setPending] = useState<Partial<Record<BoardId, boolean>>>({});
  /**
   * What the saves still on their way will leave in storage. A second switch flipped
   * before the first save returns builds on this, not on the older saved settings,
   * so it cannot undo the first.
   */
  const intended = useRef<{ settings: Settings; inFlight: number } | null>(null);
  const base = () => intended.current?.settings ?? saved;

  function track(next: Settings, save: Promise<SaveOutcome>): Promise<SaveOutcome> {
    intended.current = { settings: next, inFlight: (intended.current?.inFlight ?? 0) + 1 };
    return save.then((outcome) => {
      const left = (intended.current?.inFlight ?? 1) - 1;
      // After a failure, or once everything has landed, the worker's answer is the truth again.
      intended.current = left > 0 && outcome.ok ? { ...intended.current!, inFlight: left } : null;
      return outcome;
    });
  }

  function toggle(board: BoardId, enabled: boolean) {
    // Only this switch changes: unsaved source names stay drafts.
    const current = base();
    const next: Settings = { ...current, boards: { ...current.boards, [board]: { ...current.boards[board], enabled } } };
    setPending((p) => ({ ...p, [board]: enabled }));
    const { name } = boardEntry(board);
    void track(next, saveSettings(next)).then((outcome) => {
      setPending((p) => ({ ...p, [board]: undefined }));
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: i18n.t('options_board_switch_failed', { board: name, reason: outcome.message }) });
        return;
      }
      onState(outcome.state);
      setMessage({
        kind: 'ok',
        text: i18n.t(enabled ? 'options_board_on' : 'options_board_off', { board: name }),
      });
    });
  }

  function saveNames(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: Partial<Record<BoardId, string>> = {};
    for (const { id, name } of BOARDS) {
      const problem = sourceNameProblem(drafts[id], name);
      if (problem) found[id] = problem;
    }
    setErrors(found);
    const first = BOARDS.find(({ id }) => found[id])?.id;
    if (first) {
      setMessage({ kind: 'error', text: found[first]! });
      document.getElementById(`${first}-source`)?.focus();
      return;
    }
    const current = base();
    const next: Settings = {
      ...current,
      boards: Object.fromEntries(
        BOARDS.map(({ id }) => [id, { ...current.boards[id], sourceName: drafts[id].trim() }]),
      ) as Settings['boards'],
    };
    setBusy(true);
    setMessage({ kind: 'progress', text: i18n.t('options_boards_progress') });
    void track(next, saveSettings(next)).then((outcome) => {
      setBusy(false);
      if (!outcome.ok) {
        setMessage({ kind: 'error', text: i18n.t('options_boards_save_failed', { reason: outcome.message }) });
        return;
      }
      onState(outcome.state);
      for (const { id } of BOARDS) setDraft(id, outcome.state.settings.boards[id].sourceName);
      setMessage({ kind: 'ok', text: i18n.t('options_boards_saved') });
    });
  }

  return (
    <section data-testid="boards-section">
      <h2>{i18n.t('options_boards_heading')}</h2>
      <p className="lead">{i18n.t('options_boards_lead')}</p>
      <form onSubmit={saveNames} noValidate aria-busy={busy}>
        {BOARDS.map(({ id, name }) => {
          const checked = pending[id] ?? saved.boards[id].enabled;
          return (
            <fieldset className="board" key={id}>
              <legend>{name}</legend>
              <div className="switch-row">
                <input
                  id={`${id}-enabled`}
                  type="checkbox"
                  role="switch"
                  checked={checked}
                  onChange={(event) => toggle(id, event.target.checked)}
                />
                <label htmlFor={`${id}-enabled`}>{i18n.t('options_board_switch', { board: name })}</label>
              </div>
              <label htmlFor={`${id}-source`}>{i18n.t('options_board_source_label', { board: name })}</label>
              <input
                id={`${id}-source`}
                type="text"
                value={drafts[id]}
                maxLength={MAX_SOURCE_NAME_LENGTH}
                autoComplete="off"
                spellCheck={false}
                onChange={(event) => {
                  setDraft(id, event.target.value);
                  if (errors[id]) setErrors((e) => ({ ...e, [id]: undefined }));
                }}
                aria-invalid={errors[id] ? true : undefined}
                aria-describedby={`${id}-source-hint${errors[id] ? ' boards-error' : ''}`}
              />
              <p id={`${id}-source-hint`} className="hint">
                {i18n.t('options_board_source_hint', { board: name })}
              </p>
            </fieldset>
          );
        })}
        <div className="actions">
          <button type="submit" className="primary" aria-disabled={busy}>
            {busy ? i18n.t('options_saving') : i18n.t('options_boards_save')}
          </button>
        </div>
      </form>
      <Notice message={message} alertId="boards-error" />
    </section>
  );
}
