import { join } from 'node:path'
import type { ServerConfig } from '../config'
import { kyselyWriter } from './event-store'
import type { BatchWriter } from './event-store'
import { DATABASE_FILE, openDatabase } from './open'
import { openPostgres } from './open-postgres'
import type { DatabaseKind, Db } from './schema'
import { startSqliteWriter } from './sqlite-writer'

/** The database a server uses, and which kind it is. */
export interface OpenedDatabase {
  db: Db
  kind: DatabaseKind
  /** The SQLite file, or null on PostgreSQL. */
  sqliteFile: string | null
}

/** PostgreSQL when `databaseUrl` is set, else the SQLite file in the data folder. */
export function openConfiguredDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  onError?: (error: Error) => void,
): OpenedDatabase {
  if (config.databaseUrl !== undefined) {
    const db = openPostgres(config.databaseUrl, onError ? { onError } : {})
    return { db, kind: 'postgres', sqliteFile: null }
  }
  const sqliteFile = join(config.dataDir, DATABASE_FILE)
  return { db: openDatabase(sqliteFile), kind: 'sqlite', sqliteFile }
}

/** How the ingest writes: SQLite on a thread of its own, PostgreSQL through the pool (after migrations ran). */
export function startEventWriter(opened: OpenedDatabase): BatchWriter {
  return opened.sqliteFile === null
    ? kyselyWriter(opened.db)
    : startSqliteWriter(opened.sqliteFile, opened.db)
}
