import { inRange } from './date-range'
import type { DateRange } from './date-range'
import type { Db } from './db/schema'
import { listSessions } from './sessions'

/** One step of a task, by its index. */
export interface StepStats {
  /** The step's id as the events name it (null when they did not). */
  step: string | null
  stepIndex: number
  /** Median of `step_completed.durationMs`; null when no one completed the step. */
  medianDurationMs: number | null
  /** Hints shown on this step (`hint_shown` events). */
  hints: number
  /** Mistakes made on this step (`mistake` events). */
  mistakes: number
  /** Visitors who gave up on this step (`task_abandoned` events). */
  abandoned: number
}

/** One task over the range. */
export interface TaskStats {
  task: string
  started: number
  completed: number
  abandoned: number
  /** completed ÷ started, at most 1 (a task started before the range may complete inside it); 0 when none started. */
  completionRate: number
  /** Median of `task_completed.durationMs`; null when none completed. */
  medianDurationMs: number | null
  /** Steps by index. */
  steps: StepStats[]
}

/** The answer of `GET /api/stats`. */
export interface Stats {
  from: string | null
  to: string | null
  sessions: {
    total: number
    byMode: { vr: number; desktop: number }
    byLocale: Record<string, number>
  }
  tasks: TaskStats[]
}

const STEP_TYPES = ['step_completed', 'hint_shown', 'mistake', 'task_abandoned'] as const

/** Aggregates the events in a range into what staff need to judge the tasks. */
export async function computeStats(db: Db, range: DateRange): Promise<Stats> {
  const [sessions, taskCounts, stepCounts, durations] = await Promise.all([
    listSessions(db, range),
    db
      .selectFrom('events')
      .select((eb) => ['task', 'type', eb.fn.countAll().as('n')])
      .where(inRange('ts', range))
      .where('type', 'in', ['task_started', 'task_completed', 'task_abandoned'])
      .where('task', 'is not', null)
      .groupBy(['task', 'type'])
      .execute(),
    db
      .selectFrom('events')
      .select((eb) => ['task', 'step_index', 'type', eb.fn.max('step').as('step'), eb.fn.countAll().as('n')])
      .where(inRange('ts', range))
      .where('type', 'in', STEP_TYPES)
      .where('task', 'is not', null)
      .where('step_index', 'is not', null)
      .groupBy(['task', 'step_index', 'type'])
      .execute(),
    db
      .selectFrom('events')
      .select(['task', 'step_index', 'type', 'duration_ms'])
      .where(inRange('ts', range))
      .where('type', 'in', ['task_completed', 'step_completed'])
      .where('task', 'is not', null)
      .where('duration_ms', 'is not', null)
      .execute(),
  ])

  const tasks = new Map<
    string,
    { started: number; completed: number; abandoned: number; durations: number[] }
  >()
  const steps = new Map<string, Map<number, StepStats & { durations: number[] }>>()
  const taskOf = (task: string) => {
    let entry = tasks.get(task)
    if (entry === undefined) {
      entry = { started: 0, completed: 0, abandoned: 0, durations: [] }
      tasks.set(task, entry)
    }
    return entry
  }
  const stepOf = (task: string, stepIndex: number) => {
    taskOf(task)
    let byIndex = steps.get(task)
    if (byIndex === undefined) {
      byIndex = new Map()
      steps.set(task, byIndex)
    }
    let entry = byIndex.get(stepIndex)
    if (entry === undefined) {
      entry = {
        step: null,
        stepIndex,
        medianDurationMs: null,
        hints: 0,
        mistakes: 0,
        abandoned: 0,
        durations: [],
      }
      byIndex.set(stepIndex, entry)
    }
    return entry
  }

  for (const row of taskCounts) {
    if (row.task === null) continue
    const entry = taskOf(row.task)
    const n = Number(row.n)
    if (row.type === 'task_started') entry.started += n
    else if (row.type === 'task_completed') entry.completed += n
    else entry.abandoned += n
  }
  for (const row of stepCounts) {
    if (row.task === null || row.step_index === null) continue
    const entry = stepOf(row.task, row.step_index)
    entry.step ??= row.step
    const n = Number(row.n)
    if (row.type === 'hint_shown') entry.hints += n
    else if (row.type === 'mistake') entry.mistakes += n
    else if (row.type === 'task_abandoned') entry.abandoned += n
  }
  for (const row of durations) {
    if (row.task === null || row.duration_ms === null) continue
    if (row.type === 'task_completed') taskOf(row.task).durations.push(row.duration_ms)
    else if (row.step_index !== null) stepOf(row.task, row.step_index).durations.push(row.duration_ms)
  }

  const byLocale: Record<string, number> = {}
  const byMode = { vr: 0, desktop: 0 }
  for (const session of sessions) {
    byMode[session.mode] += 1
    byLocale[session.locale] = (byLocale[session.locale] ?? 0) + 1
  }

  return {
    from: range.from,
    to: range.to,
    sessions: { total: sessions.length, byMode, byLocale },
    tasks: [...tasks.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([task, entry]) => ({
        task,
        started: entry.started,
        completed: entry.completed,
        abandoned: entry.abandoned,
        completionRate: entry.started === 0 ? 0 : Math.min(1, entry.completed / entry.started),
        medianDurationMs: median(entry.durations),
        steps: [...(steps.get(task)?.values() ?? [])]
          .sort((a, b) => a.stepIndex - b.stepIndex)
          .map(({ durations: stepDurations, ...step }) => ({
            ...step,
            medianDurationMs: median(stepDurations),
          })),
      })),
  }
}

/** The middle value (the mean of the two middle values for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? 0
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2
}
