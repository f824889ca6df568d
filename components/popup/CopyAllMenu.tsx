import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { COPY_FORMATS, copyFormatLabel, type CopyFormat } from '@/utils/popup/copy-all';
import { formatCount } from '@/utils/popup/format';

interface CopyAllMenuProps {
  /** How many sources will be copied (the ones shown). */
  count: number;
  /** True once the last "Copy all" succeeded, for a moment. */
  copied: boolean;
  onCopy: (format: CopyFormat) => void;
}

/** "Copy all" as plain text, CSV or a Markdown table: a button that shows three choices. */
export function CopyAllMenu({ count, copied, onCopy }: CopyAllMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLButtonElement>('[data-format]')?.focus();
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  return (
    <div
      className="copy-all"
      ref={root}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          toggle.current?.focus();
        }
      }}
      onBlur={(event) => {
        // Tabbing out of the choices closes them.
        if (open && !root.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={toggle}
        type="button"
        className="btn btn--small"
        data-copied={copied}
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((value) => !value)}
      >
        {copied ? (
          <>
            <span aria-hidden="true">✓</span> {i18n.t('popup_copied_all')}
          </>
        ) : (
          i18n.t('popup_copy_all')
        )}
      </button>
      {open && (
        <div className="copy-all__menu" id={menuId} role="group" aria-label={i18n.t('popup_copy_all_as')}>
          <p>{i18n.t('popup_copy_all_count', count, [formatCount(count)])}</p>
          {COPY_FORMATS.map((format) => (
            <button
              key={format}
              type="button"
              className="btn btn--small"
              data-format={format}
              onClick={() => {
                onCopy(format);
                setOpen(false);
                toggle.current?.focus();
              }}
            >
              {copyFormatLabel(format)}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
