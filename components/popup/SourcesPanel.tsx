import { memo, useCallback, useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { JobSource, JobSources } from '@/utils/api/schema';
import { copyText } from '@/utils/popup/clipboard';
import { formatSources, COPY_FORMATS, type CopyFormat } from '@/utils/popup/copy-all';
import { formatCount } from '@/utils/popup/format';
import { visitTotals } from '@/utils/popup/share';
import { filterSources, FILTER_THRESHOLD, SORT_OPTIONS, sortSources, type SortKey } from '@/utils/popup/sort-filter';
import { Banner } from './Banner';
import { CopyAllMenu } from './CopyAllMenu';
import { QrDialog } from './QrDialog';
import { SourceList } from './SourceList';
import type { SourceActions } from './SourceRow';

interface SourcesPanelProps {
  data: JobSources;
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
export const SourcesPanel = memo(function SourcesPanel({ data, onOpen, announce }: SourcesPanelProps) {
  const all = data.sources;
  const [sort, setSort] = useState<SortKey>('visits');
  const [query, setQuery] = useState('');
  // Typing stays instant; the 5,000-row filter follows a beat behind when it must.
  const deferredQuery = useDeferredValue(query);
  const totals = useMemo(() => visitTotals(all), [all]);
  const sorted = useMemo(() => sortSources(all, sort), [all, sort]);
  const shown = useMemo(() => filterSources(sorted, deferredQuery), [sorted, deferredQuery]);
  const unsafe = useMemo(() => all.reduce((count, source) => count + (source.trackedLink ? 0 : 1), 0), [all]);
  // Relative dates are computed against one "now" per answer, not per render.
  const now = useMemo(() => Date.now(), [data]);

  const [copied, setCopied] = useState<string | null>(null);
  const [copyFailure, setCopyFailure] = useState<{ what: string; text: string } | null>(null);
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
    async (key: string, what: string, text: string, done: string) => {
      const outcome = await copyText(text);
      if (outcome === 'failed') {
        setCopyFailure({ what, text });
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
        if (source.trackedLink) void copy(source.id, `${source.name} link`, source.trackedLink, `${source.name} link copied`);
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
    const label = COPY_FORMATS.find((f) => f.format === format)!.label;
    const count = shown.length;
    void copy(
      'all',
      `the sources as ${label}`,
      formatSources(format, shown, totals.visits),
      `${count} ${count === 1 ? 'source' : 'sources'} copied as ${label}`,
    );
  };

  const filterId = useId();
  const filtering = deferredQuery.trim() !== '';

  return (
    <div className="sources">
      <p className="sources__summary">
        <strong>{formatCount(totals.visits)}</strong> {totals.visits === 1 ? 'visit' : 'visits'} ·{' '}
        {formatCount(totals.sources)} {totals.sources === 1 ? 'source' : 'sources'}
      </p>
      <div className="sources__toolbar">
        <label htmlFor={`${filterId}-sort`}>Sort by</label>
        <select id={`${filterId}-sort`} value={sort} onChange={(event) => setSort(event.target.value as SortKey)}>
          {SORT_OPTIONS.map(({ key, label }) => (
            <option key={key} value={key}>
              {label}
            </option>
          ))}
        </select>
        <span className="spacer" />
        <CopyAllMenu count={shown.length} copied={copied === 'all'} onCopy={copyAll} />
      </div>
      {all.length > FILTER_THRESHOLD && (
        <div className="sources__filter">
          <label htmlFor={filterId}>Filter sources</label>
          <input
            id={filterId}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            placeholder="Name or link"
            autoComplete="off"
            spellCheck={false}
          />
        </div>
      )}
      {filtering && (
        <p className="sources__count" role="status">
          Showing {formatCount(shown.length)} of {formatCount(all.length)}
        </p>
      )}
      {data.skipped > 0 && (
        <Banner tone="warn" role="note">
          {data.skipped === 1
            ? '1 source sent by Hirempire could not be read and is not shown.'
            : `${formatCount(data.skipped)} sources sent by Hirempire could not be read and are not shown.`}
        </Banner>
      )}
      {unsafe > 0 && (
        <Banner tone="warn" role="note">
          {unsafe === 1 ? '1 source has' : `${formatCount(unsafe)} sources have`} a link that is not a secure https
          address. It is shown as text only and cannot be copied or opened.
        </Banner>
      )}
      {copyFailure && (
        <Banner tone="error" title={`Could not copy ${copyFailure.what}`}>
          <p>Your browser blocked the clipboard. The text is selected below: press Ctrl+C (⌘C on a Mac).</p>
          <CopyFallbackField text={copyFailure.text} label={`Text of ${copyFailure.what}`} />
        </Banner>
      )}
      {shown.length ? (
        <SourceList sources={shown} totalVisits={totals.visits} copiedId={copied} now={now} actions={actions} />
      ) : (
        <p className="sources__count">No source matches “{deferredQuery.trim()}”.</p>
      )}
      {qrSource?.trackedLink && (
        <QrDialog name={qrSource.name} link={qrSource.trackedLink} onClose={() => setQrSource(null)} />
      )}
    </div>
  );
});

/** Last resort when both clipboard routes fail: the text, selected, for the recruiter to copy. */
function CopyFallbackField({ text, label }: { text: string; label: string }) {
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, [text]);
  return <textarea ref={field} readOnly value={text} aria-label={label} rows={Math.min(4, text.split('\n').length)} />;
}
