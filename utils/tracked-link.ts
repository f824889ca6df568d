/**
 * A link is safe to open, copy or insert only when it is plain https with no credentials in it.
 * No zod here: content scripts vet links from the worker with it too.
 */
export function toTrackedLink(raw: string): string | null {
  // URL() strips tabs and newlines inside the scheme ("java\tscript:"), so parse, then judge the result.
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href;
}
