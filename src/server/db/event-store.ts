import type { Transaction } from 'kysely'
import type { TelemetryEvent } from '../../telemetry/event-schema'
import { eventToRow } from './event-rows'
import type { DatabaseSchema, Db, EventsTable } from './schema'

/** What storing a batch did. */
export interface StoreResult {
  /** Events stored now. */
  accepted: number
  /** Events whose id was already stored, or repeated within the batch. */
  duplicates: number
}

/** Stores validated events; see {@link createEventStore}. */
export interface EventStore {
  /** Stores the events durably (committed before it resolves) and counts what was new. */
  store(events: readonly TelemetryEvent[]): Promise<StoreResult>
}

/** Rows per INSERT: keeps each statement well under SQLite's bound-parameter limit. */
const ROWS_PER_STATEMENT = 500
/**
 * An event store over a database, stamping each event with `siteId`. An id already stored, or repeated within
 * the batch, is a duplicate: `ON CONFLICT DO NOTHING` keeps the first copy, so many servers can write one
 * database and retries never store twice.
 */
export function createEventStore(db: Db, siteId: string): EventStore {
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
      const rows = events.map((event) => eventToRow(event, receivedAt, nextSeq(), siteId))
      const accepted = await db.transaction().execute((trx) => insertRows(trx, rows))
      return { accepted, duplicates: events.length - accepted }
    },
  }
}

async function insertRows(trx: Transaction<DatabaseSchema>, rows: readonly EventsTable[]): Promise<number> {
  let inserted = 0
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const result = await trx
      .insertInto('events')
      .values(rows.slice(start, start + ROWS_PER_STATEMENT))
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst()
    inserted += Number(result.numInsertedOrUpdatedRows ?? 0n)
  }
  return inserted
}
