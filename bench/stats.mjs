// Statistics the benchmark's measurements share.

/// The median of the values that are there (null and undefined are not);
/// null when none is.
export function median(values) {
  const sorted = values.filter((v) => v !== null && v !== undefined).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/// a / b, or null when either is missing or b is 0.
export const ratio = (a, b) => (a === null || b === null || b === undefined || a === undefined || b === 0 ? null : a / b);

/// The ratio of each pair of runs: `figure` of ours[i] over that of limit[i].
export const pairRatios = (ours, limit, figure) => ours.map((sample, i) => ratio(figure(sample), figure(limit[i])));

/// The median of the ratios of each pair of runs (null if any is missing).
export function pairedRatio(ours, limit, figure) {
  const ratios = pairRatios(ours, limit, figure);
  return ratios.includes(null) ? null : median(ratios);
}
