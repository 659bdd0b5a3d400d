import SQLite from 'better-sqlite3'
import pg from 'pg'
import { createEventStore } from '../src/server/db/event-store'
import type { BatchWriter } from '../src/server/db/event-store'
import { eventToRow } from '../src/server/db/event-rows'
import type { EventsTable } from '../src/server/db/schema'
import { EVENT_COLUMNS } from '../src/server/db/sqlite-writer'
import { telemetryEventSchema } from '../src/telemetry/event-schema'
import type { TelemetryEvent } from '../src/telemetry/event-schema'
import { batchInputs } from './bench-events'

// In-process inserts, without HTTP: the server's own store, and a bare driver call as the floor under it.

/** The columns in the order the server's SQLite writer binds them. */
const COLUMNS = EVENT_COLUMNS

function validBatch(size: number): TelemetryEvent[] {
  return batchInputs(size).map((event) => telemetryEventSchema.parse(event))
}

function rowsOf(events: readonly TelemetryEvent[]): EventsTable[] {
  const receivedAt = new Date().toISOString()
  return events.map((event, i) => eventToRow(event, receivedAt, Date.now() * 1000 + i, 'bench'))
}

/** Events per second through the server's store and writer, batches stored one by one. */
export async function storeRate(writer: BatchWriter, seconds: number, batch: number): Promise<number> {
  const store = createEventStore(writer, 'bench')
  let stored = 0
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    stored += (await store.store(validBatch(batch))).accepted
  }
  return stored / ((performance.now() - started) / 1000)
}

/** Events per second through one bare better-sqlite3 prepared statement, one transaction per batch. */
export function bareSqliteRate(file: string, seconds: number, batch: number): number {
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  const insert = sqlite.prepare(
    `insert into events (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})
     on conflict (id) do nothing`,
  )
  const insertBatch = sqlite.transaction((rows: readonly EventsTable[]) => {
    let changes = 0
    for (const row of rows) changes += insert.run(COLUMNS.map((column) => row[column])).changes
    return changes
  })
  let stored = 0
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) stored += insertBatch(rowsOf(validBatch(batch)))
  sqlite.close()
  return stored / ((performance.now() - started) / 1000)
}

/** Events per second through one bare `pg` multi-row INSERT, one transaction per batch. */
export async function barePostgresRate(url: string, seconds: number, batch: number): Promise<number> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    let stored = 0
    const started = performance.now()
    while (performance.now() - started < seconds * 1000) {
      const rows = rowsOf(validBatch(batch))
      const values = rows.flatMap((row) => COLUMNS.map((column) => row[column]))
      const tuples = rows.map(
        (_, r) => `(${COLUMNS.map((_column, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
      )
      await client.query('begin')
      const result = await client.query(
        `insert into events (${COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict (id) do nothing`,
        values,
      )
      await client.query('commit')
      stored += result.rowCount ?? 0
    }
    return stored / ((performance.now() - started) / 1000)
  } finally {
    await client.end()
  }
}
