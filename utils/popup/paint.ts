import { i18n } from '#i18n';
import type { JobSource } from '../api/schema';
import { copyText } from '../clipboard';
import type { FirstScreen } from './first-screen';
import { formatCount, formatExact, formatRelative, formatShare } from './format';
import { jobName } from '../job-name';
import { displayLink } from '../link-display';
import { visitShare } from './share';
import { FILTER_THRESHOLD } from './sort-filter';

/**
 * The popup's first screen, painted with plain DOM from the stored preview while React and
 * the app load (entrypoints/popup-first-screen.ts), with the app's own classes so it looks the same.
 * Copy and Open work at once; the rest of it is `inert` until the app takes over
 * (hand-over.ts), which happens when the app has the job's data in hand. Its inert fields carry no
 * label association on purpose: "Job ID" or "Filter sources" names one field, the app's.
 * Every text goes in as text: names and links from the API never become markup.
 */
/** Same as components/popup/SourceList.tsx: rows are 62px, 6½ show before the list scrolls. */
const ROW_HEIGHT = 62;
const VISIBLE_ROWS = 6.5;

type Attributes = Record<string, string | number | boolean | undefined>;

/** document.createElement with attributes (false/undefined: absent) and text or element children. */
function el(tag: string, attributes: Attributes = {}, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'className') element.className = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}

const inert = (element: HTMLElement) => {
  element.inert = true;
  return element;
};

export function paintFirstScreen({ job, recentCount, preview }: FirstScreen, root: HTMLElement): HTMLElement {
  const now = Date.now();
  const live = el('p', { className: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const name = jobName(job);
  const rows = preview.top.map((source, index) => row(source, index, preview.totals, now, live));
  const height = Math.min(preview.totals.sources, VISIBLE_ROWS) * ROW_HEIGHT + 2;
  const banners = [
    preview.skipped > 0 && i18n.t('popup_skipped', preview.skipped, [formatCount(preview.skipped)]),
    preview.unsafe > 0 && i18n.t('popup_unsafe_sources', preview.unsafe, [formatCount(preview.unsafe)]),
  ].filter((text): text is string => Boolean(text));

  const screen = el(
    'main',
    { className: 'popup', 'data-first-screen': true },
    inert(
      el(
        'header',
        { className: 'popup-header' },
        el('h1', {}, 'Hirempire'),
        el('button', { type: 'button', className: 'btn btn--small btn--quiet' }, i18n.t('popup_settings')),
      ),
    ),
    inert(
      el(
        'form',
        { className: 'job-form' },
        el('label', {}, i18n.t('popup_job_id')),
        el('input', { type: 'text', placeholder: i18n.t('popup_job_id_placeholder') }),
        el('button', { type: 'submit', className: 'btn btn--primary' }, i18n.t('popup_look_up')),
      ),
    ),
    inert(
      el(
        'section',
        { className: 'recent', 'aria-label': i18n.t('popup_recent_jobs') },
        el(
          'button',
          { type: 'button', className: 'btn recent__toggle', 'aria-expanded': 'false' },
          i18n.t('popup_recent_jobs_toggle', { count: recentCount }),
          el('span', { 'aria-hidden': 'true' }, '▾'),
        ),
      ),
    ),
    inert(
      el(
        'section',
        { className: 'active-job', 'aria-label': name },
        el(
          'div',
          { className: 'active-job__main' },
          el(
            'p',
            { className: 'active-job__caption' },
            el('span', { title: i18n.t('popup_active_job_hint') }, i18n.t('popup_active_job')),
            ' · ',
            // The numbers below are from `fetchedAt`, and a refresh is what the app starts with.
            el(
              'span',
              { className: 'active-job__status', 'data-stale': 'false', title: i18n.t('popup_data_received', { time: formatExact(preview.fetchedAt) ?? '' }) },
              i18n.t('popup_refreshing'),
            ),
          ),
          el('h2', {}, name),
          el('span', { className: 'active-job__id' }, job.jobId),
        ),
        el(
          'div',
          { className: 'active-job__actions' },
          el('button', { type: 'button', className: 'btn btn--small', 'aria-busy': 'true' }, i18n.t('popup_refresh')),
          el('button', { type: 'button', className: 'btn btn--small btn--quiet' }, job.label ? i18n.t('popup_rename') : i18n.t('popup_add_label')),
        ),
      ),
    ),
    el(
      'div',
      { className: 'sources' },
      el(
        'p',
        { className: 'sources__summary' },
        ...visitsText(preview.totals.visits),
        ` · ${i18n.t('popup_sources_count', preview.totals.sources, [formatCount(preview.totals.sources)])}`,
      ),
      inert(
        el(
          'div',
          { className: 'sources__toolbar' },
          el('label', {}, i18n.t('popup_sort_by')),
          el('select', {}, el('option', {}, i18n.t('popup_sort_visits'))),
          el('span', { className: 'spacer' }),
          el('div', { className: 'copy-all' }, el('button', { type: 'button', className: 'btn btn--small' }, i18n.t('popup_copy_all'))),
        ),
      ),
      ...(preview.totals.sources > FILTER_THRESHOLD
        ? [
            inert(
              el(
                'div',
                { className: 'sources__filter' },
                el('label', {}, i18n.t('popup_filter')),
                el('input', { type: 'search', placeholder: i18n.t('popup_filter_placeholder') }),
              ),
            ),
          ]
        : []),
      ...banners.map((text) => el('div', { className: 'banner banner--warn', role: 'note' }, el('div', { className: 'banner__text' }, text))),
      el(
        'div',
        { className: 'source-scroll', style: `height:${height}px;min-height:${Math.min(height, 2 * ROW_HEIGHT + 2)}px` },
        el(
          'ul',
          { className: 'source-list', role: 'list', 'aria-label': i18n.t('popup_sources'), style: `height:${preview.totals.sources * ROW_HEIGHT}px` },
          ...rows,
        ),
      ),
    ),
    live,
  );
  root.append(screen);
  return screen;
}

/** "1,284 visits" with the number in bold, as the app writes it. */
function visitsText(visits: number): Array<Node | string> {
  const [before, after = ''] = i18n.t('popup_visits', visits, ['{count}']).split('{count}');
  return [before, el('strong', {}, formatCount(visits)), after];
}

function row(source: JobSource, index: number, totals: FirstScreen['preview']['totals'], now: number, live: HTMLElement): HTMLElement {
  const name = source.name.trim() || i18n.t('popup_no_name');
  const link = source.trackedLink;
  const share = visitShare(source.visits, totals.visits);
  const shareText = formatShare(share);
  const visits = i18n.t('popup_visits', source.visits, [formatCount(source.visits)]);
  const details = { name, visits, share: shareText };
  const created = formatRelative(source.createdAtMs ?? Number.NaN, now);

  const copy = el('button', { type: 'button', className: 'btn btn--small', 'aria-label': i18n.t('popup_copy_link', { name }) }, i18n.t('popup_copy'));
  copy.addEventListener('click', () => {
    if (!link) return;
    void copyText(link).then((outcome) => {
      if (outcome === 'failed') {
        live.textContent = i18n.t('popup_copy_failed_link', { name });
        return;
      }
      copy.replaceChildren(el('span', { 'aria-hidden': 'true' }, '✓'), ` ${i18n.t('popup_copied')}`);
      copy.setAttribute('aria-label', i18n.t('popup_copied_link', { name }));
      live.textContent = i18n.t('popup_link_copied', { name });
    });
  });
  const open = el('button', { type: 'button', className: 'btn btn--small', 'aria-label': i18n.t('popup_open_link', { name }) }, i18n.t('popup_open'));
  open.addEventListener('click', () => openTab(link));
  const anchor = !link ? null : el('a', { className: 'source__link', href: link, title: link, tabindex: -1, target: '_blank', rel: 'noreferrer noopener' }, displayLink(link, 28));
  // Through the tabs API, as the app does: a popup's own navigation would be lost when it closes.
  anchor?.addEventListener('click', (event) => {
    event.preventDefault();
    openTab(link);
  });

  return el(
    'li',
    {
      className: 'source',
      'data-index': index,
      tabindex: -1,
      'aria-setsize': totals.sources,
      'aria-posinset': index + 1,
      'aria-label': link ? i18n.t('popup_row_label', details) : i18n.t('popup_row_label_unsafe', details),
      style: `transform:translateY(${index * ROW_HEIGHT}px)`,
    },
    el('span', { className: 'source__name', title: name }, name),
    created
      ? el('time', { className: 'source__date', datetime: source.createdAt }, created)
      : el('span', { className: 'source__date' }, i18n.t('popup_date_unknown')),
    el('span', { className: 'share', 'aria-hidden': 'true' }, el('span', { className: 'share__fill', style: `width:${share * 100}%` })),
    el('span', { className: 'source__visits' }, ...visitsText(source.visits), ` · ${shareText}`),
    anchor
      ? anchor
      : el('span', { className: 'source__unsafe', title: source.rawUrl }, el('strong', {}, i18n.t('popup_unsafe_link')), el('span', {}, source.rawUrl || i18n.t('popup_empty_link'))),
    ...(link
      ? [el('span', { className: 'source__actions' }, copy, open, inert(el('button', { type: 'button', className: 'btn btn--small', 'aria-haspopup': 'dialog', 'aria-label': i18n.t('popup_qr_link', { name }) }, i18n.t('popup_qr'))))]
      : []),
  );
}

/** As the app does (use-popup.ts): a vetted https link becomes a tab through the tabs API. */
function openTab(link: string | null) {
  if (!link || !link.startsWith('https://')) return;
  const api = globalThis as { browser?: { tabs?: { create(o: { url: string }): unknown } }; chrome?: { tabs?: { create(o: { url: string }): unknown } } };
  void (api.browser ?? api.chrome)?.tabs?.create({ url: link });
}
