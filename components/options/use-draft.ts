import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Form fields' text, started from the saved values. When a saved value changes elsewhere
 * (another tab, an import), an untouched field follows it; a field the recruiter is
 * editing keeps what they typed.
 */
export function useDrafts<K extends string>(saved: Record<K, string>): [Record<K, string>, (key: K, value: string) => void] {
  const [drafts, setDrafts] = useState(saved);
  const base = useRef(saved);
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    const previous = base.current;
    base.current = saved;
    setDrafts((current) => {
      const next = { ...current };
      for (const key of Object.keys(saved) as K[]) if (current[key] === previous[key]) next[key] = saved[key];
      return next;
    });
    // `saved` is a new object on every render; only its content matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [savedKey]);
  const setDraft = useCallback((key: K, value: string) => setDrafts((current) => ({ ...current, [key]: value })), []);
  return [drafts, setDraft];
}

/** One field's text (see useDrafts). */
export function useDraft(saved: string): [string, (value: string) => void] {
  const [drafts, setDraft] = useDrafts({ value: saved });
  return [drafts.value, useCallback((value: string) => setDraft('value', value), [setDraft])];
}
