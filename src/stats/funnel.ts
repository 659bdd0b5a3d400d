/** One stage of a task's funnel: the visits that got this far. */
export interface FunnelStage {
  /** `started`, a step (by its index), or `completed`. */
  stage: 'started' | 'step' | 'completed'
  /** The step's index for a step stage, else null. */
  stepIndex: number | null
  /** Visits that reached this stage: started the task, completed the step, or completed the task. */
  visits: number
  /** Visits lost since the stage before (0 for the first stage, never below 0). */
  dropOff: number
  /** `dropOff` as a share of the stage before; null when that stage had no visits. */
  dropOffShare: number | null
}

/**
 * Started → each step → completed. `stepsCompleted[i]` is the number of visits that completed step i. A visit can
 * start before the range and finish inside it, so a stage may hold more visits than the one before: its drop-off
 * is then 0.
 */
export function funnel(started: number, stepsCompleted: readonly number[], completed: number): FunnelStage[] {
  const counts: Omit<FunnelStage, 'dropOff' | 'dropOffShare'>[] = [
    { stage: 'started', stepIndex: null, visits: started },
    ...stepsCompleted.map((visits, stepIndex) => ({ stage: 'step' as const, stepIndex, visits })),
    { stage: 'completed', stepIndex: null, visits: completed },
  ]
  return counts.map((stage, index) => {
    const before = index === 0 ? null : (counts[index - 1]?.visits ?? 0)
    const dropOff = before === null ? 0 : Math.max(0, before - stage.visits)
    return { ...stage, dropOff, dropOffShare: before === null || before === 0 ? null : dropOff / before }
  })
}
