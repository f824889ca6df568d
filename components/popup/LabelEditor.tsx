import { useEffect, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { shortJobId } from '@/utils/job-id';

import { MAX_LABEL_LENGTH } from '@/utils/limits';

interface LabelEditorProps {
  jobId: string;
  label: string | undefined;
  onSave: (label: string) => void;
  onCancel: () => void;
}

/** The recruiter's own name for a job ("Senior Backend – Paris"). Enter saves, Escape cancels. */
export function LabelEditor({ jobId, label, onSave, onCancel }: LabelEditorProps) {
  const [value, setValue] = useState(label ?? '');
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);

  return (
    <form
      className="label-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <input
        ref={input}
        type="text"
        value={value}
        maxLength={MAX_LABEL_LENGTH}
        onChange={(event) => setValue(event.target.value)}
        aria-label={i18n.t('popup_label_for_job', { id: shortJobId(jobId) })}
        placeholder={i18n.t('popup_label_placeholder')}
        autoComplete="off"
      />
      <button type="submit" className="btn btn--small btn--primary">
        {i18n.t('popup_save')}
      </button>
      <button type="button" className="btn btn--small" onClick={onCancel}>
        {i18n.t('popup_cancel')}
      </button>
    </form>
  );
}
