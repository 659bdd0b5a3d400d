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
  /** `payload.stepCount` (task and step starts, task completions), copied to a column for the same reason. */
  step_count: number | null
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
  /** The site (library branch) whose server stored the event: its `SITE_ID`. */
  site_id: string
  /**
   * The payload's one categorical value (a mistake's code, a hint's reason, …; see `detailOf`), copied to a column
   * so stats group by it without dialect-specific JSON functions.
   */
  detail: string | null
}

/**
 * Every column of the events table, in one order: the SQLite writer binds them in it, and the CSV export keeps
 * it. The one list of the table's columns besides the interface above; the migrations are its history.
 */
export const EVENT_COLUMNS = [
  'id',
  'session_id',
  'ts',
  'type',
  'scene',
  'task',
  'step',
  'step_index',
  'duration_ms',
  'step_count',
  'mode',
  'locale',
  'app_version',
  'source',
  'payload',
  'received_at',
  'seq',
  'site_id',
  'detail',
] as const satisfies readonly (keyof EventsTable)[]

/** A column of the events table. */
export type EventColumn = (typeof EVENT_COLUMNS)[number]

/** Fails to compile, naming the column, when `EVENTS_TABLE` has a column that `EVENT_COLUMNS` leaves out. */
export const EVENT_COLUMNS_COMPLETE: [Exclude<keyof EventsTable, EventColumn>] extends [never]
  ? true
  : Exclude<keyof EventsTable, EventColumn> = true

/** Every site that has stored events here, as its server last named it. */
export interface SitesTable {
  id: string
  name: string
  /** When a server of this site last started, UTC ISO 8601. */
  updated_at: string
}

/**
 * One version of an errand written in the studio (or imported): never changed once stored, so any version can be
 * published again.
 */
export interface ErrandVersionsTable {
  /** The errand's task id. */
  errand_id: string
  /** 1, 2, 3, … per errand, in the order they were stored. */
  version: number
  /** The scene it runs in. */
  scene: string
  /** The whole one-file errand (`digidel-errand/1`) as JSON text. */
  file: string
  /** How it came: published from the studio, or imported as a draft. */
  origin: 'publish' | 'import'
  /** What staff wrote about this version, if anything (no names are asked for). */
  note: string | null
  /** When it was stored, UTC ISO 8601. */
  created_at: string
}

/** Which version of each authored errand stations run now. */
export interface PublishedErrandsTable {
  errand_id: string
  /** The version on offer, or null once unpublished. */
  version: number | null
  /** When it was last published, rolled back or unpublished, UTC ISO 8601. */
  changed_at: string
}

/** The database as Kysely sees it. */
export interface DatabaseSchema {
  events: EventsTable
  sites: SitesTable
  errand_versions: ErrandVersionsTable
  published_errands: PublishedErrandsTable
}

/** Which database server holds the data: SQLite in the data folder, or PostgreSQL at `DATABASE_URL`. */
export type DatabaseKind = 'sqlite' | 'postgres'

/** The Kysely handle every query goes through. */
export type Db = Kysely<DatabaseSchema>
