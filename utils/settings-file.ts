import { i18n } from '#i18n';
import { normalizeApiOrigin, originPermissionPattern } from './api-origin';
import { MAX_SOURCE_NAME_LENGTH } from './limits';
import { formatNumber } from './locale';
import type { Reply, SetupState } from './messaging/protocol';
import { BOARD_IDS, BOARDS, type BoardId } from './boards/registry';
import { normalizeSite, MAX_SITE_RULES } from './site-match';
import { DEFAULT_API_BASE_URL, DEFAULT_SETTINGS, type BoardSettings, type Settings, type SiteRule } from './storage';

/**
 * Settings the recruiter brings in from outside the form: a backup file written by
 * "Export settings" and read back by "Import settings", and the one way every
 * settings change is saved (asking for a custom API host first).
 *
 * The token is never part of a settings file: `Settings` has no token, and the file
 * is built field by field, so nothing else can ride along.
 */
export const SETTINGS_FILE_FORMAT = 'hirempire-extension-settings';
/**
 * 1: the boards of the time. 2: the stored settings' version 2 (storage.ts), every board of the
 * registry. 3: the recruiter's site rules beside the settings. A file of an older version is
 * upgraded on reading; bump this with SETTINGS_VERSION, and whenever the file's shape changes.
 */
export const SETTINGS_FILE_VERSION = 3;
/** From version 2, a file names every board of the registry: an older one gets the boards added since. */
const EVERY_BOARD_SINCE = 2;
/** The first file version that carries site rules: an older file leaves the current rules alone. */
const SITE_RULES_SINCE = 3;
/** A real file is well under 1 KB; anything near this is not ours, and is not read at all. */
export const MAX_SETTINGS_FILE_BYTES = 100 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FILE_FORMAT;
  version: typeof SETTINGS_FILE_VERSION;
  exportedAt: string;
  settings: Settings;
  /** "On stepstone.de, use the source 'StepStone DE'" (utils/site-match.ts). */
  siteRules: SiteRule[];
}

/** Only the known fields, in a fixed order: whatever else an object carries stays out of the file. */
function pickSettings(settings: Settings): Settings {
  const boards = {} as Record<BoardId, BoardSettings>;
  for (const id of BOARD_IDS) {
    boards[id] = { enabled: settings.boards[id].enabled, sourceName: settings.boards[id].sourceName };
  }
  return { apiBaseUrl: settings.apiBaseUrl, boards };
}

export function settingsFileContent(settings: Settings, now: Date = new Date(), siteRules: readonly SiteRule[] = []): string {
  const file: SettingsFile = {
    format: SETTINGS_FILE_FORMAT,
    version: SETTINGS_FILE_VERSION,
    exportedAt: now.toISOString(),
    settings: pickSettings(settings),
    siteRules: siteRules.map(({ site, sourceName }) => ({ site, sourceName })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** hirempire-settings-2026-03-14.json, in the recruiter's own calendar day. */
export function settingsFileName(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `hirempire-settings-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type SettingsFileResult =
  /** `siteRules` is null for a file older than site rules: importing it leaves the current ones as they are. */
  | { ok: true; settings: Settings; siteRules: SiteRule[] | null; exportedAt: Date | null }
  | { ok: false; message: string };

const fail = (message: string): SettingsFileResult => ({ ok: false, message });

/** Checked before reading: a huge file is refused without loading it. */
export function settingsFileSizeProblem(bytes: number): string | null {
  if (bytes > MAX_SETTINGS_FILE_BYTES) {
    return i18n.t('settings_file_too_large', {
      size: formatNumber(Math.ceil(bytes / 1024)),
      limit: formatNumber(MAX_SETTINGS_FILE_BYTES / 1024),
    });
  }
  if (bytes === 0) return i18n.t('settings_file_empty');
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
    return fail(i18n.t('settings_file_not_json'));
  }
  if (!isRecord(data) || data.format !== SETTINGS_FILE_FORMAT) {
    return fail(i18n.t('settings_file_wrong_format'));
  }
  if (typeof data.version !== 'number' || !Number.isInteger(data.version) || data.version < 1) {
    return fail(i18n.t('settings_file_bad_version'));
  }
  if (data.version > SETTINGS_FILE_VERSION) {
    return fail(i18n.t('settings_file_newer_version'));
  }

  const settings = readSettings(data.version < EVERY_BOARD_SINCE ? upgradeSettings(data.settings) : data.settings);
  if (!settings.ok) return fail(i18n.t('settings_file_damaged', { problem: settings.message }));
  const siteRules = data.version < SITE_RULES_SINCE ? { ok: true as const, rules: null } : readSiteRules(data.siteRules);
  if (!siteRules.ok) return fail(i18n.t('settings_file_damaged', { problem: siteRules.message }));

  const exportedAt = typeof data.exportedAt === 'string' ? new Date(data.exportedAt) : null;
  return {
    ok: true,
    settings: settings.settings,
    siteRules: siteRules.rules,
    exportedAt: exportedAt && !Number.isNaN(exportedAt.getTime()) ? exportedAt : null,
  };
}

/**
 * A file of an earlier version, brought up to this one before it is checked, as the stored
 * settings are (storage.ts): version 1 files may lack a board added since, which gets its
 * defaults. Only what is missing is added; everything in the file is still checked as strictly.
 */
function upgradeSettings(value: unknown): unknown {
  if (!isRecord(value) || !isRecord(value.boards)) return value;
  const boards: Record<string, unknown> = { ...value.boards };
  for (const { id } of BOARDS) if (!(id in boards)) boards[id] = { ...DEFAULT_SETTINGS.boards[id] };
  return { ...value, boards };
}

type Checked = { ok: true; settings: Settings } | { ok: false; message: string };

const SETTINGS_KEYS = ['apiBaseUrl', 'boards'];
const SITE_RULE_KEYS = ['site', 'sourceName'];
const BOARD_KEYS = ['enabled', 'sourceName'];

function unknownKey(record: Record<string, unknown>, known: string[]): string | undefined {
  return Object.keys(record).find((key) => !known.includes(key));
}

/** Strict on purpose: an unexpected field (say, a token someone added by hand) refuses the file. */
function readSettings(value: unknown): Checked {
  const problem = (message: string): Checked => ({ ok: false, message });
  if (!isRecord(value)) return problem(i18n.t('settings_file_problem_no_settings'));
  const extra = unknownKey(value, SETTINGS_KEYS);
  if (extra) return problem(i18n.t('settings_file_problem_unknown_setting', { name: extra }));

  if (typeof value.apiBaseUrl !== 'string') return problem(i18n.t('settings_file_problem_origin_missing'));
  const origin = normalizeApiOrigin(value.apiBaseUrl);
  if (!origin.ok) {
    return problem(i18n.t('settings_file_problem_origin_invalid', { address: value.apiBaseUrl.slice(0, 200), reason: origin.message }));
  }

  if (!isRecord(value.boards)) return problem(i18n.t('settings_file_problem_boards_missing'));
  const extraBoard = unknownKey(value.boards, [...BOARD_IDS]);
  if (extraBoard) return problem(i18n.t('settings_file_problem_unknown_board', { name: extraBoard }));

  const boards = {} as Record<BoardId, BoardSettings>;
  for (const { id, name } of BOARDS) {
    const board = value.boards[id];
    if (!isRecord(board)) return problem(i18n.t('settings_file_problem_board_missing', { board: name }));
    const extraField = unknownKey(board, BOARD_KEYS);
    if (extraField) return problem(i18n.t('settings_file_problem_board_unknown_setting', { board: name, name: extraField }));
    if (typeof board.enabled !== 'boolean') return problem(i18n.t('settings_file_problem_board_enabled', { board: name }));
    if (typeof board.sourceName !== 'string') return problem(i18n.t('settings_file_problem_board_source', { board: name }));
    const nameProblem = sourceNameProblem(board.sourceName, name);
    if (nameProblem) return problem(nameProblem);
    boards[id as BoardId] = { enabled: board.enabled, sourceName: board.sourceName.trim() };
  }
  return { ok: true, settings: { apiBaseUrl: origin.origin, boards } };
}

/**
 * The site rules, as strictly as the settings: a list of { site, sourceName } and nothing else,
 * each site a host name (normalised as the options page does), each source name as a board's.
 * The same site twice keeps the first, as the options page does.
 */
function readSiteRules(value: unknown): { ok: true; rules: SiteRule[] } | { ok: false; message: string } {
  const problem = (message: string) => ({ ok: false as const, message });
  if (!Array.isArray(value) || value.length > MAX_SITE_RULES) {
    return problem(i18n.t('settings_file_problem_site_rules', { max: formatNumber(MAX_SITE_RULES) }));
  }
  const rules: SiteRule[] = [];
  for (const [index, rule] of value.entries()) {
    const n = formatNumber(index + 1);
    if (!isRecord(rule) || unknownKey(rule, SITE_RULE_KEYS) || typeof rule.site !== 'string' || typeof rule.sourceName !== 'string') {
      return problem(i18n.t('settings_file_problem_site_rule', { n }));
    }
    const site = normalizeSite(rule.site);
    if (!site) return problem(i18n.t('settings_file_problem_site_invalid', { n, site: rule.site.slice(0, 100) }));
    const nameProblem = sourceNameProblem(rule.sourceName, site);
    if (nameProblem) return problem(nameProblem);
    if (!rules.some((kept) => kept.site === site)) rules.push({ site, sourceName: rule.sourceName.trim() });
  }
  return { ok: true, rules };
}

/** Shared by the form and the file: the worker refuses the same names. */
export function sourceNameProblem(sourceName: string, boardName: string): string | null {
  const trimmed = sourceName.trim();
  if (!trimmed) return i18n.t('error_source_name_empty', { board: boardName });
  if (trimmed.length > MAX_SOURCE_NAME_LENGTH) {
    return i18n.t('error_source_name_too_long', { board: boardName, max: formatNumber(MAX_SOURCE_NAME_LENGTH) });
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
    return { ok: false, message: i18n.t('error_access_request_failed', { origin }) };
  }
  if (!granted) {
    return { ok: false, message: i18n.t('error_access_denied', { origin }) };
  }
  const reply = await deps.save(settings);
  if (!reply.ok) return { ok: false, message: reply.error.message };
  if ('rejected' in reply.value) return { ok: false, message: reply.value.rejected };
  return { ok: true, state: reply.value };
}
