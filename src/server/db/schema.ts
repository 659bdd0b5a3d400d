import type { Kysely } from 'kysely'

/** One stored telemetry event: the envelope as columns, the typed payload as JSON text. */
export interface EventsTable {
  /** The client's event id (UUID): stored once. */
  id: string
  session_id: string
  /** Event time, normalised to UTC ISO 8601 (`2025-03-01T10:00:00.000Z`) so text order is time order. */
  ts: string
  type: string
  scene: string
  task: string | null
  step: string | null
  /** `payload.stepIndex`, copied to a column so stats need no dialect-specific JSON functions. */
  step_index: number | null
  /** `payload.durationMs`, copied to a column for the same reason. */
  duration_ms: number | null
  mode: string
  locale: string
  app_version: string
  source: string
  /** The validated payload as JSON text. */
  payload: string
  /** Server time of arrival, UTC ISO 8601. */
  received_at: string
  /** Arrival order (microseconds since the epoch, strictly increasing per process): breaks ties between equal `ts`. */
  seq: number
}

/** The database as Kysely sees it. */
export interface DatabaseSchema {
  events: EventsTable
}

/** The Kysely handle every query goes through. */
export type Db = Kysely<DatabaseSchema>
