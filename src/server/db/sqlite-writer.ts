import { Worker } from 'node:worker_threads'
import type { BatchWriter } from './event-store'
import { SQLITE_PRAGMAS } from './open'
import { EVENT_COLUMNS, type Db, type EventsTable } from './schema'

export { EVENT_COLUMNS } from './schema'

/** How often the checkpoint thread copies the WAL into the database file. */
const CHECKPOINT_EVERY_MS = 1000

/** What the writer thread answers: how many rows of a batch were new, or why the batch failed. */
type WriterReply = { ready: true } | { id: number; accepted: number } | { id: number; error: string }

interface Pending {
  resolve: (accepted: number) => void
  reject: (error: Error) => void
}

/**
 * Writes SQLite on a thread of its own. better-sqlite3 is synchronous, so on the main thread every commit (with
 * `synchronous = FULL`, a flush to disk) and every WAL checkpoint stopped all requests while it ran; that was most
 * of the ingest's tail latency. The thread gets the one INSERT, compiled here by Kysely, and commits the batches
 * that arrive while it is busy together in one transaction (group commit). A batch is answered only after its
 * commit, so durability is as before; a batch that fails is retried alone, so it never costs the others.
 *
 * WAL checkpoints run on a third thread (`sqlite-checkpointer.mjs`), so they never hold up a commit either.
 *
 * The thread starts at once and the first batch waits for it to open the file. If the thread dies, batches in flight
 * fail (the client keeps them and retries) and the next batch starts a new thread.
 */
export function startSqliteWriter(file: string, db: Db): BatchWriter {
  const placeholders = Object.fromEntries(EVENT_COLUMNS.map((column) => [column, null]))
  // Only compiled, never run: the nulls stand for the parameters each row binds in EVENT_COLUMNS order.
  const { sql } = db
    .insertInto('events')
    .values(placeholders as unknown as EventsTable)
    .onConflict((oc) => oc.column('id').doNothing())
    .compile()

  const pending = new Map<number, Pending>()
  let nextId = 1
  let worker: Promise<Worker> | null = null
  let closed = false

  const failAll = (error: Error) => {
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  }

  const start = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const thread = new Worker(new URL('./sqlite-writer-worker.mjs', import.meta.url), {
        workerData: { file, sql, pragmas: [...SQLITE_PRAGMAS, 'wal_autocheckpoint = 0'] },
      })
      thread.on('message', (reply: WriterReply) => {
        if ('ready' in reply) return resolve(thread)
        const waiting = pending.get(reply.id)
        pending.delete(reply.id)
        if ('error' in reply) waiting?.reject(new Error(`storing events failed: ${reply.error}`))
        else waiting?.resolve(reply.accepted)
      })
      thread.once('error', (error) => {
        reject(error)
        failAll(error)
      })
      thread.once('exit', (code) => {
        worker = null
        const error = new Error(`the SQLite writer thread stopped (exit code ${code})`)
        reject(error)
        failAll(error)
      })
    })

  worker = start()
  // Until a batch waits for it, a failed start is only reported by that batch.
  worker.catch(() => {})
  const checkpointer = new Worker(new URL('./sqlite-checkpointer.mjs', import.meta.url), {
    workerData: { file, pragmas: SQLITE_PRAGMAS, everyMs: CHECKPOINT_EVERY_MS },
  })
  // A checkpoint that fails now is retried on the next tick; if the thread itself dies, the WAL only grows until
  // the next start, and nothing is lost.
  checkpointer.on('error', () => {})
  let checkpointerRunning = true
  checkpointer.once('exit', () => {
    checkpointerRunning = false
  })
  return {
    async write(rows) {
      if (closed) throw new Error('the event writer is closed')
      if (rows.length === 0) return 0
      worker ??= start()
      const thread = await worker
      const id = nextId++
      return new Promise<number>((resolve, reject) => {
        pending.set(id, { resolve, reject })
        thread.postMessage({ id, rows: rows.map((row) => EVENT_COLUMNS.map((column) => row[column])) })
      })
    },
    async close() {
      closed = true
      const thread = await worker?.catch(() => null)
      for (const closing of [thread, checkpointerRunning ? checkpointer : null]) {
        if (!closing) continue
        await new Promise<void>((resolve) => {
          closing.once('exit', () => resolve())
          closing.postMessage({ close: true })
        })
      }
    },
  }
}
