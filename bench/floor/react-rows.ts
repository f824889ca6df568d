import { createElement as h, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import type { StaticRow as Row } from '../static-sources';

/**
 * The floor under the popup: React itself, rendering hard-coded rows with the static
 * page's markup (no storage, no worker, no i18n). Whatever the popup does on top of
 * this is ours; this much is React's. The rows are handed in by the page (a JSON island).
 */

const data = JSON.parse(document.getElementById('rows')!.textContent!) as { total: number; rows: Row[] };

function Source({ row, index }: { row: Row; index: number }) {
  const what = `${row.name} link`;
  return h(
    'li',
    { className: 'source', 'data-index': index, tabIndex: index ? -1 : 0, 'aria-label': `${row.name}: ${row.visits} visits, ${Math.round(row.share * 100)}%` },
    h('span', { className: 'name' }, row.name),
    h('time', { dateTime: row.created }, row.when),
    h('span', { className: 'share', 'aria-hidden': true }, h('span', { style: { width: `${(row.share * 100).toFixed(1)}%` } })),
    h('span', { className: 'visits' }, h('strong', null, row.visits), ` visits · ${Math.round(row.share * 100)}%`),
    h('a', { href: row.link, tabIndex: -1 }, row.short),
    h(
      'span',
      { className: 'actions' },
      ...['Copy', 'Open', 'QR'].map((label) =>
        h('button', { key: label, type: 'button', tabIndex: -1, onClick: () => navigator.clipboard?.writeText(row.link) }, label, h('span', { className: 'vh' }, ` ${what}`)),
      ),
    ),
  );
}

function Popup() {
  return h(
    'main',
    null,
    h('header', null, h('h1', null, 'Hirempire'), h('button', { type: 'button' }, 'Settings')),
    h('form', null, h('label', { className: 'vh', htmlFor: 'job' }, 'Job ID or Hirempire link'), h('input', { id: 'job', placeholder: 'Job ID or link' }), h('button', { type: 'button' }, 'Look up')),
    h('p', null, h('strong', null, data.total), ` visits · ${data.rows.length} sources`),
    h('ul', { 'aria-label': 'Sources' }, ...data.rows.map((row, i) => h(Source, { key: row.link, row, index: i }))),
  );
}

createRoot(document.getElementById('root')!).render(h(StrictMode, null, h(Popup)));
