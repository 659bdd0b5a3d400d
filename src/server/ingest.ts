import { BATCH_LIMITS, telemetryEventSchema } from '../telemetry/event-schema'
import type { IngestResponse, TelemetryEvent } from '../telemetry/event-schema'
import { reasonFromIssues } from './validation-reasons'

/** A batch split into events fit to store and refusals by index. */
export interface CheckedBatch {
  valid: TelemetryEvent[]
  rejected: IngestResponse['rejected']
}

/** Why a request body is not a batch at all, or null when it is one. */
export function batchShapeError(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return 'the body must be a JSON object: { "events": [...] }'
  }
  if (!Object.hasOwn(body, 'events')) return 'events: required (an array of events)'
  const { events } = body as { events: unknown }
  if (!Array.isArray(events)) return 'events: expected an array of events'
  if (events.length < BATCH_LIMITS.minEvents || events.length > BATCH_LIMITS.maxEvents) {
    return `events: expected ${BATCH_LIMITS.minEvents} to ${BATCH_LIMITS.maxEvents} events, received ${events.length}`
  }
  return null
}

/** Validates each event on its own, so one bad event never costs the others. */
export function checkEvents(events: readonly unknown[]): CheckedBatch {
  const valid: TelemetryEvent[] = []
  const rejected: IngestResponse['rejected'] = []
  events.forEach((raw, index) => {
    const result = telemetryEventSchema.safeParse(raw)
    if (!result.success) {
      rejected.push({ index, reason: reasonFromIssues(`events[${index}]`, result.error.issues, raw) })
      return
    }
    const ts = normaliseTimestamp(result.data.ts)
    if (ts === null) {
      rejected.push({ index, reason: `events[${index}].ts: outside the years 0000 to 9999` })
      return
    }
    // UUIDs compare as text: one spelling per id keeps the ingest idempotent whatever case a client uses.
    valid.push({
      ...result.data,
      id: result.data.id.toLowerCase(),
      sessionId: result.data.sessionId.toLowerCase(),
      ts,
    })
  })
  return { valid, rejected }
}

/** UTC with milliseconds, so that stored timestamps sort as text. */
function normaliseTimestamp(ts: string): string | null {
  const time = Date.parse(ts)
  if (Number.isNaN(time)) return null
  const iso = new Date(time).toISOString()
  return /^\d{4}-/.test(iso) ? iso : null
}
