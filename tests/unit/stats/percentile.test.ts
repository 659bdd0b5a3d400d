import { describe, expect, it } from 'vitest'
import { median, percentile } from '../../../src/stats/percentile'

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull()
    expect(median([7])).toBe(7)
    expect(median([9, 1, 5])).toBe(5)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
})

describe('percentile', () => {
  it('interpolates between the closest ranks, as PostgreSQL percentile_cont does', () => {
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100]
    expect(percentile(values, 0.9)).toBe(91)
    expect(percentile(values, 0)).toBe(10)
    expect(percentile(values, 1)).toBe(100)
    expect(percentile([5000, 4000, 6000], 0.9)).toBe(5800)
  })

  it('gives the one value for a single value, null for none', () => {
    expect(percentile([42], 0.9)).toBe(42)
    expect(percentile([], 0.9)).toBeNull()
  })

  it('leaves the input as it was', () => {
    const values = [3, 1, 2]
    percentile(values, 0.5)
    expect(values).toEqual([3, 1, 2])
  })
})
