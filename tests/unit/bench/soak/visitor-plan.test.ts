import { describe, expect, it } from 'vitest'
import { SOAK_ERRANDS, visitorPlan } from '../../../../bench/soak/visitor-plan'

describe('visitorPlan', () => {
  it('gives stations running at once different errands, and every errand comes round', () => {
    expect(visitorPlan(0, 0).errand).not.toBe(visitorPlan(1, 0).errand)
    const errands = new Set(Array.from({ length: 4 }, (_, visit) => visitorPlan(0, visit).errand))
    expect(errands).toEqual(new Set(SOAK_ERRANDS))
  })

  it('has some visitors walk away in the middle and the rest finish, with one or two mistakes each', () => {
    const plans = Array.from({ length: 6 }, (_, visit) => visitorPlan(2, visit))
    expect(plans.map((plan) => plan.ending)).toEqual([
      'finish',
      'walk-away',
      'finish',
      'finish',
      'walk-away',
      'finish',
    ])
    expect(new Set(plans.map((plan) => plan.mistakes))).toEqual(new Set([1, 2]))
  })
})
