import type { Stats, TaskStats } from './types'

/** The tables behind the dashboard's plots; the CSV downloads are the same tables. */
export const STATS_TABLES = [
  'funnel',
  'time',
  'cues',
  'mistakes',
  'visits',
  'confidence',
  'feedback',
] as const
export type StatsTableId = (typeof STATS_TABLES)[number]

/** How a column's values read: `share` is 0 to 1, `ms` milliseconds, `count` whole numbers of visits or events. */
export type CellKind = 'text' | 'count' | 'share' | 'ms' | 'number'

/** One cell: text, a number, or null for "none" (e.g. no time when nobody completed a step). */
export type Cell = string | number | null

/** A table of stats, the same for the screen and the CSV file. */
export interface StatsTable {
  id: StatsTableId
  /** Column keys (the CSV header; the dashboard shows each key's text) and how their cells read. */
  columns: { key: string; kind: CellKind }[]
  rows: Cell[][]
}

type Column = StatsTable['columns'][number]
const text = (key: string): Column => ({ key, kind: 'text' })
const count = (key: string): Column => ({ key, kind: 'count' })

/** Step columns: its number (1 for the first step) and its id. */
const STEP_COLUMNS = [count('step_number'), text('step')]

function taskTable(id: StatsTableId, task: TaskStats): StatsTable {
  switch (id) {
    case 'funnel':
      return {
        id,
        columns: [
          text('stage'),
          ...STEP_COLUMNS,
          count('visits'),
          count('drop_off'),
          { key: 'drop_off_share', kind: 'share' },
        ],
        rows: task.funnel.map((stage) => [
          stage.stage,
          stage.stepIndex === null ? null : stage.stepIndex + 1,
          stage.stepIndex === null ? null : (task.steps[stage.stepIndex]?.step ?? null),
          stage.visits,
          stage.dropOff,
          stage.dropOffShare,
        ]),
      }
    case 'time':
      return {
        id,
        columns: [
          ...STEP_COLUMNS,
          count('timed'),
          { key: 'median_ms', kind: 'ms' },
          { key: 'p90_ms', kind: 'ms' },
        ],
        rows: task.steps.map((step) => [
          step.stepIndex + 1,
          step.step,
          step.timed,
          step.medianDurationMs,
          step.p90DurationMs,
        ]),
      }
    case 'cues':
      return {
        id,
        columns: [
          ...STEP_COLUMNS,
          count('reached'),
          count('app_hints_0'),
          count('app_hints_1'),
          count('app_hints_2_or_more'),
          count('staff_hints_0'),
          count('staff_hints_1'),
          count('staff_hints_2_or_more'),
          count('skipped'),
          count('stuck'),
        ],
        rows: task.steps.map(({ stepIndex, step, visits }) => [
          stepIndex + 1,
          step,
          visits.reached,
          visits.visitor.none,
          visits.visitor.one,
          visits.visitor.twoOrMore,
          visits.staff.none,
          visits.staff.one,
          visits.staff.twoOrMore,
          visits.skipped,
          visits.stuck,
        ]),
      }
    case 'mistakes':
      return {
        id,
        columns: [...STEP_COLUMNS, text('code'), count('visits'), count('mistakes')],
        rows: task.mistakes.map((mistake) => [
          mistake.stepIndex + 1,
          mistake.step,
          mistake.code,
          mistake.visits,
          mistake.count,
        ]),
      }
    case 'confidence': {
      const confidence = task.confidence
      const mean = (key: string): Column => ({ key, kind: 'number' })
      return {
        id,
        columns: [text('measure'), count('visits'), mean('mean')],
        rows:
          confidence === null
            ? []
            : [
                ['before', confidence.before.ratings, confidence.before.mean],
                ['after', confidence.after.ratings, confidence.after.mean],
                ['change', confidence.paired.visits, confidence.paired.meanChange],
              ],
      }
    }
    case 'feedback': {
      const feedback = task.feedback
      const rows: Cell[][] = []
      if (feedback !== null) {
        for (const [step, visits] of Object.entries(feedback.hardest)) rows.push(['hardest', step, visits])
        for (const [chip, visits] of Object.entries(feedback.unclear)) rows.push(['unclear', chip, visits])
        for (const [answer, visits] of Object.entries(feedback.tryReal))
          rows.push(['try_real', answer, visits])
      }
      return { id, columns: [text('question'), text('answer'), count('visits')], rows }
    }
    case 'visits':
      throw new Error('visits is not a task table')
  }
}

function visitsTable(stats: Stats): StatsTable {
  const locales = [...new Set(stats.days.flatMap((day) => Object.keys(day.byLocale)))].sort()
  return {
    id: 'visits',
    columns: [
      text('day'),
      count('visits'),
      count('vr'),
      count('screen'),
      ...locales.map((locale) => count(`lang_${locale}`)),
    ],
    rows: stats.days.map((day) => [
      day.day,
      day.visits,
      day.vr,
      day.desktop,
      ...locales.map((locale) => day.byLocale[locale] ?? 0),
    ]),
  }
}

/**
 * A table from the stats: `visits` covers every visit in the answer; the others are about `task` (they are empty
 * when the task has no events in the answer).
 */
export function statsTable(stats: Stats, id: StatsTableId, task: string): StatsTable {
  if (id === 'visits') return visitsTable(stats)
  const taskStats = stats.tasks.find((candidate) => candidate.task === task)
  if (taskStats === undefined) return { ...taskTable(id, EMPTY_TASK), rows: [] }
  return taskTable(id, taskStats)
}

const EMPTY_TASK: TaskStats = {
  task: '',
  started: 0,
  completed: 0,
  abandoned: 0,
  completionRate: 0,
  medianDurationMs: null,
  p90DurationMs: null,
  visits: { started: 0, completed: 0, abandoned: 0 },
  stepCount: 0,
  funnel: [],
  steps: [],
  mistakes: [],
  confidence: null,
  feedback: null,
}
