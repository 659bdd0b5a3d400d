import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import type { DatabaseSchema, Db } from './schema'

const INT8_OID = 20
const NUMERIC_OID = 1700

/**
 * `pg` hands int8 (`count(*)`, `sum()`, the `seq` column) and numeric back as strings, because they can exceed
 * JavaScript's safe integers. Every value this app stores or counts fits, so they become numbers here, the one
 * place that converts them; a value that would lose precision is an error rather than a silently wrong number.
 */
function numberFromDatabase(text: string): number {
  const value = Number(text)
  if (!Number.isFinite(value) || (Number.isInteger(value) && !Number.isSafeInteger(value))) {
    throw new Error(`database returned ${text}, which is not a safe JavaScript number`)
  }
  return value
}

const getTypeParser = ((oid: number, format?: 'text' | 'binary') =>
  (oid === INT8_OID || oid === NUMERIC_OID) && format !== 'binary'
    ? numberFromDatabase
    : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser

/** What {@link openPostgres} can be told besides the URL. */
export interface PostgresOptions {
  /** Connections in the pool. @default 10 */
  maxConnections?: number
  /** Called when an idle connection fails (e.g. the server restarted); the pool replaces it. */
  onError?: (error: Error) => void
}

/**
 * A Kysely handle on PostgreSQL at `url` (`postgres://user:password@host:5432/database`; `?sslmode=require` and
 * the other libpq parameters work as in `psql`). Connecting happens on the first query.
 */
export function openPostgres(url: string, options: PostgresOptions = {}): Db {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    types: { getTypeParser },
    application_name: 'digidel-vr',
  })
  // Without a listener, an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => options.onError?.(error))
  return new Kysely<DatabaseSchema>({ dialect: new PostgresDialect({ pool }) })
}
