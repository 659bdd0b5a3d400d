// The SQLite checkpoint thread (see sqlite-writer.ts). The writer thread commits with automatic checkpoints off: a
// checkpoint copies the WAL into the database file and flushes it to disk, which took 50 ms and more, and every batch
// waiting behind it waited as long. Here, on a connection of its own, a PASSIVE checkpoint runs every `everyMs`
// beside the writer's commits, never blocking them. Durability does not depend on it: each commit is already
// flushed to the WAL. A message { close: true } runs a last checkpoint and ends the thread.
import { parentPort, workerData } from 'node:worker_threads'
import SQLite from 'better-sqlite3'

/** @type {{ file: string, pragmas: string[], everyMs: number }} */
const { file, pragmas, everyMs } = workerData
const port = parentPort
if (port === null) throw new Error('sqlite-checkpointer.mjs runs as a worker thread')

const db = new SQLite(file)
for (const pragma of pragmas) db.pragma(pragma)
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)')
const timer = setInterval(checkpoint, everyMs)

port.on('message', (message) => {
  if (message.close !== true) return
  clearInterval(timer)
  checkpoint()
  db.close()
  port.close()
})
