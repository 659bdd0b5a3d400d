import { describe, expect, it } from 'vitest'
import {
  ALIGN_FUNCTION,
  percentile,
  scriptMsPerFrame,
  type SampledProfile,
} from '../../../bench/frame-script'

const frame = (id: number, functionName: string, url: string, children: number[] = []) => ({
  id,
  callFrame: { functionName, url },
  children,
})

/** A profile on a clock 5 s ahead of the page's, sampled every 1 ms: `leafs` is the node of each sample. */
function profileOf(leafs: number[]): SampledProfile {
  return {
    nodes: [
      frame(1, '(root)', '', [2, 3, 5]),
      frame(2, ALIGN_FUNCTION, 'eval', [4]),
      frame(3, 'render', 'app.js'),
      frame(4, 'now', ''),
      frame(5, '(idle)', ''),
    ],
    startTime: 5_000_000,
    samples: leafs,
    timeDeltas: leafs.map(() => 1000),
  }
}

describe('scriptMsPerFrame', () => {
  it('ties the profile to the page clock by the marker and counts script samples per frame', () => {
    // One sample a millisecond: the first two in the marker (the first in its native clock read), then script and idle.
    const profile = profileOf([4, 2, 3, 3, 5, 3, 5, 5, 3, 3, 3, 5])
    // The marker read the page clock at 0.5 ms, just before its first sample at 1 ms.
    const perFrame = scriptMsPerFrame(profile, [0, 2.5, 6.5, 8.5, 12.5], 0.5)
    // The marker read 0.5 ms, so the samples fall at page 0.5, 1.5, ...: frame [2.5, 6.5) holds three script samples,
    // [6.5, 8.5) none, [8.5, 12.5) three.
    expect(perFrame).toEqual([3, 0, 3])
  })

  it('fails plainly when the marker was never sampled', () => {
    expect(() => scriptMsPerFrame(profileOf([3, 5]), [0, 1], 0)).toThrow(/no sample in/)
  })
})

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i)
    expect(percentile(values, 0.5)).toBe(50)
    expect(percentile(values, 0.95)).toBe(95)
    expect(percentile([], 0.5)).toBeNaN()
  })
})
