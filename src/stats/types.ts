import type { ConfidenceSummary, FeedbackSummary } from './confidence'
import type { StepOutcome } from './cues'
import type { FunnelStage } from './funnel'

/** One step of a task, by its index. */
export interface StepStats {
  /** The step's id as the events name it (null when no event named it). */
  step: string | null
  stepIndex: number
  /** Median of `step_completed.durationMs` over steps the visitor did (not skipped by staff); null when none. */
  medianDurationMs: number | null
  /** 90th percentile of the same durations. */
  p90DurationMs: number | null
  /** How many completions those two are taken over. */
  timed: number
  /** Hints shown on this step (`hint_shown` events, app and staff). */
  hints: number
  /** Mistakes made on this step (`mistake` events). */
  mistakes: number
  /** Gave up on this step (`task_abandoned` events). */
  abandoned: number
  /** How visits fared on the step: reached, completed, stuck, and their level of cues. */
  visits: StepOutcome
}

/** A mistake code on one step. */
export interface MistakeStats {
  stepIndex: number
  step: string | null
  code: string
  /** `mistake` events. */
  count: number
  /** Visits that made it at least once. */
  visits: number
}

/** One task over the range. */
export interface TaskStats {
  task: string
  /** `task_started` events (a visit that restarts the task starts it again). */
  started: number
  completed: number
  abandoned: number
  /** completed ÷ started, at most 1 (a task started before the range may complete inside it); 0 when none started. */
  completionRate: number
  /** Median of `task_completed.durationMs`; null when none completed. */
  medianDurationMs: number | null
  /** 90th percentile of the same durations. */
  p90DurationMs: number | null
  /** Visits (sessions) that started, completed and gave up on the task. */
  visits: { started: number; completed: number; abandoned: number }
  /** Steps of the task, as its events tell (`stepCount`); every step appears below, reached or not. */
  stepCount: number
  /** Started → each step completed → task completed, in visits. */
  funnel: FunnelStage[]
  /** Steps by index. */
  steps: StepStats[]
  /** Mistakes by step and code, most visits first. */
  mistakes: MistakeStats[]
  /** Confidence before and after; null until visitors have rated it. */
  confidence: ConfidenceSummary | null
  /** The visitors' feedback chips; null until there is feedback. */
  feedback: FeedbackSummary | null
}

/** Visits on one day (UTC), by the day of their first event. */
export interface VisitDay {
  /** `2025-03-01` */
  day: string
  visits: number
  vr: number
  desktop: number
  /** Visits by the language they ended in. */
  byLocale: Record<string, number>
}

/** The answer of `GET /api/stats`. */
export interface Stats {
  from: string | null
  to: string | null
  /** The site filtered on, or null for every site. */
  site: string | null
  /** The task filtered on, or null for every task. */
  task: string | null
  sessions: {
    total: number
    byMode: { vr: number; desktop: number }
    byLocale: Record<string, number>
  }
  /** Visits per day over the range (every day, none left out). */
  days: VisitDay[]
  tasks: TaskStats[]
}
