/** How retry delays grow while the server is unreachable or overloaded. */
export interface BackoffOptions {
  /** Ceiling of the first delay, in ms. @default 1000 */
  baseMs: number
  /** No delay is ever longer than this, in ms. @default 60000 */
  maxMs: number
  /** Growth per consecutive failure. @default 2 */
  factor?: number
}

/** The defaults of {@link BackoffOptions}. */
export const DEFAULT_BACKOFF = { baseMs: 1000, maxMs: 60_000, factor: 2 } as const

/**
 * The delay before retry number `attempt` (0 for the first retry), with full jitter:
 * a uniform pick in `[0, min(maxMs, baseMs * factor ** attempt))`. Full jitter spreads the
 * kiosks of a library out after an outage instead of having them retry in lockstep.
 * @param random a source of uniform numbers in [0, 1). @default Math.random
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const factor = options.factor ?? DEFAULT_BACKOFF.factor
  const exponent = Math.max(0, Math.floor(attempt))
  const ceiling = Math.min(options.maxMs, options.baseMs * factor ** exponent)
  const unit = Math.min(Math.max(random(), 0), 1)
  return Math.floor(unit * ceiling)
}

/**
 * Reads a `Retry-After` header (seconds, or an HTTP date) as a delay in ms from `now`.
 * @returns the delay, or null when the header is missing or unreadable
 */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header === null) return null
  const value = header.trim()
  if (/^\d+$/.test(value)) return Number(value) * 1000
  // An HTTP date names its weekday or month; Date.parse alone would also take '-5' as a year.
  const date = /[a-z]{3}/i.test(value) ? Date.parse(value) : Number.NaN
  if (Number.isNaN(date)) return null
  return Math.max(0, date - now)
}
