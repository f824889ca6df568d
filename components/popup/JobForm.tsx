import { memo, useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { parseJobInput } from '@/utils/popup/job-input';

interface JobFormProps {
  /** Called with a well-formed job id only; anything else is refused here. */
  onLookup: (jobId: string) => void;
}

/** "Job ID": a UUID, or any text or link containing one. Enter submits. */
export const JobForm = memo(function JobForm({ onLookup }: JobFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseJobInput(value);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setError(null);
    setValue('');
    onLookup(parsed.jobId);
  }

  return (
    <form className="job-form" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>{i18n.t('popup_job_id')}</label>
      <input
        id={inputId}
        name="job"
        type="text"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          if (error) setError(null);
        }}
        placeholder={i18n.t('popup_job_id_placeholder')}
        autoComplete="off"
        spellCheck={false}
        // Long pastes (a whole e-mail, a URL with tracking) are fine: the job id is taken out of them.
        maxLength={20_000}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <button type="submit" className="btn btn--primary">
        {i18n.t('popup_look_up')}
      </button>
      {error && (
        <p id={errorId} className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
});
