/** Small statistics for repeated timings. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface Spread {
  runs: number[];
  median: number;
  min: number;
  max: number;
  /** (max - min) / median, in percent: how noisy the runs were. */
  spreadPct: number;
}

export function spread(values: readonly number[]): Spread {
  const m = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { runs: values.map(round), median: round(m), min: round(min), max: round(max), spreadPct: round(m ? ((max - min) / m) * 100 : 0, 1) };
}

export function round(value: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
