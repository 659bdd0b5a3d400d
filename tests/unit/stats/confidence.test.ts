import { describe, expect, it } from 'vitest'
import { confidenceSummary, feedbackSummary } from '../../../src/stats/confidence'
import type { VisitorVoiceRow } from '../../../src/stats/confidence'
import type { PayloadOf } from '../../../src/telemetry/event-schema'

const rating = (sessionId: string, phase: 'before' | 'after', value: number): VisitorVoiceRow => ({
  task: 'pay-bill',
  sessionId,
  type: 'confidence_rated',
  payload: JSON.stringify({ phase, value }),
})
const feedback = (sessionId: string, payload: PayloadOf<'feedback_given'>): VisitorVoiceRow => ({
  task: 'pay-bill',
  sessionId,
  type: 'feedback_given',
  payload: JSON.stringify(payload),
})

describe('confidence', () => {
  it('has no summary without ratings', () => {
    expect(confidenceSummary([])).toBeNull()
  })

  it('gives the means before and after, and the mean change of the visits that rated both', () => {
    const summary = confidenceSummary([
      rating('a', 'before', 2),
      rating('a', 'after', 4),
      rating('b', 'before', 3),
      rating('b', 'after', 3),
      // Unpaired: only before, and only after.
      rating('c', 'before', 1),
      rating('d', 'after', 5),
    ])
    expect(summary).toEqual({
      before: { ratings: 3, mean: 2 },
      after: { ratings: 3, mean: 4 },
      paired: { visits: 2, meanChange: 1 },
    })
  })

  it('has no paired change when no visit rated both phases', () => {
    expect(
      confidenceSummary([rating('a', 'before', 2), rating('b', 'after', 5), rating('c', 'after', 4)]),
    ).toEqual({
      before: { ratings: 1, mean: 2 },
      after: { ratings: 2, mean: 4.5 },
      paired: { visits: 0, meanChange: null },
    })
  })

  it('reads fractional means and a negative change', () => {
    expect(
      confidenceSummary([
        rating('a', 'before', 4),
        rating('a', 'after', 2),
        rating('b', 'before', 5),
        rating('b', 'after', 5),
        rating('c', 'before', 3),
        rating('c', 'after', 3),
      ]),
    ).toEqual({
      before: { ratings: 3, mean: 4 },
      after: { ratings: 3, mean: 10 / 3 },
      paired: { visits: 3, meanChange: -2 / 3 },
    })
  })

  it('takes the last rating of a phase from a visit that rated it twice, and skips malformed ones', () => {
    const summary = confidenceSummary([
      rating('a', 'before', 1),
      rating('a', 'before', 3),
      rating('a', 'after', 4),
      { ...rating('b', 'after', 5), payload: '{"phase":"after","value":9}' },
      { ...rating('c', 'after', 5), payload: 'not json' },
    ])
    expect(summary).toEqual({
      before: { ratings: 1, mean: 3 },
      after: { ratings: 1, mean: 4 },
      paired: { visits: 1, meanChange: 1 },
    })
  })
})

describe('feedback', () => {
  it('counts each chip once per answer', () => {
    expect(
      feedbackSummary([
        feedback('a', { hardest: ['enter-ocr', 'enter-ocr'], unclear: ['words'], tryReal: 'maybe' }),
        feedback('b', { hardest: ['enter-ocr', 'sign-eid'], unclear: [], tryReal: 'yes' }),
        feedback('c', { hardest: [], unclear: ['nothing'], tryReal: null }),
        // Not the shared schema's shape (an older draft without hardest and tryReal): skipped.
        { ...feedback('d', { hardest: [], unclear: [], tryReal: 'no' }), payload: '{"unclear":["words"]}' },
        // A chip the schema does not know: skipped.
        {
          ...feedback('e', { hardest: [], unclear: [], tryReal: 'no' }),
          payload: '{"hardest":[],"unclear":["loud"],"tryReal":"no"}',
        },
      ]),
    ).toEqual({
      responses: 3,
      hardest: { 'enter-ocr': 2, 'sign-eid': 1 },
      unclear: { words: 1, nothing: 1 },
      tryReal: { yes: 1, maybe: 1, no: 0 },
    })
    expect(feedbackSummary([rating('a', 'before', 3)])).toBeNull()
  })
})
