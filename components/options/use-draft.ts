import { useEffect, useRef, useState } from 'react';

/**
 * A form field's text, started from the saved value. When the saved value changes
 * elsewhere (another tab, an import), an untouched field follows it; a field the
 * recruiter is editing keeps what they typed.
 */
export function useDraft(saved: string): [string, (value: string) => void] {
  const [draft, setDraft] = useState(saved);
  const base = useRef(saved);
  useEffect(() => {
    if (saved === base.current) return;
    setDraft((current) => (current === base.current ? saved : current));
    base.current = saved;
  }, [saved]);
  return [draft, setDraft];
}
