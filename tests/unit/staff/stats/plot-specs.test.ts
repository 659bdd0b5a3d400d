import { describe, expect, it } from 'vitest'
import { cuesPlot, funnelPlot, mistakesPlot, timePlot } from '../../../../src/staff/stats/plot-specs'
import type { StatsTable } from '../../../../src/stats/tables'

const table = (id: StatsTable['id'], keys: string[], rows: StatsTable['rows']): StatsTable => ({
  id,
  columns: keys.map((key) => ({ key, kind: 'count' })),
  rows,
})

describe('plots take their numbers from the tables', () => {
  it('funnel: one bar per stage, labelled by stage or step number', () => {
    const spec = funnelPlot(
      table(
        'funnel',
        ['stage', 'step_number', 'step', 'visits'],
        [
          ['started', null, null, 3],
          ['step', 1, 'a', 3],
          ['completed', null, null, 2],
        ],
      ),
    )
    expect(spec.labels).toEqual(['started', 'step:1', 'completed'])
    expect(spec.series).toEqual([{ key: 'visits', values: [3, 3, 2] }])
  })

  it('time: median and 90th percentile in seconds, none where nobody was timed', () => {
    const spec = timePlot(
      table(
        'time',
        ['step_number', 'median_ms', 'p90_ms'],
        [
          [1, 1500, 4000],
          [2, null, null],
        ],
      ),
    )
    expect(spec.series).toEqual([
      { key: 'median', values: [1.5, null] },
      { key: 'p90', values: [4, null] },
    ])
  })

  it('cues: shares of the visits on each step, stacked', () => {
    const spec = cuesPlot(
      table(
        'cues',
        [
          'step_number',
          'reached',
          'app_hints_0',
          'app_hints_1',
          'app_hints_2_or_more',
          'staff_hints_0',
          'staff_hints_1',
          'staff_hints_2_or_more',
        ],
        [
          [1, 4, 2, 1, 1, 4, 0, 0],
          [2, 0, 0, 0, 0, 0, 0, 0],
        ],
      ),
      'app',
    )
    expect(spec.stacked).toBe(true)
    expect(spec.series).toEqual([
      { key: 'none', values: [0.5, null] },
      { key: 'one', values: [0.25, null] },
      { key: 'twoOrMore', values: [0.25, null] },
    ])
  })

  it('mistakes: the most common first, at most eight', () => {
    const rows = Array.from({ length: 10 }, (_, i) => [i + 1, 'step', `code-${i}`, 10 - i, 10 - i])
    const spec = mistakesPlot(table('mistakes', ['step_number', 'step', 'code', 'visits', 'mistakes'], rows))
    expect(spec.labels).toHaveLength(8)
    expect(spec.labels[0]).toBe('1:code-0')
    expect(spec.series[0]?.values.slice(0, 2)).toEqual([10, 9])
  })
})
