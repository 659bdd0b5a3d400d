import { describe, expect, it } from 'vitest'
import { heapGrowth, resetsOffFirst } from '../../../../bench/soak/report'
import type { ResetSample } from '../../../../bench/soak/page-probe'

const sample = (heapBytes: number, pageLoad = 1, geometries = 10): ResetSample => ({
  geometries,
  textures: 4,
  programs: 5,
  audioElements: 0,
  objectUrls: 0,
  heapBytes,
  pageLoad,
})

describe('heapGrowth', () => {
  it('compares the last reset with the fifth of the same page load', () => {
    const resets = [100, 101, 102, 103, 110, 111, 121].map((heap) => sample(heap))
    expect(heapGrowth(resets)).toMatchObject({ base: 110, last: 121, visits: 2 })
  })

  it('starts again after a reload: a fresh page has a fresh heap', () => {
    const resets = [sample(100), sample(300), sample(90, 2), sample(99, 2)]
    const growth = heapGrowth(resets)
    expect(growth).toMatchObject({ base: 90, last: 99, visits: 1 })
    expect(growth?.growth).toBeCloseTo(0.1)
  })
})

describe('resetsOffFirst', () => {
  it('counts the resets that left other GPU resources than the first', () => {
    expect(resetsOffFirst([sample(1), sample(2), sample(3, 1, 11)])).toBe(1)
  })
})
