import { describe, expect, it } from 'vitest'
import { funnel } from '../../../src/stats/funnel'

describe('funnel', () => {
  it('goes from started through each step to completed, with the drop-off at each stage', () => {
    const stages = funnel(20, [18, 12, 12], 11)
    expect(stages.map(({ stage, stepIndex, visits }) => [stage, stepIndex, visits])).toEqual([
      ['started', null, 20],
      ['step', 0, 18],
      ['step', 1, 12],
      ['step', 2, 12],
      ['completed', null, 11],
    ])
    expect(stages.map((stage) => stage.dropOff)).toEqual([0, 2, 6, 0, 1])
    expect(stages.map((stage) => stage.dropOffShare)).toEqual([null, 0.1, 6 / 18, 0, 1 / 12])
  })

  it('never drops below zero when more visits complete a stage than reached the one before', () => {
    // Visits that started before the range can complete inside it.
    expect(funnel(2, [3], 3).map((stage) => stage.dropOff)).toEqual([0, 0, 0])
  })

  it('has no share of a stage nobody reached', () => {
    expect(funnel(0, [0], 0).map((stage) => stage.dropOffShare)).toEqual([null, null, null])
  })
})
