import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { DatabaseSchema, Db } from './schema'

/** File name of the SQLite database inside the data folder. */
export const DATABASE_FILE = 'digidel.sqlite'

/**
 * Opens (or creates) the SQLite file behind a Kysely handle.
 * WAL lets reads run beside the ingest; `synchronous = FULL` makes every acknowledged batch survive a power cut,
 * because the browser deletes its copy as soon as the server answers.
 */
export function openDatabase(file: string): Db {
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('busy_timeout = 5000')
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) })
}
