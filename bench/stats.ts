/** Small statistics for the bench: medians, spreads and pair-by-pair ratios. */

export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return Number.NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function spread(values: number[]): Spread {
  const finite = values.filter(Number.isFinite);
  return {
    median: median(finite),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    n: finite.length,
  };
}

/** ratio_i = with_i / baseline_i, each pair measured back to back, then their spread. */
export function pairRatios(pairs: Array<{ with: number; baseline: number }>): Spread & { ratios: number[] } {
  const ratios = pairs.map((p) => p.with / p.baseline);
  return { ...spread(ratios), ratios };
}

export const round = (value: number, digits = 1) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
