import { memo, type MouseEvent } from 'react';
import type { JobSource } from '@/utils/api/schema';
import { formatCount, formatExact, formatRelative, formatShare, shortenLink } from '@/utils/popup/format';
import { CopyButton } from './CopyButton';

export interface SourceActions {
  copy: (source: JobSource) => void;
  open: (source: JobSource) => void;
  showQr: (source: JobSource) => void;
}

interface SourceRowProps {
  source: JobSource;
  index: number;
  setSize: number;
  /** 0..1 of the job's visits. */
  share: number;
  /** Position in the scrolled list (px). */
  top: number;
  /** This row is the list's tab stop. */
  tabStop: boolean;
  copied: boolean;
  now: number;
  actions: SourceActions;
  hintId: string;
}

/**
 * One source: name, created date, its share of the visits, its link and what can be done
 * with it. Only a vetted https `trackedLink` becomes a link or can be copied, opened or
 * turned into a QR code; anything else is shown as plain text with a warning.
 */
export const SourceRow = memo(function SourceRow({
  source,
  index,
  setSize,
  share,
  top,
  tabStop,
  copied,
  now,
  actions,
  hintId,
}: SourceRowProps) {
  const name = source.name.trim() || '(no name)';
  const link = source.trackedLink;
  const visits = `${formatCount(source.visits)} ${source.visits === 1 ? 'visit' : 'visits'}`;
  const shareText = formatShare(share);
  const created = formatRelative(source.createdAtMs, now);
  const inner = tabStop ? 0 : -1;
  const what = `${name} link`;

  const openLink = (event: MouseEvent) => {
    // Through the tabs API, like the Open button: a popup's own navigation would be lost when it closes.
    event.preventDefault();
    actions.open(source);
  };

  return (
    <li
      className="source"
      data-index={index}
      tabIndex={tabStop ? 0 : -1}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      aria-label={`${name}: ${visits}, ${shareText}${link ? '' : ', no safe link'}`}
      aria-describedby={link ? hintId : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span className="source__name" title={name}>
        {name}
      </span>
      {created ? (
        <time className="source__date" dateTime={source.createdAt} title={`Created ${formatExact(source.createdAtMs)}`}>
          {created}
        </time>
      ) : (
        <span className="source__date">date unknown</span>
      )}
      <span className="share" aria-hidden="true">
        <span className="share__fill" style={{ width: `${share * 100}%` }} />
      </span>
      <span className="source__visits">
        <strong>{formatCount(source.visits)}</strong> {source.visits === 1 ? 'visit' : 'visits'} · {shareText}
      </span>
      {link ? (
        <a
          className="source__link"
          href={link}
          title={link}
          // The Open button is the keyboard way; one less tab stop per row.
          tabIndex={-1}
          onClick={openLink}
          target="_blank"
          rel="noreferrer noopener"
        >
          {shortenLink(link, 28)}
        </a>
      ) : (
        <span className="source__unsafe" title={source.rawUrl}>
          <strong>Unsafe link, not copyable:</strong>
          <span>{source.rawUrl || '(empty)'}</span>
        </span>
      )}
      {link && (
        <span className="source__actions">
          <CopyButton what={what} copied={copied} onCopy={() => actions.copy(source)} tabIndex={inner} />
          <button type="button" className="btn btn--small" tabIndex={inner} onClick={() => actions.open(source)}>
            Open<span className="visually-hidden"> {what}</span>
          </button>
          <button
            type="button"
            className="btn btn--small"
            tabIndex={inner}
            aria-haspopup="dialog"
            onClick={() => actions.showQr(source)}
          >
            QR<span className="visually-hidden"> code for {what}</span>
          </button>
        </span>
      )}
    </li>
  );
});
