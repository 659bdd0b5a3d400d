import { describe, expect, it } from 'vitest'
import { taskReport } from '../../../src/stats/report'
import { statsTable } from '../../../src/stats/tables'
import type { Stats, TaskStats } from '../../../src/stats/types'
import { taskStats } from '../../../src/stats/task-stats'

const SCOPE = { from: null, to: null, site: 'north' }

/** A task's stats from counts: 12 visits started, 9 completed; ratings and feedback from some of them. */
function stats(): TaskStats {
  const rating = (sessionId: string, phase: string, value: number) => ({
    task: 'pay-bill',
    sessionId,
    type: 'confidence_rated',
    payload: JSON.stringify({ phase, value }),
  })
  return taskStats({
    task: 'pay-bill',
    events: { started: 13, completed: 9, abandoned: 3 },
    visits: { started: 12, completed: 9, abandoned: 3 },
    stepCount: 2,
    stepEvents: [
      { stepIndex: 0, step: 'pick-up-bill', hints: 2, mistakes: 0, abandoned: 0 },
      { stepIndex: 1, step: 'enter-ocr', hints: 9, mistakes: 7, abandoned: 3 },
    ],
    visitGroups: [
      { stepIndex: 0, completed: true, skipped: false, visitorHints: 0, staffHints: 0, visits: 10 },
      { stepIndex: 0, completed: true, skipped: false, visitorHints: 1, staffHints: 0, visits: 2 },
      { stepIndex: 1, completed: true, skipped: false, visitorHints: 0, staffHints: 0, visits: 3 },
      { stepIndex: 1, completed: true, skipped: false, visitorHints: 2, staffHints: 1, visits: 6 },
      { stepIndex: 1, completed: false, skipped: false, visitorHints: 1, staffHints: 0, visits: 3 },
    ],
    taskDurations: [60_000],
    stepDurations: [],
    mistakes: [{ stepIndex: 1, code: 'check-digit', count: 7, visits: 5 }],
    voice: [
      ...['a', 'b', 'c', 'd', 'e', 'f'].flatMap((visit) => [
        rating(visit, 'before', 2),
        rating(visit, 'after', 4),
      ]),
      rating('g', 'before', 1),
      {
        task: 'pay-bill',
        sessionId: 'a',
        type: 'feedback_given',
        payload: JSON.stringify({ hardest: ['enter-ocr'], unclear: ['words'], tryReal: 'yes' }),
      },
    ],
  })
}

describe('the report for the city', () => {
  it('shows counts of 5 and more, "<5" for 1 to 4, and only the shares and means that give nothing back', () => {
    const report = taskReport('pay-bill', stats(), SCOPE)
    expect(report).toMatchObject({
      task: 'pay-bill',
      site: 'north',
      tried: 12,
      finished: 9,
      finishedShare: 0.75,
    })
    // Step 2: 9 stuck (6 with three hints, 3 gave up); step 1: nobody.
    expect(report.stuck).toEqual([{ stepIndex: 1, step: 'enter-ocr', stuck: 9, reached: 12, share: 0.75 }])
    expect(report.mistakes).toEqual([{ stepIndex: 1, step: 'enter-ocr', code: 'check-digit', visits: 5 }])
    expect(report.cues[1]).toEqual({
      stepIndex: 1,
      step: 'enter-ocr',
      reached: 12,
      visitor: { none: '<5', one: '<5', twoOrMore: 6 },
      staff: { none: 6, one: 6, twoOrMore: 0 },
    })
    // Seven visits rated before (mean 13/7), six after and six paired; one feedback answer.
    expect(report.confidence).toEqual({
      before: { ratings: 7, mean: 13 / 7 },
      after: { ratings: 6, mean: 4 },
      paired: { visits: 6, meanChange: 2 },
    })
    expect(report.feedback).toEqual({
      responses: '<5',
      hardest: [{ step: 'enter-ocr', visits: '<5' }],
      unclear: [{ chip: 'words', visits: '<5' }],
      tryReal: { yes: '<5', maybe: 0, no: 0 },
    })
  })

  it('leaves out a mean taken over fewer than five answers', () => {
    const few = {
      ...stats(),
      confidence: {
        before: { ratings: 3, mean: 2 },
        after: { ratings: 3, mean: 4 },
        paired: { visits: 3, meanChange: 2 },
      },
    }
    expect(taskReport('pay-bill', few, SCOPE).confidence).toEqual({
      before: { ratings: '<5', mean: null },
      after: { ratings: '<5', mean: null },
      paired: { visits: '<5', meanChange: null },
    })
  })

  it('is all zeros for a task nobody tried', () => {
    expect(taskReport('pay-bill', null, SCOPE)).toMatchObject({
      tried: 0,
      finished: 0,
      finishedShare: null,
      stuck: [],
      cues: [],
    })
  })
})

describe('stats tables', () => {
  const all: Stats = {
    from: null,
    to: null,
    site: null,
    task: 'pay-bill',
    sessions: { total: 12, byMode: { vr: 4, desktop: 8 }, byLocale: { sv: 12 } },
    days: [{ day: '2025-03-01', visits: 12, vr: 4, desktop: 8, byLocale: { sv: 10, ar: 2 } }],
    tasks: [stats()],
  }

  it('give confidence and feedback as rows once there are any', () => {
    expect(statsTable(all, 'confidence', 'pay-bill').rows).toEqual([
      ['before', 7, 13 / 7],
      ['after', 6, 4],
      ['change', 6, 2],
    ])
    expect(statsTable(all, 'feedback', 'pay-bill').rows).toEqual([
      ['hardest', 'enter-ocr', 1],
      ['unclear', 'words', 1],
      ['try_real', 'yes', 1],
      ['try_real', 'maybe', 0],
      ['try_real', 'no', 0],
    ])
  })

  it('give visits per day with a column per language', () => {
    const table = statsTable(all, 'visits', 'pay-bill')
    expect(table.columns.map((column) => column.key)).toEqual([
      'day',
      'visits',
      'vr',
      'screen',
      'lang_ar',
      'lang_sv',
    ])
    expect(table.rows).toEqual([['2025-03-01', 12, 4, 8, 2, 10]])
  })

  it('are empty, with their columns, for a task without events', () => {
    const table = statsTable(all, 'funnel', 'find-book')
    expect(table.rows).toEqual([])
    expect(table.columns[0]?.key).toBe('stage')
  })
})
