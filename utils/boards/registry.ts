/**
 * The job boards Hirempire works on: one entry per board, and every board fact the rest of
 * the extension needs derived from here (board ids, default settings, which origin the worker
 * trusts as which board, the context menu's pages, the settings file's board names, each
 * content script's `matches`). Adding a board is one entry (`entries/<id>.ts`, listed in
 * ENTRIES below), one adapter file (`utils/boards/<id>.ts`), one entrypoint
 * (`entrypoints/<id>.content/`) and a fixture.
 *
 * No DOM code here: the worker, the options page and the build import it. A content script
 * imports only its own board's entry, not this list, so it carries no other board's rules.
 */
import type { BoardEntry } from './entries/entry';
import { indeed } from './entries/indeed';
import { linkedin } from './entries/linkedin';

export type { BoardEntry };

const ENTRIES = [linkedin, indeed] as const;

export type BoardId = (typeof ENTRIES)[number]['id'];

/**
 * Everything derived from a list of entries. Exported so that a test can build the same
 * derived values for a registry with one more board (tests/unit/third-board.test.ts).
 */
export function registryOf(entries: readonly BoardEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry as BoardEntry<BoardId>]));
  const byOrigin = new Map(entries.map((entry) => [entry.origin, entry.id as BoardId]));
  return {
    // Typed as the known ids: a test's extra board is one more entry, not one more type.
    BOARDS: entries as readonly BoardEntry<BoardId>[],
    BOARD_IDS: entries.map((entry) => entry.id as BoardId) as readonly BoardId[],
    /** The entry of a known board id (ids come from the registry, so one is always there). */
    boardEntry(id: BoardId): BoardEntry<BoardId> {
      const entry = byId.get(id);
      if (!entry) throw new Error(`no board ${id} in the registry`);
      return entry;
    },
    /** Which board an origin (scheme://host) is, if any. */
    boardAtOrigin(origin: string): BoardId | undefined {
      return byOrigin.get(origin);
    },
  };
}

export const { BOARDS, BOARD_IDS, boardEntry, boardAtOrigin } = registryOf(ENTRIES);
