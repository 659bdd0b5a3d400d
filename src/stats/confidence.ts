import { z } from 'zod'

// Confidence and feedback (issue 9). Until those events exist the stats find none and say so. When they land,
// `confidence_rated` and `feedback_given` join the shared event schema, and the two payload schemas below become
// its PAYLOAD_SCHEMAS entries: nothing else here needs to change.

/** The event types this module reads. */
export const CONFIDENCE_EVENT = 'confidence_rated'
export const FEEDBACK_EVENT = 'feedback_given'

/** "How sure are you that you could do this on your own?", before or after a task, from 1 to 5. */
export const confidencePayloadSchema = z.object({
  phase: z.enum(['before', 'after']),
  value: z.number().int().min(1).max(5),
})

/** The answers a visitor gives with chips at the end of a task; no free text. */
export const feedbackPayloadSchema = z.object({
  /** Step ids the visitor found hardest. */
  hardest: z.array(z.string()).default([]),
  /** What was unclear, e.g. `words`, `too-fast`, `text-small`, `where-to-look`, `nothing`. */
  unclear: z.array(z.string()).default([]),
  /** Would they try the real e-service now? */
  tryReal: z.enum(['yes', 'maybe', 'no']).optional(),
})

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
  responses: number
  hardest: Record<string, number>
  unclear: Record<string, number>
  tryReal: { yes: number; maybe: number; no: number }
}

function parsePayload<T>(schema: z.ZodType<T>, text: string): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
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
    const rating = parsePayload(confidencePayloadSchema, row.payload)
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
    const answer = parsePayload(feedbackPayloadSchema, row.payload)
    if (answer === null) continue
    summary.responses += 1
    for (const step of new Set(answer.hardest)) summary.hardest[step] = (summary.hardest[step] ?? 0) + 1
    for (const chip of new Set(answer.unclear)) summary.unclear[chip] = (summary.unclear[chip] ?? 0) + 1
    if (answer.tryReal !== undefined) summary.tryReal[answer.tryReal] += 1
  }
  return summary.responses === 0 ? null : summary
}
