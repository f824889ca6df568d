import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { i18n } from '#i18n';
import type { JobSource } from '@/utils/api/schema';
import { nextRowIndex } from '@/utils/popup/roving';
import { visitShare } from '@/utils/popup/share';
import { SourceRow, type SourceActions } from './SourceRow';

/** Every row has the same height: no measuring, so 5,000 rows cost what 10 do. */
export const ROW_HEIGHT = 62;
/**
 * Rows shown at most before the list scrolls (a half row hints that it does). The popup's
 * layout shrinks the list further when the rest of the popup needs the room (popup.css).
 */
const VISIBLE_ROWS = 6.5;

interface SourceListProps {
  sources: JobSource[];
  totalVisits: number;
  copiedId: string | null;
  /** Visits gained since the last look, by source id (only sources that gained). */
  gains: ReadonlyMap<string, number>;
  now: number;
  actions: SourceActions;
}

/**
 * The sources, virtualised, with roving focus: the list is one tab stop, arrow keys
 * (and Home, End, Page Up, Page Down) move between rows, Enter copies the row's link.
 * The focused row is always rendered, even scrolled out of view, so focus is never lost.
 */
export function SourceList({ sources, totalVisits, copiedId, gains, now, actions }: SourceListProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const hintId = useId();
  const [activeId, setActiveId] = useState<string | null>(null);
  const pendingFocus = useRef(false);

  const activeIndex = useMemo(() => {
    const index = activeId == null ? -1 : sources.findIndex((source) => source.id === activeId);
    return index < 0 ? 0 : index;
  }, [sources, activeId]);
  // A new extractor when the active row changes: the virtualizer recomputes its rows on it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );

  const virtualizer = useVirtualizer({
    count: sources.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 4,
    rangeExtractor,
  });

  // Moving with the keyboard: the row is rendered (see rangeExtractor); scroll it in, then focus it.
  // Should it not be in the page yet, the next render (after the scroll) tries again.
  useLayoutEffect(() => {
    if (!pendingFocus.current) return;
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
    const row = list.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"]`);
    if (row) {
      pendingFocus.current = false;
      row.focus({ preventScroll: true });
    }
  });

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row || event.altKey || event.ctrlKey || event.metaKey) return;
    const index = Number(row.dataset.index);
    if (event.key === 'Enter' && event.target === row) {
      event.preventDefault();
      const source = sources[index];
      if (source?.trackedLink) actions.copy(source);
      return;
    }
    const pageSize = Math.max(1, Math.floor((scroller.current?.clientHeight ?? ROW_HEIGHT) / ROW_HEIGHT) - 1);
    const next = nextRowIndex(event.key, index, sources.length, pageSize);
    if (next == null) return;
    event.preventDefault();
    pendingFocus.current = true;
    const id = sources[next].id;
    if (id === activeId && next === activeIndex) {
      // Same row (already at an end): still bring focus back to the row itself.
      list.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus();
      pendingFocus.current = false;
    } else setActiveId(id);
  };

  // Clicking or tabbing into a row's button makes that row the tab stop.
  const onFocus = (event: FocusEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('li[data-index]');
    if (!row) return;
    const source = sources[Number(row.dataset.index)];
    if (source && source.id !== activeId) setActiveId(source.id);
  };

  const height = Math.min(sources.length, VISIBLE_ROWS) * ROW_HEIGHT + 2;

  return (
    <>
      <p id={hintId} hidden>
        {i18n.t('popup_list_hint')}
      </p>
      <div
        className="source-scroll"
        ref={scroller}
        style={{ height, minHeight: Math.min(height, 2 * ROW_HEIGHT + 2) }}
      >
        <ul
          ref={list}
          className="source-list"
          aria-label={i18n.t('popup_sources')}
          role="list"
          style={{ height: virtualizer.getTotalSize() }}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const source = sources[item.index];
            return (
              <SourceRow
                key={item.key}
                source={source}
                index={item.index}
                setSize={sources.length}
                share={visitShare(source.visits, totalVisits)}
                top={item.start}
                tabStop={item.index === activeIndex}
                copied={copiedId === source.id}
                gain={gains.get(source.id) ?? 0}
                now={now}
                actions={actions}
                hintId={hintId}
              />
            );
          })}
        </ul>
      </div>
    </>
  );
}
