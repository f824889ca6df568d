import { memo } from 'react';
import { i18n } from '#i18n';

interface CopyButtonProps {
  /** The source whose link is copied, for the accessible name: "LinkedIn" gives "Copy LinkedIn link". */
  name: string;
  copied: boolean;
  onCopy: () => void;
  tabIndex?: number;
  className?: string;
}

/**
 * "Copy", then "Copied" for a moment. The visible word is always part of the accessible
 * name ("Copy LinkedIn link" / "Copied LinkedIn link"), in every language, so voice users
 * can say what they see (tests/unit/popup-i18n.test.tsx checks the messages).
 */
export const CopyButton = memo(function CopyButton({ name, copied, onCopy, tabIndex, className }: CopyButtonProps) {
  return (
    <button
      type="button"
      className={`btn btn--small ${className ?? ''}`}
      data-copied={copied}
      tabIndex={tabIndex}
      onClick={onCopy}
      aria-label={copied ? i18n.t('popup_copied_link', { name }) : i18n.t('popup_copy_link', { name })}
    >
      {copied ? (
        <>
          <span aria-hidden="true">✓</span> {i18n.t('popup_copied')}
        </>
      ) : (
        i18n.t('popup_copy')
      )}
    </button>
  );
});
