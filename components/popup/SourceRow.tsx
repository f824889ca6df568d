import { memo, type MouseEvent } from 'react';
import { i18n } from '#i18n';
import { interpolate } from '@/components/interpolate';
import type { JobSource } from '@/utils/api/schema';
import { formatCount, formatExact, formatGain, formatRelative, formatShare } from '@/utils/popup/format';
import { displayLink } from '@/utils/link-display';
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
  /** Visits gained since the recruiter last looked at this job (0: none, or nothing to compare with). */
  gain: number;
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
 * One source: name, created date, its share of the visits (and what it gained since the
 * last look), its link and what can be done with it. Only a vetted https `trackedLink`
 * becomes a link or can be copied, opened or turned into a QR code; anything else is shown
 * as plain text with a warning.
 */
export const SourceRow = memo(function SourceRow({
  source,
  index,
  setSize,
  share,
  gain,
  top,
  tabStop,
  copied,
  now,
  actions,
  hintId,
}: SourceRowProps) {
  const name = source.name.trim() || i18n.t('popup_no_name');
  const link = source.trackedLink;
  const visits = i18n.t('popup_visits', source.visits, [formatCount(source.visits)]);
  const gainText = gain > 0 ? i18n.t('popup_gain', gain, [formatCount(gain)]) : '';
  const shareText = formatShare(share);
  const created = formatRelative(source.createdAtMs, now);
  const inner = tabStop ? 0 : -1;
  const details = {
    name,
    visits: gainText ? i18n.t('popup_visits_with_gain', { visits, gain: gainText }) : visits,
    share: shareText,
  };
  const label = link ? i18n.t('popup_row_label', details) : i18n.t('popup_row_label_unsafe', details);

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
      aria-label={label}
      aria-describedby={link ? hintId : undefined}
      style={{ transform: `translateY(${top}px)` }}
    >
      <span className="source__name" title={name}>
        {name}
      </span>
      {created ? (
        <time
          className="source__date"
          dateTime={source.createdAt}
          title={i18n.t('popup_created', { date: formatExact(source.createdAtMs) ?? '' })}
        >
          {created}
        </time>
      ) : (
        <span className="source__date">{i18n.t('popup_date_unknown')}</span>
      )}
      <span className="share" aria-hidden="true">
        <span className="share__fill" style={{ width: `${share * 100}%` }} />
      </span>
      <span className="source__visits">
        {gain > 0 && (
          <span className="source__gain" title={gainText}>
            <span aria-hidden="true">{formatGain(gain)}</span>
            <span className="visually-hidden">{gainText}</span>
          </span>
        )}
        {interpolate(i18n.t('popup_visits', source.visits, ['{count}']), {
          count: <strong>{formatCount(source.visits)}</strong>,
        })}{' '}
        · {shareText}
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
          {displayLink(link, 28)}
        </a>
      ) : (
        <span className="source__unsafe" title={source.rawUrl}>
          <strong>{i18n.t('popup_unsafe_link')}</strong>
          <span>{source.rawUrl || i18n.t('popup_empty_link')}</span>
        </span>
      )}
      {link && (
        <span className="source__actions">
          <CopyButton name={name} copied={copied} onCopy={() => actions.copy(source)} tabIndex={inner} />
          <button
            type="button"
            className="btn btn--small"
            tabIndex={inner}
            onClick={() => actions.open(source)}
            aria-label={i18n.t('popup_open_link', { name })}
          >
            {i18n.t('popup_open')}
          </button>
          <button
            type="button"
            className="btn btn--small"
            tabIndex={inner}
            aria-haspopup="dialog"
            onClick={() => actions.showQr(source)}
            aria-label={i18n.t('popup_qr_link', { name })}
          >
            {i18n.t('popup_qr')}
          </button>
        </span>
      )}
    </li>
  );
});
