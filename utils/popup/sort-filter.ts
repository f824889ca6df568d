import { withoutAccents } from '../fold';
import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';

export type SortKey = 'visits' | 'name' | 'newest';

/** The sort choices, labelled in the browser's language. */
export function sortOptions(): ReadonlyArray<{ key: SortKey; label: string }> {
  return [
    { key: 'visits', label: i18n.t('popup_sort_visits') },
    { key: 'name', label: i18n.t('popup_sort_name') },
    { key: 'newest', label: i18n.t('popup_sort_newest') },
  ];
}

/** Above this many sources the list gets a filter box. */
export const FILTER_THRESHOLD = 8;

// "LinkedIn 2" before "LinkedIn 10"; accents and case do not split the alphabet.
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const byName = (a: JobSource, b: JobSource) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id);
const byVisits = (a: JobSource, b: JobSource) => b.visits - a.visits || byName(a, b);
/** Newest first; a source whose date could not be read goes last. */
const byNewest = (a: JobSource, b: JobSource) => {
  const aKnown = Number.isFinite(a.createdAtMs);
  const bKnown = Number.isFinite(b.createdAtMs);
  if (aKnown !== bKnown) return aKnown ? -1 : 1;
  return (aKnown ? b.createdAtMs - a.createdAtMs : 0) || byName(a, b);
};

const COMPARATORS: Record<SortKey, (a: JobSource, b: JobSource) => number> = {
  visits: byVisits,
  name: byName,
  newest: byNewest,
};

/** A sorted copy; the API's order is kept nowhere else, so the input is never mutated. */
export function sortSources(sources: readonly JobSource[], key: SortKey): JobSource[] {
  return [...sources].sort(COMPARATORS[key]);
}

/** Lower case, without accents, spaces collapsed: "Équipe  Référence" matches "equipe reference". */
export function foldForSearch(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Folded once per source object: typing in the filter over 5,000 sources only compares strings.
const folded = new WeakMap<JobSource, string>();
function searchText(source: JobSource): string {
  let text = folded.get(source);
  if (text === undefined) {
    text = `${foldForSearch(source.name)}\n${foldForSearch(source.rawUrl)}`;
    folded.set(source, text);
  }
  return text;
}

/**
 * Sources whose name or link contains the query (ignoring case, accents and extra
 * spaces), order kept. An empty query returns the very same array, so nothing
 * downstream re-renders.
 */
export function filterSources(sources: JobSource[], query: string): JobSource[] {
  const phrase = foldForSearch(query);
  if (!phrase) return sources;
  // Name and link are joined by a newline, which a folded query never contains: no match spans both.
  return sources.filter((source) => searchText(source).includes(phrase));
}
