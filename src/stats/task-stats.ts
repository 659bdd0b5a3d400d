import { confidenceSummary, feedbackSummary } from './confidence'
import type { VisitorVoiceRow } from './confidence'
import { emptyOutcome, stepOutcomes } from './cues'
import type { StepVisitGroup } from './cues'
import { funnel } from './funnel'
import { median, percentile } from './percentile'
import type { MistakeStats, StepStats, TaskStats } from './types'

/** What the database counts for one task; {@link taskStats} does the arithmetic. */
export interface TaskCounts {
  task: string
  /** `task_started`, `task_completed` and `task_abandoned` events. */
  events: { started: number; completed: number; abandoned: number }
  /** Visits (distinct sessions) with those events. */
  visits: { started: number; completed: number; abandoned: number }
  /** The largest `stepCount` the task's events give (0 when none does). */
  stepCount: number
  /** Per step index: its id, and its hint, mistake and abandon events. */
  stepEvents: {
    stepIndex: number
    step: string | null
    hints: number
    mistakes: number
    abandoned: number
  }[]
  /** Visits per step, grouped by how they fared there. */
  visitGroups: StepVisitGroup[]
  taskDurations: number[]
  /** `step_completed` durations of steps not skipped by staff. */
  stepDurations: { stepIndex: number; durationMs: number }[]
  /** Per step and code: events and visits. */
  mistakes: Omit<MistakeStats, 'step'>[]
  /** Ratings and feedback, oldest first. */
  voice: VisitorVoiceRow[]
}

/** The task's stats from its counts: funnel, times, cue levels, mistakes, confidence and feedback. */
export function taskStats(counts: TaskCounts): TaskStats {
  const outcomes = stepOutcomes(counts.visitGroups)
  const durations = new Map<number, number[]>()
  for (const { stepIndex, durationMs } of counts.stepDurations) {
    const list = durations.get(stepIndex)
    if (list === undefined) durations.set(stepIndex, [durationMs])
    else list.push(durationMs)
  }
  const eventsByStep = new Map(counts.stepEvents.map((step) => [step.stepIndex, step]))
  const highestSeen = Math.max(
    -1,
    ...counts.stepEvents.map((step) => step.stepIndex),
    ...outcomes.keys(),
    ...durations.keys(),
  )
  const stepCount = Math.max(counts.stepCount, highestSeen + 1)

  const steps: StepStats[] = Array.from({ length: stepCount }, (_, stepIndex) => {
    const events = eventsByStep.get(stepIndex)
    const timed = durations.get(stepIndex) ?? []
    return {
      step: events?.step ?? null,
      stepIndex,
      medianDurationMs: median(timed),
      p90DurationMs: percentile(timed, 0.9),
      timed: timed.length,
      hints: events?.hints ?? 0,
      mistakes: events?.mistakes ?? 0,
      abandoned: events?.abandoned ?? 0,
      visits: outcomes.get(stepIndex) ?? emptyOutcome(),
    }
  })
  const { started, completed, abandoned } = counts.events
  return {
    task: counts.task,
    started,
    completed,
    abandoned,
    completionRate: started === 0 ? 0 : Math.min(1, completed / started),
    medianDurationMs: median(counts.taskDurations),
    p90DurationMs: percentile(counts.taskDurations, 0.9),
    visits: counts.visits,
    stepCount,
    funnel: funnel(
      counts.visits.started,
      steps.map((step) => step.visits.completed),
      counts.visits.completed,
    ),
    steps,
    mistakes: counts.mistakes
      .map((mistake) => ({ ...mistake, step: eventsByStep.get(mistake.stepIndex)?.step ?? null }))
      .sort(
        (a, b) =>
          b.visits - a.visits || b.count - a.count || a.stepIndex - b.stepIndex || (a.code < b.code ? -1 : 1),
      ),
    confidence: confidenceSummary(counts.voice),
    feedback: feedbackSummary(counts.voice),
  }
}
