import SQLite from 'better-sqlite3'
import pg from 'pg'
import { createEventStore } from '../src/server/db/event-store'
import type { BatchWriter } from '../src/server/db/event-store'
import { eventToRow } from '../src/server/db/event-rows'
import { SQLITE_PRAGMAS } from '../src/server/db/open'
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

/** What the bare driver did: events per second, and how long each batch's commit took (ms). */
export interface BareResult {
  rate: number
  commitP50: number
  commitP99: number
}

function bareResult(stored: number, started: number, commits: number[]): BareResult {
  const sorted = [...commits].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0
  return { rate: stored / ((performance.now() - started) / 1000), commitP50: at(0.5), commitP99: at(0.99) }
}

/**
 * One bare better-sqlite3 prepared statement, one transaction per batch, with the server's pragmas: the floor under
 * the server's store, and the commit time (a flush to disk) that durability costs each batch on this disk.
 */
export function bareSqlite(file: string, seconds: number, batch: number): BareResult {
  const sqlite = new SQLite(file)
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma)
  const insert = sqlite.prepare(
    `insert into events (${COLUMNS.join(', ')}) values (${COLUMNS.map(() => '?').join(', ')})
     on conflict (id) do nothing`,
  )
  const insertBatch = sqlite.transaction((rows: readonly EventsTable[]) => {
    let changes = 0
    for (const row of rows) changes += insert.run(COLUMNS.map((column) => row[column])).changes
    return changes
  })
  const commits: number[] = []
  let stored = 0
  const started = performance.now()
  while (performance.now() - started < seconds * 1000) {
    const rows = rowsOf(validBatch(batch))
    const before = performance.now()
    stored += insertBatch(rows)
    commits.push(performance.now() - before)
  }
  sqlite.close()
  return bareResult(stored, started, commits)
}

/** The same through one bare `pg` multi-row INSERT, one transaction per batch. */
export async function barePostgres(url: string, seconds: number, batch: number): Promise<BareResult> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    const commits: number[] = []
    let stored = 0
    const started = performance.now()
    while (performance.now() - started < seconds * 1000) {
      const rows = rowsOf(validBatch(batch))
      const values = rows.flatMap((row) => COLUMNS.map((column) => row[column]))
      const tuples = rows.map(
        (_, r) => `(${COLUMNS.map((_column, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
      )
      const before = performance.now()
      const result = await client.query(
        `insert into events (${COLUMNS.join(', ')}) values ${tuples.join(', ')} on conflict (id) do nothing`,
        values,
      )
      commits.push(performance.now() - before)
      stored += result.rowCount ?? 0
    }
    return bareResult(stored, started, commits)
  } finally {
    await client.end()
  }
}
