import type { JobSource } from './api/schema';

/** "Linked In", "linkedin" and " LINKEDIN " all name the same source. */
export function sameSourceName(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  return norm(a) === norm(b);
}

/** The board's own source among a job's sources, preferring one with a copyable link. */
export function findBoardSource(sources: JobSource[], sourceName: string): JobSource | null {
  const matches = sources.filter((source) => sameSourceName(source.name, sourceName));
  return matches.find((source) => source.trackedLink) ?? matches[0] ?? null;
}
