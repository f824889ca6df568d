import { memo } from 'react';

interface CopyButtonProps {
  /** What is copied, for the accessible name: "LinkedIn link" gives "Copy LinkedIn link". */
  what: string;
  copied: boolean;
  onCopy: () => void;
  tabIndex?: number;
  className?: string;
}

/**
 * "Copy", then "Copied" for a moment. The visible word is always the start of the
 * accessible name ("Copy LinkedIn link" / "Copied LinkedIn link"), so voice users can
 * say what they see.
 */
export const CopyButton = memo(function CopyButton({ what, copied, onCopy, tabIndex, className }: CopyButtonProps) {
  return (
    <button
      type="button"
      className={`btn btn--small ${className ?? ''}`}
      data-copied={copied}
      tabIndex={tabIndex}
      onClick={onCopy}
    >
      {copied ? (
        <>
          <span aria-hidden="true">✓</span> Copied
        </>
      ) : (
        'Copy'
      )}
      <span className="visually-hidden"> {what}</span>
    </button>
  );
});
