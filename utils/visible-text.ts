/**
 * Text from the API that leaves the extension (copied, exported, shown in a browser menu) carries
 * no character that makes it read otherwise than it is: bidirectional embeddings, overrides and
 * isolates (U+202A–202E, U+2066–2069, U+061C) turn "gro.live" into what looks like "evil.org",
 * and zero-width characters and marks (U+200B–200F, U+FEFF) hide text in plain sight.
 */
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function withoutInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/** One line of visible text: control characters and line breaks become spaces, invisible controls go. */
export function visibleLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return withoutInvisibleControls(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}
