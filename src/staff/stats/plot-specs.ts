import type { Cell, StatsTable } from '../../stats/tables'

/** What a plot draws, taken from the rows of its table so both show the same numbers. */
export interface PlotSpec {
  id: string
  /** Categories (steps, stages, mistakes) or days (`2025-03-01`). */
  x: 'categories' | 'days'
  /** One label per point: a key the panel turns into text, or a day. */
  labels: string[]
  /** Each series' values, one per label; null where there is nothing to plot. */
  series: { key: string; values: (number | null)[] }[]
  /** Bars stacked on each other (the series add up), or side by side. */
  stacked: boolean
  /** Lines instead of bars. */
  lines?: boolean
  unit: 'count' | 'share' | 'seconds'
}

/** A column's cells by its key. */
export function column(table: StatsTable, key: string): Cell[] {
  const index = table.columns.findIndex((candidate) => candidate.key === key)
  return index < 0 ? table.rows.map(() => null) : table.rows.map((row) => row[index] ?? null)
}

const numbers = (cells: readonly Cell[]): (number | null)[] =>
  cells.map((cell) => (typeof cell === 'number' ? cell : null))

/** Stages: `started`, `step:3`, `completed`. */
export function funnelPlot(table: StatsTable): PlotSpec {
  const stages = column(table, 'stage')
  const stepNumbers = column(table, 'step_number')
  return {
    id: 'funnel',
    x: 'categories',
    labels: stages.map((stage, index) => (stage === 'step' ? `step:${stepNumbers[index]}` : String(stage))),
    series: [{ key: 'visits', values: numbers(column(table, 'visits')) }],
    stacked: false,
    unit: 'count',
  }
}

/** Median and 90th percentile per step, in seconds. */
export function timePlot(table: StatsTable): PlotSpec {
  const seconds = (key: string) => numbers(column(table, key)).map((ms) => (ms === null ? null : ms / 1000))
  return {
    id: 'time',
    x: 'categories',
    labels: column(table, 'step_number').map((n) => `step:${n}`),
    series: [
      { key: 'median', values: seconds('median_ms') },
      { key: 'p90', values: seconds('p90_ms') },
    ],
    stacked: false,
    unit: 'seconds',
  }
}

/** Shares of the visits on each step at each cue level, from the app (`app`) or from staff (`staff`). */
export function cuesPlot(table: StatsTable, who: 'app' | 'staff'): PlotSpec {
  const reached = numbers(column(table, 'reached'))
  const share = (key: string) =>
    numbers(column(table, key)).map((count, index) => {
      const whole = reached[index] ?? 0
      return count === null || whole === 0 ? null : count / whole
    })
  return {
    id: `cues-${who}`,
    x: 'categories',
    labels: column(table, 'step_number').map((n) => `step:${n}`),
    series: [
      { key: 'none', values: share(`${who}_hints_0`) },
      { key: 'one', values: share(`${who}_hints_1`) },
      { key: 'twoOrMore', values: share(`${who}_hints_2_or_more`) },
    ],
    stacked: true,
    unit: 'share',
  }
}

/** The most common mistakes (at most `limit`), by visits that made them. */
export function mistakesPlot(table: StatsTable, limit = 8): PlotSpec {
  const steps = column(table, 'step_number')
  const codes = column(table, 'code')
  return {
    id: 'mistakes',
    x: 'categories',
    labels: codes.slice(0, limit).map((code, index) => `${steps[index]}:${code}`),
    series: [{ key: 'visits', values: numbers(column(table, 'visits')).slice(0, limit) }],
    stacked: false,
    unit: 'count',
  }
}

/** Visits per day in VR and on a screen. */
export function visitsByModePlot(table: StatsTable): PlotSpec {
  return {
    id: 'visits-mode',
    x: 'days',
    labels: column(table, 'day').map(String),
    series: [
      { key: 'vr', values: numbers(column(table, 'vr')) },
      { key: 'screen', values: numbers(column(table, 'screen')) },
    ],
    stacked: true,
    unit: 'count',
  }
}

/** Visits per day in each language. */
export function visitsByLanguagePlot(table: StatsTable): PlotSpec {
  return {
    id: 'visits-language',
    x: 'days',
    labels: column(table, 'day').map(String),
    series: table.columns
      .filter((candidate) => candidate.key.startsWith('lang_'))
      .map(({ key }) => ({ key, values: numbers(column(table, key)) })),
    stacked: false,
    lines: true,
    unit: 'count',
  }
}
