/**
 * Roving focus in the source list: one row is the list's tab stop and the arrow keys
 * move it. Returns the row to focus next, or null when the key is not ours.
 */
export function nextRowIndex(key: string, current: number, count: number, pageSize: number): number | null {
  if (count <= 0) return null;
  const last = count - 1;
  const from = Math.min(Math.max(current, 0), last);
  switch (key) {
    case 'ArrowDown':
      return Math.min(from + 1, last);
    case 'ArrowUp':
      return Math.max(from - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(from + Math.max(1, pageSize), last);
    case 'PageUp':
      return Math.max(from - Math.max(1, pageSize), 0);
    default:
      return null;
  }
}
