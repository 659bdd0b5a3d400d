import { reportCount, reportShare } from './suppression'
import type { ReportCount } from './suppression'
import type { TaskStats } from './types'

/** Cue levels with small counts suppressed. */
export interface ReportCueLevels {
  none: ReportCount
  one: ReportCount
  twoOrMore: ReportCount
}

/**
 * The report on one task (e-service) for the city's administrations: counts of visits only, nothing per visit or
 * person, every count of 1 to 4 shown as `<5` and every share or mean that could give one back left out (null).
 */
export interface TaskReport {
  task: string
  from: string | null
  to: string | null
  /** The site reported on, or null for every site. */
  site: string | null
  /** Visits that started the task, and that completed it. */
  tried: ReportCount
  finished: ReportCount
  finishedShare: number | null
  /** The (up to) three steps where most visits got stuck: gave up there, or needed two or more hints. */
  stuck: {
    stepIndex: number
    step: string | null
    stuck: ReportCount
    reached: ReportCount
    share: number | null
  }[]
  /** The (up to) five most common mistakes, by visits that made them. */
  mistakes: { stepIndex: number; step: string | null; code: string; visits: ReportCount }[]
  /** Level of cues on every step. */
  cues: {
    stepIndex: number
    step: string | null
    reached: ReportCount
    visitor: ReportCueLevels
    staff: ReportCueLevels
  }[]
  /** Confidence before and after; null until visitors have rated it. */
  confidence: {
    before: { ratings: ReportCount; mean: number | null }
    after: { ratings: ReportCount; mean: number | null }
    paired: { visits: ReportCount; meanChange: number | null }
  } | null
  /** What visitors said with the feedback chips; null until there is feedback. */
  feedback: {
    responses: ReportCount
    hardest: { step: string; visits: ReportCount }[]
    unclear: { chip: string; visits: ReportCount }[]
    tryReal: { yes: ReportCount; maybe: ReportCount; no: ReportCount }
  } | null
}

/** Where the report's numbers come from: the task's stats and the filter they were taken with. */
export interface ReportScope {
  from: string | null
  to: string | null
  site: string | null
}

const levels = (counts: { none: number; one: number; twoOrMore: number }): ReportCueLevels => ({
  none: reportCount(counts.none),
  one: reportCount(counts.one),
  twoOrMore: reportCount(counts.twoOrMore),
})

/** A mean over `n` answers, left out when `n` is suppressed. */
const reportMean = (mean: number | null, n: number): number | null => (reportCount(n) === '<5' ? null : mean)

const byCount = (entries: Record<string, number>) =>
  Object.entries(entries).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))

/** The report for one task; `stats` null (no events) gives a report of zeros. */
export function taskReport(task: string, stats: TaskStats | null, scope: ReportScope): TaskReport {
  const steps = stats?.steps ?? []
  const tried = stats?.visits.started ?? 0
  const finished = stats?.visits.completed ?? 0
  const confidence = stats?.confidence ?? null
  const feedback = stats?.feedback ?? null
  return {
    task,
    ...scope,
    tried: reportCount(tried),
    finished: reportCount(finished),
    finishedShare: reportShare(finished, tried),
    stuck: steps
      .filter((step) => step.visits.stuck > 0)
      .sort((a, b) => b.visits.stuck - a.visits.stuck || a.stepIndex - b.stepIndex)
      .slice(0, 3)
      .map(({ stepIndex, step, visits }) => ({
        stepIndex,
        step,
        stuck: reportCount(visits.stuck),
        reached: reportCount(visits.reached),
        share: reportShare(visits.stuck, visits.reached),
      })),
    mistakes: (stats?.mistakes ?? []).slice(0, 5).map(({ stepIndex, step, code, visits }) => ({
      stepIndex,
      step,
      code,
      visits: reportCount(visits),
    })),
    cues: steps.map(({ stepIndex, step, visits }) => ({
      stepIndex,
      step,
      reached: reportCount(visits.reached),
      visitor: levels(visits.visitor),
      staff: levels(visits.staff),
    })),
    confidence:
      confidence === null
        ? null
        : {
            before: {
              ratings: reportCount(confidence.before.ratings),
              mean: reportMean(confidence.before.mean, confidence.before.ratings),
            },
            after: {
              ratings: reportCount(confidence.after.ratings),
              mean: reportMean(confidence.after.mean, confidence.after.ratings),
            },
            paired: {
              visits: reportCount(confidence.paired.visits),
              meanChange: reportMean(confidence.paired.meanChange, confidence.paired.visits),
            },
          },
    feedback:
      feedback === null
        ? null
        : {
            responses: reportCount(feedback.responses),
            hardest: byCount(feedback.hardest).map(([step, visits]) => ({
              step,
              visits: reportCount(visits),
            })),
            unclear: byCount(feedback.unclear).map(([chip, visits]) => ({
              chip,
              visits: reportCount(visits),
            })),
            tryReal: {
              yes: reportCount(feedback.tryReal.yes),
              maybe: reportCount(feedback.tryReal.maybe),
              no: reportCount(feedback.tryReal.no),
            },
          },
  }
}
