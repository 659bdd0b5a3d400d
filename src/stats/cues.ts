/**
 * The "level of cues required" a visit needed on a step: how many hints it was given there. Hints the app gave
 * (asked for, or shown after idling or mistakes) and help from staff are counted apart.
 */
export type CueLevel = 0 | 1 | 2

/** 0, 1, or 2 for two or more hints. */
export function cueLevel(hints: number): CueLevel {
  return hints <= 0 ? 0 : hints === 1 ? 1 : 2
}

/** Visits at each cue level. */
export interface CueLevels {
  none: number
  one: number
  twoOrMore: number
}

/**
 * Visits that were on one step and fared alike there, as the database counts them: one row per distinct
 * combination, with how many visits had it.
 */
export interface StepVisitGroup {
  stepIndex: number
  /** Whether these visits completed the step. */
  completed: boolean
  /** Whether staff skipped the step for them. */
  skipped: boolean
  /** Hints the app gave on the step (asked for, or after idling or mistakes). */
  visitorHints: number
  /** Hints staff gave on the step. */
  staffHints: number
  visits: number
}

/** How visits fared on one step. */
export interface StepOutcome {
  /** Visits that were on the step (any event there). */
  reached: number
  /** Visits that completed it (staff skipping it for them included). */
  completed: number
  /** Visits for which staff skipped it. */
  skipped: number
  /** Visits that got stuck there: see {@link isStuck}. */
  stuck: number
  /** Cue levels from the app's hints. */
  visitor: CueLevels
  /** Cue levels from staff's help. */
  staff: CueLevels
}

/**
 * A visit got stuck on a step when it did not complete it, staff had to skip it, or it needed two or more hints (the
 * app's and staff's together).
 */
export function isStuck(group: Omit<StepVisitGroup, 'stepIndex' | 'visits'>): boolean {
  return !group.completed || group.skipped || cueLevel(group.visitorHints + group.staffHints) === 2
}

function addLevel(levels: CueLevels, hints: number, visits: number): void {
  const level = cueLevel(hints)
  if (level === 0) levels.none += visits
  else if (level === 1) levels.one += visits
  else levels.twoOrMore += visits
}

/** Outcomes per step index from the visit groups of one task. */
export function stepOutcomes(groups: readonly StepVisitGroup[]): Map<number, StepOutcome> {
  const outcomes = new Map<number, StepOutcome>()
  for (const group of groups) {
    let outcome = outcomes.get(group.stepIndex)
    if (outcome === undefined) {
      outcome = emptyOutcome()
      outcomes.set(group.stepIndex, outcome)
    }
    outcome.reached += group.visits
    if (group.completed) outcome.completed += group.visits
    if (group.skipped) outcome.skipped += group.visits
    if (isStuck(group)) outcome.stuck += group.visits
    addLevel(outcome.visitor, group.visitorHints, group.visits)
    addLevel(outcome.staff, group.staffHints, group.visits)
  }
  return outcomes
}

/** A step no visit reached. */
export function emptyOutcome(): StepOutcome {
  return {
    reached: 0,
    completed: 0,
    skipped: 0,
    stuck: 0,
    visitor: { none: 0, one: 0, twoOrMore: 0 },
    staff: { none: 0, one: 0, twoOrMore: 0 },
  }
}
