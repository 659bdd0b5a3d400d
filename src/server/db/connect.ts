import { join } from 'node:path'
import type { ServerConfig } from '../config'
import { DATABASE_FILE, openDatabase } from './open'
import { openPostgres } from './open-postgres'
import type { DatabaseKind, Db } from './schema'

/** The database a server uses, and which kind it is. */
export interface OpenedDatabase {
  db: Db
  kind: DatabaseKind
}

/** PostgreSQL when `databaseUrl` is set, else the SQLite file in the data folder. */
export function openConfiguredDatabase(
  config: Pick<ServerConfig, 'databaseUrl' | 'dataDir'>,
  onError?: (error: Error) => void,
): OpenedDatabase {
  if (config.databaseUrl !== undefined) {
    return { db: openPostgres(config.databaseUrl, onError ? { onError } : {}), kind: 'postgres' }
  }
  return { db: openDatabase(join(config.dataDir, DATABASE_FILE)), kind: 'sqlite' }
}
