import { describe, expect, it } from 'vitest'
import { cueLevel, isStuck, stepOutcomes } from '../../../src/stats/cues'
import type { StepVisitGroup } from '../../../src/stats/cues'

const group = (overrides: Partial<StepVisitGroup>): StepVisitGroup => ({
  stepIndex: 0,
  completed: true,
  skipped: false,
  visitorHints: 0,
  staffHints: 0,
  visits: 1,
  ...overrides,
})

describe('cue levels', () => {
  it('are 0, 1, and 2 for two hints or more', () => {
    expect([0, 1, 2, 3, 17].map(cueLevel)).toEqual([0, 1, 2, 2, 2])
  })

  it('count visits per step, with the app and staff apart', () => {
    const outcomes = stepOutcomes([
      group({ visits: 5 }),
      group({ visitorHints: 1, visits: 3 }),
      group({ visitorHints: 4, staffHints: 1, visits: 2 }),
      group({ staffHints: 2, completed: false, visits: 1 }),
      group({ stepIndex: 1, visitorHints: 1, visits: 6 }),
    ])
    expect(outcomes.get(0)).toEqual({
      reached: 11,
      completed: 10,
      skipped: 0,
      // Two or more hints together (2 + 1) or not completed (1).
      stuck: 3,
      visitor: { none: 6, one: 3, twoOrMore: 2 },
      staff: { none: 8, one: 2, twoOrMore: 1 },
    })
    expect(outcomes.get(1)).toMatchObject({ reached: 6, visitor: { none: 0, one: 6, twoOrMore: 0 } })
  })
})

describe('stuck', () => {
  it('means gave up, skipped by staff, or needed two hints or more, counting both kinds', () => {
    expect(isStuck(group({}))).toBe(false)
    expect(isStuck(group({ visitorHints: 1 }))).toBe(false)
    expect(isStuck(group({ visitorHints: 1, staffHints: 1 }))).toBe(true)
    expect(isStuck(group({ completed: false }))).toBe(true)
    expect(isStuck(group({ skipped: true }))).toBe(true)
  })
})
