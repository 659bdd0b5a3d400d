import { describe, expect, it } from 'vitest'
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from '../../../src/telemetry/backoff'

describe('backoffDelay', () => {
  const almostOne = () => 0.999_999

  it('grows by the factor from the base and is capped at maxMs', () => {
    const ceilings = [0, 1, 2, 3, 4, 5, 6, 7, 10, 50].map((attempt) =>
      backoffDelay(attempt, { baseMs: 1000, maxMs: 60_000 }, almostOne),
    )
    expect(ceilings).toEqual([999, 1999, 3999, 7999, 15_999, 31_999, 59_999, 59_999, 59_999, 59_999])
  })

  it('uses full jitter: any delay from 0 up to the ceiling', () => {
    const options = { baseMs: 1000, maxMs: 60_000 }
    expect(backoffDelay(3, options, () => 0)).toBe(0)
    expect(backoffDelay(3, options, () => 0.25)).toBe(2000)
    expect(backoffDelay(3, options, () => 0.5)).toBe(4000)
  })

  it('stays within [0, maxMs] for hostile inputs', () => {
    expect(backoffDelay(1e6, DEFAULT_BACKOFF, () => 2)).toBe(60_000)
    expect(backoffDelay(-3, DEFAULT_BACKOFF, () => -1)).toBe(0)
    expect(backoffDelay(Number.POSITIVE_INFINITY, { baseMs: 10, maxMs: 100, factor: 3 }, () => 0.5)).toBe(50)
  })

  it('defaults to base 1 s, factor 2, cap 60 s', () => {
    expect(DEFAULT_BACKOFF).toEqual({ baseMs: 1000, maxMs: 60_000, factor: 2 })
  })
})

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-03-01T12:00:00Z')

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
  })

  it('reads an HTTP date relative to now, never negative', () => {
    expect(parseRetryAfter('Sat, 01 Mar 2025 12:00:30 GMT', now)).toBe(30_000)
    expect(parseRetryAfter('Sat, 01 Mar 2025 11:00:00 GMT', now)).toBe(0)
  })

  it('gives null when absent or unreadable', () => {
    expect(parseRetryAfter(null, now)).toBeNull()
    expect(parseRetryAfter('soon', now)).toBeNull()
    expect(parseRetryAfter('-5', now)).toBeNull()
  })
})
