import type { TelemetryEvent } from '../../telemetry/event-schema'
import { eventToRow } from './event-rows'
import type { Db, EventsTable } from './schema'

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
  /** Waits for stores in flight, then lets the database go. */
  close(): Promise<void>
}

/** Writes rows to the events table; {@link kyselyWriter} on the main thread, or SQLite's own writer thread. */
export interface BatchWriter {
  /**
   * Inserts one batch's rows atomically, keeping the first copy of an id (`ON CONFLICT DO NOTHING`), and resolves
   * once they are committed, with how many were new.
   */
  write(rows: readonly EventsTable[]): Promise<number>
  close(): Promise<void>
}

/**
 * An event store stamping each event with `siteId`. An id already stored, or repeated within the batch, is a
 * duplicate, so many servers can write one database and retries never store twice.
 */
export function createEventStore(writer: BatchWriter, siteId: string): EventStore {
  // Arrival order, in microseconds since the epoch and strictly increasing, breaks ties between equal `ts`
  // (a step's completion and the next step's start are often stamped in the same millisecond).
  let lastSeq = 0
  const nextSeq = (): number => {
    lastSeq = Math.max(Date.now() * 1000, lastSeq + 1)
    return lastSeq
  }
  const inFlight = new Set<Promise<unknown>>()
  return {
    async store(events) {
      if (events.length === 0) return { accepted: 0, duplicates: 0 }
      const receivedAt = new Date().toISOString()
      const rows = events.map((event) => eventToRow(event, receivedAt, nextSeq(), siteId))
      const writing = writer.write(rows)
      inFlight.add(writing)
      try {
        const accepted = await writing
        return { accepted, duplicates: events.length - accepted }
      } finally {
        inFlight.delete(writing)
      }
    },
    async close() {
      await Promise.allSettled([...inFlight])
      await writer.close()
    },
  }
}

/** Rows per INSERT: a whole batch (at most 500 events) is one statement, within both databases' parameter limits. */
const ROWS_PER_STATEMENT = 500

/**
 * Writes through Kysely on the calling thread: one INSERT per batch, which is atomic and durable by itself, so a
 * batch costs PostgreSQL one round trip and concurrent batches commit side by side on the pool's connections.
 * A larger set of rows (never an HTTP batch) goes in one transaction. `close` leaves the database open.
 */
export function kyselyWriter(db: Db): BatchWriter {
  const insert = async (target: Db, rows: readonly EventsTable[]) => {
    const result = await target
      .insertInto('events')
      .values(rows)
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst()
    return Number(result.numInsertedOrUpdatedRows ?? 0n)
  }
  return {
    write(rows) {
      if (rows.length === 0) return Promise.resolve(0)
      if (rows.length <= ROWS_PER_STATEMENT) return insert(db, rows)
      return db.transaction().execute(async (trx) => {
        let inserted = 0
        for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
          inserted += await insert(trx, rows.slice(start, start + ROWS_PER_STATEMENT))
        }
        return inserted
      })
    },
    close: () => Promise.resolve(),
  }
}
