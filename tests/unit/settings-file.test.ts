import { describe, expect, it, vi } from 'vitest';
import {
  MAX_SETTINGS_FILE_BYTES,
  readSettingsFile,
  saveSettingsWithAccess,
  SETTINGS_FILE_FORMAT,
  SETTINGS_FILE_VERSION,
  settingsFileContent,
  settingsFileName,
  settingsFileSizeProblem,
  sourceNameProblem,
  type SaveDeps,
} from '@/utils/settings-file';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '@/utils/storage';
import { settingsSchema } from '@/utils/messaging/schema';
import { protocolError, type SetupState } from '@/utils/messaging/protocol';

const custom: Settings = {
  apiBaseUrl: 'https://hirempire.example.test',
  boards: {
    linkedin: { enabled: false, sourceName: 'LinkedIn Jobs' },
    indeed: { enabled: true, sourceName: 'Indeed' },
  },
};

function fileWith(overrides: Record<string, unknown>): string {
  return JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: SETTINGS_FILE_VERSION, settings: custom, siteRules: [], ...overrides });
}

function withSettings(settings: unknown): string {
  return fileWith({ settings });
}

describe('settingsFileContent', () => {
  it('writes a marked, versioned file that reads back to the same settings', () => {
    const text = settingsFileContent(custom, new Date('2026-03-14T09:30:00Z'));
    const parsed = JSON.parse(text);
    expect(parsed).toEqual({ format: 'hirempire-extension-settings', version: 3, exportedAt: '2026-03-14T09:30:00.000Z', settings: custom, siteRules: [] });
    const back = readSettingsFile(text);
    expect(back).toEqual({ ok: true, settings: custom, siteRules: [], exportedAt: new Date('2026-03-14T09:30:00Z') });
  });

  it('never carries a token or anything else that is not a setting, even if the object has it', () => {
    const polluted = {
      ...custom,
      token: 'sk-secret-token-1234',
      boards: { ...custom.boards, linkedin: { ...custom.boards.linkedin, token: 'sk-secret-token-1234' } },
    } as unknown as Settings;
    const text = settingsFileContent(polluted);
    expect(text).not.toContain('sk-secret-token-1234');
    expect(text).not.toMatch(/token/i);
    expect(Object.keys(JSON.parse(text).settings)).toEqual(['apiBaseUrl', 'boards']);
  });

  it('has nothing token-like in the stored settings shape to begin with', () => {
    // Settings is what the worker keeps in storage; its schema is strict and names every field.
    expect(Object.keys(settingsSchema.shape)).toEqual(['apiBaseUrl', 'boards']);
    expect(JSON.stringify(DEFAULT_SETTINGS)).not.toMatch(/token/i);
  });

  it('names the file after the local calendar day', () => {
    expect(settingsFileName(new Date(2026, 0, 5, 23, 59))).toBe('hirempire-settings-2026-01-05.json');
  });
});

describe('readSettingsFile refuses bad files with a clear message', () => {
  it.each([
    ['not JSON', 'hello, world', /not valid JSON/],
    ['JSON that is not an object', '[1, 2, 3]', /not a Hirempire settings file/],
    ['another format', fileWith({ format: 'something-else' }), /not a Hirempire settings file/],
    ['no format marker', JSON.stringify({ version: 1, settings: custom }), /not a Hirempire settings file/],
    ['a newer version', fileWith({ version: SETTINGS_FILE_VERSION + 1 }), /newer version of the extension/],
    ['a version that is not a number', fileWith({ version: '1' }), /no valid version/],
    ['no settings', fileWith({ settings: undefined }), /has no settings/],
    ['a switch that is not true/false', withSettings({ ...custom, boards: { ...custom.boards, linkedin: { enabled: 'yes', sourceName: 'LinkedIn' } } }), /LinkedIn buttons switch must be true or false/],
    ['a source name that is not text', withSettings({ ...custom, boards: { ...custom.boards, indeed: { enabled: true, sourceName: 42 } } }), /Indeed source name must be text/],
    ['an empty source name', withSettings({ ...custom, boards: { ...custom.boards, indeed: { enabled: true, sourceName: '   ' } } }), /source that counts as Indeed/],
    ['a missing board', withSettings({ ...custom, boards: { linkedin: custom.boards.linkedin } }), /Indeed settings are missing/],
    ['an unknown board', withSettings({ ...custom, boards: { ...custom.boards, monster: { enabled: true, sourceName: 'Monster' } } }), /job board “monster”/],
    ['an API base URL that is not text', withSettings({ ...custom, apiBaseUrl: 7 }), /API base URL is missing or not text/],
    ['plain http to a remote host', withSettings({ ...custom, apiBaseUrl: 'http://evil.example' }), /is not valid.*https:\/\//],
    ['a URL with a path', withSettings({ ...custom, apiBaseUrl: 'https://api.hirempire.com/v1' }), /without a path/],
    ['credentials in the URL', withSettings({ ...custom, apiBaseUrl: 'https://me:pw@api.hirempire.com' }), /user name or password/],
    ['a token slipped into the settings', withSettings({ ...custom, token: 'sk-abc' }), /contains “token”, which is not a setting/],
    ['site rules that are not a list', fileWith({ siteRules: { 'stepstone.de': 'StepStone' } }), /site rules must be a list of at most 200/],
    ['a version 3 file without its site rules', fileWith({ siteRules: undefined }), /site rules must be a list/],
    ['too many site rules', fileWith({ siteRules: Array.from({ length: 201 }, (_, i) => ({ site: `board${i}.example`, sourceName: 'X' })) }), /at most 200/],
    ['a site rule with another field', fileWith({ siteRules: [{ site: 'stepstone.de', sourceName: 'StepStone', token: 'sk-abc' }] }), /site rule 1 must have a “site” and a “sourceName”/],
    ['a site rule whose source is not text', fileWith({ siteRules: [{ site: 'stepstone.de', sourceName: 'StepStone' }, { site: 'jobs.ch', sourceName: 3 }] }), /site rule 2 must have/],
    ['a site rule for something that is not a site', fileWith({ siteRules: [{ site: 'javascript:alert(1)', sourceName: 'X' }] }), /site rule 1: “javascript:alert\(1\)” is not a site address/],
    ['a site rule with an empty source', fileWith({ siteRules: [{ site: 'stepstone.de', sourceName: ' ' }] }), /source that counts as stepstone\.de/],
    ['a token slipped into a board', withSettings({ ...custom, boards: { ...custom.boards, linkedin: { ...custom.boards.linkedin, token: 'x' } } }), /LinkedIn settings contain “token”/],
  ])('%s', (_what, text, message) => {
    const result = readSettingsFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(message);
      expect(result.message).toMatch(/Nothing was changed\.$/);
    }
  });

  it('refuses a file over 100 KB before parsing it, even if it is valid JSON', () => {
    const padded = JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: custom, padding: 'x'.repeat(MAX_SETTINGS_FILE_BYTES) });
    const result = readSettingsFile(padded);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/too large.*101 KB/) });
  });

  it('measures size in bytes, not characters', () => {
    expect(settingsFileSizeProblem(MAX_SETTINGS_FILE_BYTES)).toBeNull();
    expect(settingsFileSizeProblem(MAX_SETTINGS_FILE_BYTES + 1)).toMatch(/too large/);
    expect(settingsFileSizeProblem(0)).toMatch(/empty/);
    // 40,000 three-byte characters: 120 KB although only 40,000 characters long.
    expect(readSettingsFile('€'.repeat(40_000))).toEqual({ ok: false, message: expect.stringMatching(/too large/) });
  });
});

describe('readSettingsFile accepts what a recruiter might reasonably have', () => {
  it('normalises the address and trims source names', () => {
    const result = readSettingsFile(
      withSettings({
        apiBaseUrl: ' https://Hirempire.Example.Test/ ',
        boards: { linkedin: { enabled: true, sourceName: '  LinkedIn  ' }, indeed: { enabled: false, sourceName: 'Indeed' } },
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      settings: { apiBaseUrl: 'https://hirempire.example.test', boards: { linkedin: { sourceName: 'LinkedIn' }, indeed: { enabled: false } } },
    });
  });

  it('accepts localhost over http for development, a byte-order mark, and extra top-level fields', () => {
    const text = `\uFEFF${fileWith({ settings: { ...custom, apiBaseUrl: 'http://localhost:8787' }, note: 'from my laptop' })}`;
    expect(readSettingsFile(text)).toMatchObject({ ok: true, settings: { apiBaseUrl: 'http://localhost:8787' }, exportedAt: null });
  });

  it('carries the site rules both ways: normalised, trimmed, the same site once', () => {
    const rules = [{ site: 'stepstone.de', sourceName: 'StepStone Deutschland' }, { site: 'jobs.ch', sourceName: 'jobs.ch' }];
    const text = settingsFileContent(custom, new Date('2026-03-14T09:30:00Z'), rules);
    expect(JSON.parse(text).siteRules).toEqual(rules);
    expect(readSettingsFile(text)).toMatchObject({ ok: true, siteRules: rules });
    const typed = fileWith({
      siteRules: [
        { site: 'https://WWW.StepStone.de/jobs', sourceName: '  StepStone DE ' },
        { site: 'stepstone.de', sourceName: 'Another' },
      ],
    });
    expect(readSettingsFile(typed)).toMatchObject({ ok: true, siteRules: [{ site: 'stepstone.de', sourceName: 'StepStone DE' }] });
  });

  it('upgrades a file older than site rules: its settings apply, the current rules stay (null)', () => {
    for (const version of [1, 2]) {
      const old = JSON.stringify({ format: SETTINGS_FILE_FORMAT, version, settings: custom });
      expect(readSettingsFile(old), `version ${version}`).toMatchObject({ ok: true, settings: custom, siteRules: null });
    }
    // A version 1 file of the boards of its time gets the boards added since, as stored settings do.
    const v1 = JSON.stringify({ format: SETTINGS_FILE_FORMAT, version: 1, settings: { ...custom, boards: { linkedin: custom.boards.linkedin } } });
    expect(readSettingsFile(v1)).toMatchObject({ ok: true, settings: { boards: { indeed: DEFAULT_SETTINGS.boards.indeed } }, siteRules: null });
  });

  it('has a file version at least the stored settings’ (a newer storage shape needs a newer file)', () => {
    expect(SETTINGS_FILE_VERSION).toBeGreaterThanOrEqual(SETTINGS_VERSION);
  });

  it('ignores an unreadable export date rather than refusing the file', () => {
    expect(readSettingsFile(fileWith({ exportedAt: 'yesterday-ish' }))).toMatchObject({ ok: true, exportedAt: null });
  });
});

describe('sourceNameProblem', () => {
  it('wants a name of at most 100 characters', () => {
    expect(sourceNameProblem('LinkedIn', 'LinkedIn')).toBeNull();
    expect(sourceNameProblem(' ', 'LinkedIn')).toMatch(/source that counts as LinkedIn/);
    expect(sourceNameProblem('x'.repeat(101), 'Indeed')).toMatch(/too long/);
  });
});

describe('saveSettingsWithAccess', () => {
  const state = (settings: Settings): SetupState => ({ settings, token: { state: 'none' }, hostAccessLost: null });

  function deps(granted: boolean | Error = true): SaveDeps & { calls: string[] } {
    const calls: string[] = [];
    return {
      calls,
      requestAccess: vi.fn((origins: string[]) => {
        calls.push(`request ${origins.join(',')}`);
        return granted instanceof Error ? Promise.reject(granted) : Promise.resolve(granted);
      }),
      save: vi.fn(async (settings: Settings) => {
        calls.push(`save ${settings.apiBaseUrl}`);
        return { ok: true as const, value: state(settings) };
      }),
    };
  }

  it('asks for the custom host synchronously, before anything is awaited, then saves', async () => {
    const d = deps();
    const pending = saveSettingsWithAccess({ ...custom, apiBaseUrl: 'https://hirempire.example.test:8443/' }, d);
    // The request happened in the caller's own turn: the user gesture is still there.
    expect(d.calls).toEqual(['request https://hirempire.example.test:8443/*']);
    await expect(pending).resolves.toEqual({ ok: true, state: state({ ...custom, apiBaseUrl: 'https://hirempire.example.test:8443' }) });
    expect(d.calls).toEqual(['request https://hirempire.example.test:8443/*', 'save https://hirempire.example.test:8443']);
  });

  it('does not ask for the default API, which the extension may always reach', async () => {
    const d = deps();
    await saveSettingsWithAccess(DEFAULT_SETTINGS, d);
    expect(d.calls).toEqual(['save https://api.hirempire.com']);
  });

  it('changes nothing when the recruiter declines', async () => {
    const d = deps(false);
    const outcome = await saveSettingsWithAccess(custom, d);
    expect(outcome).toEqual({ ok: false, message: expect.stringMatching(/Access to https:\/\/hirempire\.example\.test was not allowed, so nothing was changed/) });
    expect(d.save).not.toHaveBeenCalled();
  });

  it('explains when the browser refuses to ask (no user gesture)', async () => {
    const d = deps(new Error('permissions.request may only be called from a user input handler'));
    const outcome = await saveSettingsWithAccess(custom, d);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/did not let the extension ask/) });
    expect(d.save).not.toHaveBeenCalled();
  });

  it('refuses an invalid address without asking for anything', async () => {
    const d = deps();
    const outcome = await saveSettingsWithAccess({ ...custom, apiBaseUrl: 'http://evil.example' }, d);
    expect(outcome).toMatchObject({ ok: false, message: expect.stringMatching(/https:\/\//) });
    expect(d.calls).toEqual([]);
  });

  it('passes on what the worker says', async () => {
    const d = deps();
    d.save = vi.fn(async () => ({ ok: true as const, value: { rejected: 'The extension needs your permission.' } }));
    expect(await saveSettingsWithAccess(custom, d)).toEqual({ ok: false, message: 'The extension needs your permission.' });
    d.save = vi.fn(async () => ({ ok: false as const, error: protocolError('internal') }));
    expect(await saveSettingsWithAccess(custom, d)).toEqual({ ok: false, message: protocolError('internal').message });
  });

  it('sends only the known fields to the worker, whose schema refuses anything else', async () => {
    const d = deps();
    await saveSettingsWithAccess({ ...custom, token: 'sk-x' } as unknown as Settings, d);
    const sent = vi.mocked(d.save).mock.calls[0][0];
    expect(settingsSchema.safeParse(sent).success).toBe(true);
  });
});
