import { BATCH_LIMITS, telemetryEventSchema } from '../telemetry/event-schema'
import type { IngestResponse, TelemetryEvent } from '../telemetry/event-schema'
import { catalogProblem, type Catalog } from './catalog'
import { eventToRow } from './db/event-rows'
import type { Db, EventsTable } from './db/schema'
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
  return { valid, rejected }
}

const ROWS_PER_STATEMENT = 500

/** Stores validated events; see {@link createEventStore}. */
export interface EventStore {
  /** Stores the events in one transaction and counts what was new. */
  store(events: readonly TelemetryEvent[]): Promise<{ accepted: number; duplicates: number }>
}

/**
 * An event store over a database. An id already stored, or repeated within the batch, is a duplicate:
 * `ON CONFLICT DO NOTHING` keeps the first copy.
 */
export function createEventStore(db: Db): EventStore {
  // Arrival order, in microseconds since the epoch and strictly increasing, breaks ties between equal `ts`
  // (a step's completion and the next step's start are often stamped in the same millisecond).
  let lastSeq = 0
  const nextSeq = (): number => {
    lastSeq = Math.max(Date.now() * 1000, lastSeq + 1)
    return lastSeq
  }

  return {
    async store(events) {
      if (events.length === 0) return { accepted: 0, duplicates: 0 }
      const receivedAt = new Date().toISOString()
      const rows: EventsTable[] = events.map((event) => eventToRow(event, receivedAt, nextSeq()))
      const accepted = await db.transaction().execute(async (trx) => {
        let inserted = 0
        // Chunks keep each statement well under SQLite's bound-parameter limit.
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          const result = await trx
            .insertInto('events')
            .values(rows.slice(start, start + ROWS_PER_STATEMENT))
            .onConflict((oc) => oc.column('id').doNothing())
            .executeTakeFirst()
          inserted += Number(result.numInsertedOrUpdatedRows ?? 0n)
        }
        return inserted
      })
      return { accepted, duplicates: events.length - accepted }
    },
  }
}
