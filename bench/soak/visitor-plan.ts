// What each visitor of the soak does: data, so a run is the same every time and its mix can be read at a glance.

/** The errands a soak visitor picks from, in turn (the first-steps lessons need head and hand movements). */
export const SOAK_ERRANDS = ['pay-bill', 'spot-the-scam', 'apply-preschool', 'book-visit'] as const

/** One visitor's plan. */
export interface VisitorPlan {
  errand: (typeof SOAK_ERRANDS)[number]
  /** Wrong presses before the right one, on the first steps that offer a wrong choice. */
  mistakes: 1 | 2
  /** `finish`: to the end, then feedback; `walk-away`: stops after `walkAwayAfterSteps` and lets the idle reset act. */
  ending: 'finish' | 'walk-away'
  walkAwayAfterSteps: number
}

/**
 * The plan of a station's `visit`-th visitor (from 0); `station` (from 0) shifts the errands, so stations that run
 * at once do different ones. Every third visitor walks away in the middle.
 */
export function visitorPlan(station: number, visit: number): VisitorPlan {
  const errand = SOAK_ERRANDS[(station + visit) % SOAK_ERRANDS.length] ?? 'pay-bill'
  return {
    errand,
    mistakes: visit % 2 === 0 ? 1 : 2,
    ending: visit % 3 === 1 ? 'walk-away' : 'finish',
    walkAwayAfterSteps: 2 + (visit % 2),
  }
}
