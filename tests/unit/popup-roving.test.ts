import { describe, expect, it } from 'vitest';
import { nextRowIndex } from '@/utils/popup/roving';

describe('nextRowIndex', () => {
  it('moves one row with the arrows, stopping at the ends', () => {
    expect(nextRowIndex('ArrowDown', 0, 5, 3)).toBe(1);
    expect(nextRowIndex('ArrowDown', 4, 5, 3)).toBe(4);
    expect(nextRowIndex('ArrowUp', 2, 5, 3)).toBe(1);
    expect(nextRowIndex('ArrowUp', 0, 5, 3)).toBe(0);
  });

  it('jumps with Home, End and a page at a time', () => {
    expect(nextRowIndex('Home', 3, 5000, 4)).toBe(0);
    expect(nextRowIndex('End', 3, 5000, 4)).toBe(4999);
    expect(nextRowIndex('PageDown', 3, 5000, 4)).toBe(7);
    expect(nextRowIndex('PageUp', 3, 5000, 4)).toBe(0);
    expect(nextRowIndex('PageDown', 4998, 5000, 4)).toBe(4999);
  });

  it('ignores other keys and empty lists', () => {
    expect(nextRowIndex('Enter', 0, 5, 3)).toBeNull();
    expect(nextRowIndex('a', 0, 5, 3)).toBeNull();
    expect(nextRowIndex('ArrowDown', 0, 0, 3)).toBeNull();
  });

  it('recovers from a row index that is out of range (the list got shorter)', () => {
    expect(nextRowIndex('ArrowDown', 40, 5, 3)).toBe(4);
    expect(nextRowIndex('ArrowUp', 40, 5, 3)).toBe(3);
  });
});
