import { BATCH_LIMITS, telemetryEventSchema } from '../telemetry/event-schema'
import type { IngestResponse, TelemetryEvent } from '../telemetry/event-schema'
import { catalogProblem, type Catalog } from './catalog'
import { reasonFromIssues } from './validation-reasons'

/** A batch split into events fit to store and refusals by index. */
export interface CheckedBatch {
  /** Events to store. */
  valid: TelemetryEvent[]
  /** Valid events of a preview: answered as accepted, never stored. */
  preview: number
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

/** What events are checked against besides their schema. */
export interface IngestRules {
  /** Every id the app can emit. */
  catalog: Catalog
  /** Events older than this many days would be purged at once, so they are refused. */
  retentionDays: number
  /** @default Date.now() */
  now?: number
}

const DAY_MS = 24 * 60 * 60 * 1000
/** How far ahead of the server's clock an event may be: a headset's clock may be off, not by more. */
export const MAX_CLOCK_AHEAD_MS = DAY_MS

/** Validates each event on its own, so one bad event never costs the others. */
export function checkEvents(events: readonly unknown[], rules: IngestRules): CheckedBatch {
  const valid: TelemetryEvent[] = []
  let preview = 0
  const rejected: IngestResponse['rejected'] = []
  const now = rules.now ?? Date.now()
  const earliest = now - rules.retentionDays * DAY_MS
  const latest = now + MAX_CLOCK_AHEAD_MS
  events.forEach((raw, index) => {
    const result = telemetryEventSchema.safeParse(raw)
    if (!result.success) {
      rejected.push({ index, reason: reasonFromIssues(`events[${index}]`, result.error.issues, raw) })
      return
    }
    const time = Date.parse(result.data.ts)
    if (!(time >= earliest && time <= latest)) {
      rejected.push({
        index,
        reason: `events[${index}].ts: must lie within the last ${rules.retentionDays} days and at most one day ahead`,
      })
      return
    }
    // A preview runs a draft, whose ids no catalog has; its events are never kept, so there is nothing to check.
    if (result.data.preview === true) {
      preview++
      return
    }
    const unknown = catalogProblem(`events[${index}]`, result.data, rules.catalog)
    if (unknown !== null) {
      rejected.push({ index, reason: unknown })
      return
    }
    const ts = new Date(time).toISOString()
    // UUIDs compare as text: one spelling per id keeps the ingest idempotent whatever case a client uses.
    valid.push({
      ...result.data,
      id: result.data.id.toLowerCase(),
      sessionId: result.data.sessionId.toLowerCase(),
      ts,
    })
  })
  return { valid, preview, rejected }
}
