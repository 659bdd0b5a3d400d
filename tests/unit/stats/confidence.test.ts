import { describe, expect, it } from 'vitest'
import { confidenceSummary, feedbackSummary } from '../../../src/stats/confidence'
import type { VisitorVoiceRow } from '../../../src/stats/confidence'

const rating = (sessionId: string, phase: 'before' | 'after', value: number): VisitorVoiceRow => ({
  task: 'pay-bill',
  sessionId,
  type: 'confidence_rated',
  payload: JSON.stringify({ phase, value }),
})
const feedback = (sessionId: string, payload: object): VisitorVoiceRow => ({
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
        feedback('c', { unclear: ['nothing'] }),
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
