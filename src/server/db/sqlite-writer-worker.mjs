// The SQLite writer thread (see sqlite-writer.ts). Plain JavaScript, so it starts without a TypeScript loader.
// It gets the database file, the pragmas and the one compiled INSERT; messages are { id, rows } with each row's
// values in column order, or { close: true }. Every batch that arrived while the thread was busy is committed in one
// transaction; it answers { id, accepted } or { id, error } per batch, after the commit.
import { parentPort, workerData } from 'node:worker_threads'
import SQLite from 'better-sqlite3'

/** @type {{ file: string, sql: string, pragmas: string[] }} */
const { file, sql, pragmas } = workerData
const port = parentPort
if (port === null) throw new Error('sqlite-writer-worker.mjs runs as a worker thread')

const db = new SQLite(file)
for (const pragma of pragmas) db.pragma(pragma)
const insert = db.prepare(sql)

/** @param {unknown[][]} rows */
const insertRows = (rows) => {
  let inserted = 0
  for (const row of rows) inserted += insert.run(row).changes
  return inserted
}
const commitGroup = db.transaction((/** @type {{ id: number, rows: unknown[][] }[]} */ group) =>
  group.map((batch) => insertRows(batch.rows)),
)
const commitOne = db.transaction(insertRows)

/** @type {{ id: number, rows: unknown[][] }[]} */
let waiting = []

function flush() {
  const group = waiting
  waiting = []
  if (group.length === 0) return
  try {
    const counts = commitGroup(group)
    group.forEach((batch, index) => port.postMessage({ id: batch.id, accepted: counts[index] }))
  } catch {
    // One bad batch must not cost the others: each goes again on its own.
    for (const batch of group) {
      try {
        port.postMessage({ id: batch.id, accepted: commitOne(batch.rows) })
      } catch (error) {
        port.postMessage({ id: batch.id, error: error instanceof Error ? error.message : String(error) })
      }
    }
  }
}

port.on('message', (message) => {
  if (message.close === true) {
    flush()
    db.close()
    port.close()
    return
  }
  // Messages that arrive together are all delivered before setImmediate runs: they form one group.
  if (waiting.length === 0) setImmediate(flush)
  waiting.push(message)
})
port.postMessage({ ready: true })
