/**
 * The `p` quantile (0 to 1) of the values by linear interpolation between the closest ranks (as PostgreSQL's
 * `percentile_cont`, R's type 7 and numpy's default), so the median of an even count is the mean of the two middle
 * values. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (sorted.length - 1) * Math.min(1, Math.max(0, p))
  const below = Math.floor(rank)
  const lower = sorted[below] ?? 0
  const upper = sorted[Math.min(below + 1, sorted.length - 1)] ?? lower
  return lower + (rank - below) * (upper - lower)
}

/** The middle value (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  return percentile(values, 0.5)
}
