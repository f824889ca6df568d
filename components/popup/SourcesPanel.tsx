import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { interpolate } from '@/components/interpolate';
import type { JobSource, JobSources } from '@/utils/api/schema';
import { copyText } from '@/utils/clipboard';
import { copyFormatLabel, formatSources, type CopyFormat } from '@/utils/popup/copy-all';
import { formatCount } from '@/utils/popup/format';
import { visitTotals } from '@/utils/popup/share';
import { filterSources, FILTER_THRESHOLD, sortOptions, sortSources, type SortKey } from '@/utils/popup/sort-filter';
import { Banner } from './Banner';
import { CopyAllMenu } from './CopyAllMenu';
import { QrDialog } from './QrDialog';
import { SourceList } from './SourceList';
import type { SourceActions } from './SourceRow';

interface SourcesPanelProps {
  data: JobSources;
  /** Visits gained since the recruiter last looked, by source id (see utils/popup/visit-gains.ts). */
  gains: ReadonlyMap<string, number>;
  /** Opens a tracked link in a new tab. */
  onOpen: (link: string) => void;
  /** Says something to screen readers (a polite live region). */
  announce: (message: string) => void;
}

/** How long "Copied" stays on a button. */
const COPIED_MS = 2000;

/**
 * The job's sources: totals, sort, filter, "Copy all", and the list itself.
 * Memoised: the rest of the popup changing (a label, a status line) does not touch it.
 */
export const SourcesPanel = memo(function SourcesPanel({ data, gains, onOpen, announce }: SourcesPanelProps) {
  const all = data.sources;
  const [sort, setSort] = useState<SortKey>('visits');
  const [query, setQuery] = useState('');
  // Typing stays instant; the 5,000-row filter follows a beat behind when it must.
  const deferredQuery = useDeferredValue(query);
  const totals = useMemo(() => visitTotals(all), [all]);
  const sorted = useMemo(() => sortSources(all, sort), [all, sort]);
  // The filter box shows only past the threshold: when a refresh brings the job below it, its text must stop filtering.
  const filtering = all.length > FILTER_THRESHOLD;
  const shown = useMemo(() => filterSources(sorted, filtering ? deferredQuery : ''), [sorted, deferredQuery, filtering]);
  const unsafe = useMemo(() => all.reduce((count, source) => count + (source.trackedLink ? 0 : 1), 0), [all]);
  // Relative dates are computed against one "now" per answer, not per render.
  const now = useMemo(() => Date.now(), [data]);

  const [copied, setCopied] = useState<string | null>(null);
  /** Both ways to copy failed: what could not be copied (a title), the field's name, and the text. */
  const [copyFailure, setCopyFailure] = useState<{ title: string; label: string; text: string } | null>(null);
  const [qrSource, setQrSource] = useState<JobSource | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flashCopied = useCallback((key: string) => {
    setCopied(key);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied(null), COPIED_MS);
  }, []);

  // Called from the click or key handler itself: the clipboard needs the user's gesture.
  const copy = useCallback(
    async (key: string, failure: { title: string; label: string }, text: string, done: string) => {
      const outcome = await copyText(text);
      if (outcome === 'failed') {
        setCopyFailure({ ...failure, text });
        return;
      }
      setCopyFailure(null);
      flashCopied(key);
      announce(done);
    },
    [announce, flashCopied],
  );

  const actions = useMemo<SourceActions>(
    () => ({
      copy: (source) => {
        if (!source.trackedLink) return;
        const name = source.name;
        void copy(
          source.id,
          { title: i18n.t('popup_copy_failed_link', { name }), label: i18n.t('popup_copy_fallback_link', { name }) },
          source.trackedLink,
          i18n.t('popup_link_copied', { name }),
        );
      },
      open: (source) => {
        if (source.trackedLink) onOpen(source.trackedLink);
      },
      showQr: (source) => {
        if (source.trackedLink) setQrSource(source);
      },
    }),
    [copy, onOpen],
  );

  const copyAll = (format: CopyFormat) => {
    const label = copyFormatLabel(format);
    const count = shown.length;
    void copy(
      'all',
      { title: i18n.t('popup_copy_failed_all', { format: label }), label: i18n.t('popup_copy_fallback_all', { format: label }) },
      formatSources(format, shown, totals.visits),
      i18n.t('popup_all_copied', count, [formatCount(count)], { format: label }),
    );
  };

  const filterId = useId();
  const filterActive = deferredQuery.trim() !== '';

  return (
    <div className="sources">
      <p className="sources__summary">
        {interpolate(i18n.t('popup_visits', totals.visits, ['{count}']), {
          count: <strong>{formatCount(totals.visits)}</strong>,
        })}{' '}
        · {i18n.t('popup_sources_count', totals.sources, [formatCount(totals.sources)])}
      </p>
      <div className="sources__toolbar">
        <label htmlFor={`${filterId}-sort`}>{i18n.t('popup_sort_by')}</label>
        <select id={`${filterId}-sort`} value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
          {sortOptions().map(({ key, label }) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <CopyAllMenu count={shown.length} copied={copied === 'all'} onCopy={copyAll} />
      </div>
      {filtering && (
        <div className="sources__filter">
          <label htmlFor={filterId}>{i18n.t('popup_filter')}</label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder={i18n.t('popup_filter_placeholder')}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
      {filtering && filterActive && (
        <p className="sources__count" role="status">
          {i18n.t('popup_filter_count', { shown: formatCount(shown.length), total: formatCount(all.length) })}
        </p>
      )}
      {/* Both appear after a lookup: announced (WCAG 4.1.3), not only shown. */}
      {data.skipped > 0 && (
        <Banner tone="warn" role="status">
          {i18n.t('popup_skipped', data.skipped, [formatCount(data.skipped)])}
        </Banner>
      )}
      {unsafe > 0 && (
        <Banner tone="warn" role="status">
          {i18n.t('popup_unsafe_sources', unsafe, [formatCount(unsafe)])}
        </Banner>
      )}
      {copyFailure && (
        <Banner tone="error" title={copyFailure.title}>
          <p>{i18n.t('popup_copy_blocked')}</p>
          <CopyFallbackField text={copyFailure.text} label={copyFailure.label} />
        </Banner>
      )}
      {shown.length ? (
        <SourceList
          sources={shown}
          totalVisits={totals.visits}
          copiedId={copied}
          gains={gains}
          now={now}
          actions={actions}
        />
      ) : (
        <p className="sources__count">{i18n.t('popup_filter_none', { query: deferredQuery.trim() })}</p>
      )}
      {qrSource?.trackedLink && (
        <QrDialog name={qrSource.name} link={qrSource.trackedLink} onClose={() => setQrSource(null)} />
      )}
    </div>
  );
});

/** Last resort when both clipboard routes fail: the text, selected, for the recruiter to copy. */
export function CopyFallbackField({ text, label }: { text: string; label: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return <textarea ref={field} readOnly value={text} aria-label={label} rows={Math.min(4, text.split('\n').length)} />;
}
