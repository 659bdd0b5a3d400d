import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { DatabaseSchema, Db } from './schema'

/** File name of the SQLite database inside the data folder. */
export const DATABASE_FILE = 'digidel.sqlite'

/**
 * Settings for every connection to the file. WAL lets reads run beside the ingest; `synchronous = FULL` makes every
 * acknowledged batch survive a power cut, because the browser deletes its copy as soon as the server answers; the
 * busy timeout lets the writer thread and the main thread's connection wait for each other's short transactions.
 */
export const SQLITE_PRAGMAS = ['journal_mode = WAL', 'synchronous = FULL', 'busy_timeout = 5000']

/** Opens (or creates) the SQLite file behind a Kysely handle. */
export function openDatabase(file: string): Db {
  const sqlite = new SQLite(file)
  for (const pragma of SQLITE_PRAGMAS) sqlite.pragma(pragma)
  return new Kysely<DatabaseSchema>({ dialect: new SqliteDialect({ database: sqlite }) })
}
