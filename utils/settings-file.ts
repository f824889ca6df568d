import { normalizeApiOrigin, originPermissionPattern } from './api-origin';
import type { Reply, SetupState } from './messaging/protocol';
import { BOARD_IDS, DEFAULT_API_BASE_URL, type BoardId, type BoardSettings, type Settings } from './storage';

/**
 * Settings the recruiter brings in from outside the form: a backup file written by
 * "Export settings" and read back by "Import settings", and the one way every
 * settings change is saved (asking for a custom API host first).
 *
 * The token is never part of a settings file: `Settings` has no token, and the file
 * is built field by field, so nothing else can ride along.
 */
export const SETTINGS_FILE_FORMAT = 'hirempire-extension-settings';
export const SETTINGS_FILE_VERSION = 1;
/** A real file is well under 1 KB; anything near this is not ours, and is not read at all. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;
/** Same limit as the worker's schema for a source name. */
export const MAX_SOURCE_NAME_LENGTH = 100;

export const BOARD_NAMES: Record<BoardId, string> = { linkedin: 'LinkedIn', indeed: 'Indeed' };

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
}

/** Only the known fields, in a fixed order: whatever else an object carries stays out of the file. */
function pickSettings(settings: Settings): Settings {
  const boards = {} as Record<BoardId, BoardSettings>;
  for (const id of BOARD_IDS) {
    boards[id] = { enabled: settings.boards[id].enabled, sourceName: settings.boards[id].sourceName };
  }
  return { apiBaseUrl: settings.apiBaseUrl, boards };
}

export function settingsFileContent(settings: Settings, now: Date = new Date()): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: pickSettings(settings),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** hirempire-settings-2026-03-14.json, in the recruiter's own calendar day. */
export function settingsFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `hirempire-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type SettingsFileResult =
  | { ok: true; settings: Settings; exportedAt: Date | null }
  | { ok: false; message: string };

const fail = (message: string): SettingsFileResult => ({ ok: false, message });

/** Checked before reading: a huge file is refused without loading it. */
export function settingsFileSizeProblem(bytes: number): string | null {
  if (bytes > MAX_SETTINGS_FILE_BYTES) {
    return `This file is too large to be a Hirempire settings file (${Math.ceil(bytes / 1024)} KB; a settings file is under 100 KB). Nothing was changed.`;
  }
  if (bytes === 0) return 'This file is empty. Choose a file made with “Export settings”. Nothing was changed.';
  return null;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a settings file. Every problem becomes one sentence a recruiter can act on;
 * nothing is half-applied, because the caller only ever gets a whole, valid Settings.
 */
export function readSettingsFile(text: string): SettingsFileResult {
  const sizeProblem = settingsFileSizeProblem(new TextEncoder().encode(text).length);
  if (sizeProblem) return fail(sizeProblem);

  let data: unknown;
  try {
    // Some editors save a byte-order mark; it is not part of the JSON.
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This file is not a Hirempire settings file: it is not valid JSON. Nothing was changed.');
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return fail('This is not a Hirempire settings file. Choose a file made with “Export settings”. Nothing was changed.');
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail('This settings file has no valid version number, so it cannot be read. Nothing was changed.');
  }
  if (data.version > SETTINGS_FILE_VERSION) {
    return fail('This settings file was made by a newer version of the extension. Update the extension, then import it again. Nothing was changed.');
  }

  const settings = readSettings(data.settings);
  if (!settings.ok) return fail(`This settings file is damaged: ${settings.message} Nothing was changed.`);

  const exportedAt = typeof data.exportedAt === 'string' ? new Date(data.exportedAt) : null;
  return { ok: true, settings: settings.settings, exportedAt: exportedAt && !Number.isNaN(exportedAt.getTime()) ? exportedAt : null };
}

type Checked = { ok: true; settings: Settings } | { ok: false; message: string };

const SETTINGS_KEYS = ['apiBaseUrl', 'boards'];
const BOARD_KEYS = ['enabled', 'sourceName'];

function unknownKey(record: Record<string, unknown>, known: string[]): string | undefined {
  return Object.keys(record).find((key) => !known.includes(key));
}

/** Strict on purpose: an unexpected field (say, a token someone added by hand) refuses the file. */
function readSettings(value: unknown): Checked {
  if (!isRecord(value)) return { ok: false, message: 'it has no settings.' };
  const extra = unknownKey(value, SETTINGS_KEYS);
  if (extra) return { ok: false, message: `it contains “${extra}”, which is not a setting.` };

  if (typeof value.apiBaseUrl !== 'string') return { ok: false, message: 'the API base URL is missing or not text.' };
  const origin = normalizeApiOrigin(value.apiBaseUrl);
  if (!origin.ok) return { ok: false, message: `the API base URL “${value.apiBaseUrl.slice(0, 200)}” is not valid. ${origin.message}` };

  if (!isRecord(value.boards)) return { ok: false, message: 'the job board settings are missing.' };
  const extraBoard = unknownKey(value.boards, [...BOARD_IDS]);
  if (extraBoard) return { ok: false, message: `it contains a job board “${extraBoard}” this extension does not know.` };

  const boards = {} as Record<BoardId, BoardSettings>;
  for (const id of BOARD_IDS) {
    const name = BOARD_NAMES[id];
    const board = value.boards[id];
    if (!isRecord(board)) return { ok: false, message: `the ${name} settings are missing.` };
    const extraField = unknownKey(board, BOARD_KEYS);
    if (extraField) return { ok: false, message: `the ${name} settings contain “${extraField}”, which is not a setting.` };
    if (typeof board.enabled !== 'boolean') {
      return { ok: false, message: `the ${name} buttons switch must be true or false.` };
    }
    if (typeof board.sourceName !== 'string') return { ok: false, message: `the ${name} source name must be text.` };
    const problem = sourceNameProblem(board.sourceName, name);
    if (problem) return { ok: false, message: problem };
    boards[id] = { enabled: board.enabled, sourceName: board.sourceName.trim() };
  }
  return { ok: true, settings: { apiBaseUrl: origin.origin, boards } };
}

/** Shared by the form and the file: the worker refuses the same names. */
export function sourceNameProblem(sourceName: string, boardName: string): string | null {
  const trimmed = sourceName.trim();
  if (!trimmed) return `Enter the name of the Hirempire source that counts as ${boardName}’s.`;
  if (trimmed.length > MAX_SOURCE_NAME_LENGTH) {
    return `The ${boardName} source name is too long (at most ${MAX_SOURCE_NAME_LENGTH} characters).`;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Saving: the one path for the form, the switches, "Reset to default" and imports.

export type SaveOutcome = { ok: true; state: SetupState } | { ok: false; message: string };

export interface SaveDeps {
  /** browser.permissions.request({ origins }) — must be reached without an await before it. */
  requestAccess: (origins: string[]) => Promise<boolean>;
  /** send({ type: 'settings.save', settings }) */
  save: (settings: Settings) => Promise<Reply<SetupState | { rejected: string }>>;
}

/**
 * Saves settings, first asking the browser for access to a custom API host.
 *
 * Call it straight from the click (or submit) handler: browsers only show the
 * permission prompt during the user's gesture, and Firefox forgets the gesture at
 * the first await. So the permission request is the first thing that happens, in
 * the same synchronous turn; only then do we wait.
 */
export function saveSettingsWithAccess(input: Settings, deps: SaveDeps): Promise<SaveOutcome> {
  const origin = normalizeApiOrigin(input.apiBaseUrl);
  if (!origin.ok) return Promise.resolve({ ok: false, message: origin.message });
  const settings = { ...pickSettings(input), apiBaseUrl: origin.origin };

  let access: Promise<boolean> = Promise.resolve(true);
  if (origin.origin !== DEFAULT_API_BASE_URL) {
    try {
      access = deps.requestAccess([originPermissionPattern(origin.origin)]);
    } catch (error) {
      access = Promise.reject(error);
    }
  }
  return finishSave(settings, origin.origin, access, deps);
}

async function finishSave(settings: Settings, origin: string, access: Promise<boolean>, deps: SaveDeps): Promise<SaveOutcome> {
  let granted: boolean;
  try {
    granted = await access;
  } catch {
    return { ok: false, message: `The browser did not let the extension ask for access to ${origin}. Click the button again to retry.` };
  }
  if (!granted) {
    return { ok: false, message: `Access to ${origin} was not allowed, so nothing was changed. To use this server, save again and choose Allow.` };
  }
  const reply = await deps.save(settings);
  if (!reply.ok) return { ok: false, message: reply.error.message };
  if ('rejected' in reply.value) return { ok: false, message: reply.value.rejected };
  return { ok: true, state: reply.value };
}
