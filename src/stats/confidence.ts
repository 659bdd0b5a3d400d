import { PAYLOAD_SCHEMAS } from '../telemetry/event-schema'
import type { EventType, PayloadOf } from '../telemetry/event-schema'

// Confidence before and after a task, and the visitor's feedback (issue 9): read back with the one payload
// schema the ingest validated them with, so a row written by an older version in another shape is skipped.

/** The event types this module reads. */
export const CONFIDENCE_EVENT = 'confidence_rated' satisfies EventType
export const FEEDBACK_EVENT = 'feedback_given' satisfies EventType

/** One stored rating or feedback event, as the stats query reads it. */
export interface VisitorVoiceRow {
  task: string
  sessionId: string
  type: string
  /** The payload as stored (JSON text). */
  payload: string
}

/** Ratings before and after a task, and the change in visits that gave both. */
export interface ConfidenceSummary {
  before: { ratings: number; mean: number | null }
  after: { ratings: number; mean: number | null }
  /** Visits that rated both before and after: their mean of after minus before. */
  paired: { visits: number; meanChange: number | null }
}

/** Counts of each chip. */
export interface FeedbackSummary {
  /** Feedback answers given. */
  responses: number
  /** Step id → answers that named it among the hardest. */
  hardest: Record<string, number>
  /** Reason → answers that chose it. */
  unclear: Partial<Record<UnclearReason, number>>
  /** Answers to "Would you try the real e-service now?"; unanswered ones are not counted. */
  tryReal: Record<TryRealAnswer, number>
}

type UnclearReason = PayloadOf<'feedback_given'>['unclear'][number]
type TryRealAnswer = NonNullable<PayloadOf<'feedback_given'>['tryReal']>

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** A stored rating's payload, or null when it no longer matches the shared schema. */
function readRating(text: string): PayloadOf<'confidence_rated'> | null {
  const parsed = PAYLOAD_SCHEMAS.confidence_rated.safeParse(parseJson(text))
  return parsed.success ? parsed.data : null
}

/** A stored feedback's payload, or null when it no longer matches the shared schema. */
function readFeedback(text: string): PayloadOf<'feedback_given'> | null {
  const parsed = PAYLOAD_SCHEMAS.feedback_given.safeParse(parseJson(text))
  return parsed.success ? parsed.data : null
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length

/**
 * Confidence of one task's visits; null when there are no ratings. A visit that rated a phase twice (it restarted
 * the task) counts with its last rating, given in the order of `rows`.
 */
export function confidenceSummary(rows: readonly VisitorVoiceRow[]): ConfidenceSummary | null {
  const byVisit = new Map<string, { before?: number; after?: number }>()
  for (const row of rows) {
    if (row.type !== CONFIDENCE_EVENT) continue
    const rating = readRating(row.payload)
    if (rating === null) continue
    const visit = byVisit.get(row.sessionId) ?? {}
    visit[rating.phase] = rating.value
    byVisit.set(row.sessionId, visit)
  }
  if (byVisit.size === 0) return null
  const visits = [...byVisit.values()]
  const before = visits.flatMap((visit) => (visit.before === undefined ? [] : [visit.before]))
  const after = visits.flatMap((visit) => (visit.after === undefined ? [] : [visit.after]))
  const changes = visits.flatMap((visit) =>
    visit.before === undefined || visit.after === undefined ? [] : [visit.after - visit.before],
  )
  return {
    before: { ratings: before.length, mean: mean(before) },
    after: { ratings: after.length, mean: mean(after) },
    paired: { visits: changes.length, meanChange: mean(changes) },
  }
}

/** Feedback of one task's visits; null when there is none. */
export function feedbackSummary(rows: readonly VisitorVoiceRow[]): FeedbackSummary | null {
  const summary: FeedbackSummary = {
    responses: 0,
    hardest: {},
    unclear: {},
    tryReal: { yes: 0, maybe: 0, no: 0 },
  }
  for (const row of rows) {
    if (row.type !== FEEDBACK_EVENT) continue
    const answer = readFeedback(row.payload)
    if (answer === null) continue
    summary.responses += 1
    for (const step of new Set(answer.hardest)) summary.hardest[step] = (summary.hardest[step] ?? 0) + 1
    for (const chip of new Set(answer.unclear)) summary.unclear[chip] = (summary.unclear[chip] ?? 0) + 1
    // null: the visitor left the question unanswered.
    if (answer.tryReal !== null) summary.tryReal[answer.tryReal] += 1
  }
  return summary.responses === 0 ? null : summary
}
