/**
 * A link short enough for one line, that still says where it goes.
 *
 * Look-alike links put the real host's name in the path or in subdomains:
 * `https://jobs.hirempire.com.evil.example/x/jobs.hirempire.com/acme/1a2b`. Cutting the host
 * and keeping the end would read "…hirempire.com/acme/1a2b". So the host is always shown, at
 * least its registrable part ("…evil.example"), and the path is what gets shortened, from the
 * middle: its end is what tells two tracked links apart.
 *
 * No content-script-heavy dependency: used by the popup and the board control alike.
 */
export function displayLink(link: string, max = 40): string {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link.length > max ? `${link.slice(0, max - 1)}…` : link;
  }
  // The host as the browser will use it (punycode for non-ASCII names: no homograph survives), with its port.
  const host = url.host;
  const rest = `${url.pathname === '/' ? '' : url.pathname}${url.search}${url.hash}`;
  if (host.length + rest.length <= max) return host + rest;

  const MIN_TAIL = 8;
  const shownHost = host.length + 2 + MIN_TAIL <= max ? host : `…${registrablePart(url.hostname)}${url.port ? `:${url.port}` : ''}`;
  if (!rest) return shownHost;
  const room = max - shownHost.length;
  if (rest.length <= room) return shownHost + rest;
  // "/…" then the end of the path: never fewer than MIN_TAIL characters of it, even past `max`.
  const tail = Math.max(MIN_TAIL, room - 2);
  return `${shownHost}/…${rest.slice(-tail)}`;
}

/**
 * The part of a host name a registrar sells ("evil.example", "evil.co.uk"), without the
 * public suffix list: the last two labels, or three when the second-to-last is a short
 * second-level suffix (co.uk, com.au, gov.br). An IP address is shown whole.
 */
export function registrablePart(hostname: string): string {
  if (/^[\d.]+$/.test(hostname) || hostname.startsWith('[')) return hostname;
  const labels = hostname.replace(/\.$/, '').split('.');
  const keep = labels.length >= 3 && labels[labels.length - 2].length <= 3 && labels[labels.length - 1].length === 2 ? 3 : 2;
  return labels.slice(-keep).join('.');
}
