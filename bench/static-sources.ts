import { seedJobs } from '../tests/api/seed';

/**
 * The popup's yardsticks: the same job's sources as the popup shows them (name, date, share
 * of visits, link, Copy / Open / QR, the popup's row grid), as one static HTML page with plain
 * CSS and no script, and as the same page rendered by React (the floor of any React popup).
 * Their rows carry the same `data-index` as the popup's, so one probe finds all three.
 */
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function shorten(link: string, max = 28): string {
  const bare = link.replace(/^https:\/\//, '');
  return bare.length <= max ? bare : `${bare.slice(0, 10)}…${bare.slice(-(max - 11))}`;
}

function daysAgo(iso: string, now: number): string {
  const days = Math.round((now - Date.parse(iso)) / 86_400_000);
  return days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
}

export interface StaticRow {
  name: string;
  visits: number;
  share: number;
  created: string;
  when: string;
  link: string;
  short: string;
}

/** The job's rows as the popup shows them first (most visits first), formatted once. */
export function sourceRows(jobId: string, now = Date.now()): { total: number; rows: StaticRow[] } {
  const job = seedJobs().find((j) => j.job_id === jobId);
  if (!job) throw new Error(`No seeded job ${jobId}`);
  const sources = [...job.sources].sort((a, b) => b.visits - a.visits || a.source_name.localeCompare(b.source_name));
  const total = sources.reduce((sum, s) => sum + s.visits, 0);
  const rows = sources.map((s) => ({
    name: s.source_name,
    visits: s.visits,
    share: total ? s.visits / total : 0,
    created: s.created_at,
    when: daysAgo(s.created_at, now),
    link: s.source_url,
    short: shorten(s.source_url),
  }));
  return { total, rows };
}

const STYLE = `<style>
:root { color-scheme: light dark; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --accent: #0b57d0; --bg: #fff; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --accent: #7cacf8; --bg: #0d1117; } }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.4 system-ui, sans-serif; color: var(--fg); background: var(--bg); }
main { padding: 12px 16px; }
header { display: flex; justify-content: space-between; align-items: center; }
h1 { font-size: 16px; margin: 0 0 8px; }
form { display: flex; gap: 8px; margin-bottom: 12px; }
input { flex: 1; padding: 6px 8px; border: 1px solid var(--line); border-radius: 6px; font: inherit; }
button { font: inherit; padding: 4px 10px; border: 1px solid var(--line); border-radius: 6px; background: transparent; color: var(--fg); }
ul { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; }
li { display: grid; grid-template-columns: minmax(0, 1fr) auto; grid-template-rows: 18px 10px 24px; gap: 2px 8px; align-items: center; padding: 2px 10px; border-top: 1px solid var(--line); height: 62px; box-sizing: border-box; }
li:first-child { border-top: 0; }
.name { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
time, .visits { color: var(--muted); font-size: 12px; }
.share { height: 3px; background: var(--line); border-radius: 2px; }
.share span { display: block; height: 100%; background: var(--accent); border-radius: 2px; }
a { color: var(--accent); font-size: 12px; }
.actions { display: flex; gap: 4px; justify-content: end; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
</style>`;

export function staticSourcesPage(jobId: string, now = Date.now()): string {
  const { total, rows: sources } = sourceRows(jobId, now);
  const rows = sources
    .map((s, i) => {
      const what = `${escape(s.name)} link`;
      return `<li class="source" data-index="${i}" tabindex="${i ? -1 : 0}" aria-label="${escape(s.name)}: ${s.visits} visits, ${Math.round(s.share * 100)}%">
<span class="name">${escape(s.name)}</span><time datetime="${s.created}">${s.when}</time>
<span class="share" aria-hidden="true"><span style="width:${(s.share * 100).toFixed(1)}%"></span></span>
<span class="visits"><strong>${s.visits}</strong> visits · ${Math.round(s.share * 100)}%</span>
<a href="${escape(s.link)}" tabindex="-1">${escape(s.short)}</a>
<span class="actions"><button type="button" tabindex="-1">Copy<span class="vh"> ${what}</span></button><button type="button" tabindex="-1">Open<span class="vh"> ${what}</span></button><button type="button" tabindex="-1">QR<span class="vh"> code for ${what}</span></button></span>
</li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Hirempire</title>
${STYLE}</head>
<body><main>
<header><h1>Hirempire</h1><button type="button">Settings</button></header>
<form><label class="vh" for="job">Job ID or Hirempire link</label><input id="job" placeholder="Job ID or link"><button type="button">Look up</button></form>
<p><strong>${total}</strong> visits · ${sources.length} sources</p>
<ul aria-label="Sources">
${rows}
</ul>
</main></body></html>`;
}

/**
 * The floor under the popup: the same rows and CSS, rendered by React from a JSON island
 * (bench/floor/react-rows.ts, bundled for production by `reactFloorScript`).
 */
export function reactFloorPage(jobId: string, scriptPath: string, now = Date.now()): string {
  const island = JSON.stringify(sourceRows(jobId, now)).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="color-scheme" content="light dark"><title>Hirempire</title>
${STYLE}</head>
<body><div id="root"></div><script type="application/json" id="rows">${island}</script>
<script type="module" src="${scriptPath}"></script></body></html>`;
}
