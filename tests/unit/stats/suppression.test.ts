import { describe, expect, it } from 'vitest'
import { reportCount, reportShare } from '../../../src/stats/suppression'

describe('small-number suppression', () => {
  it('shows 1 to 4 as "<5", and 0 and 5 or more as they are', () => {
    expect([0, 1, 2, 3, 4, 5, 120].map(reportCount)).toEqual([0, '<5', '<5', '<5', '<5', 5, 120])
  })

  it('leaves out a share that would give a suppressed count back', () => {
    expect(reportShare(6, 8)).toBe(0.75)
    expect(reportShare(3, 20)).toBeNull()
    expect(reportShare(2, 3)).toBeNull()
    expect(reportShare(0, 0)).toBeNull()
    expect(reportShare(0, 12)).toBe(0)
  })
})
