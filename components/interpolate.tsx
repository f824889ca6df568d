import { Fragment, type ReactNode } from 'react';

const PLACEHOLDER = /(\{[A-Za-z0-9_]+\})/;

/**
 * A translated sentence with elements inside it ("ends in <code>cdef</code>"), without
 * cutting the sentence into pieces a translator cannot reorder. Ask i18n.t to keep the
 * placeholder (`i18n.t('key', { hint: '{hint}' })`); this puts the element where the
 * language put the placeholder. Unknown placeholders stay as text.
 */
export function interpolate(text: string, elements: Record<string, ReactNode>): ReactNode[] {
  return text.split(PLACEHOLDER).map((part, index) => {
    const name = part.startsWith('{') && part.endsWith('}') ? part.slice(1, -1) : null;
    return <Fragment key={index}>{name !== null && name in elements ? elements[name] : part}</Fragment>;
  });
}
