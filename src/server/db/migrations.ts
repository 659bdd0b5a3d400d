import { Migrator } from 'kysely'
import type { Kysely, Migration, MigrationProvider } from 'kysely'
import type { Db } from './schema'

// Migrations take Kysely<unknown> on purpose: they must keep working when the schema type moves on.
const migrations: Record<string, Migration> = {
  '0001_events': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('session_id', 'text', (c) => c.notNull())
        .addColumn('ts', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('scene', 'text', (c) => c.notNull())
        .addColumn('task', 'text')
        .addColumn('step', 'text')
        .addColumn('step_index', 'integer')
        .addColumn('duration_ms', 'integer')
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('app_version', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('seq', 'bigint', (c) => c.notNull())
        .execute()
      // Date-range filters (stats, exports, retention).
      await db.schema.createIndex('events_ts').on('events').column('ts').execute()
      // One session's events in order, and per-session summaries.
      await db.schema
        .createIndex('events_session_ts')
        .on('events')
        .columns(['session_id', 'ts', 'seq'])
        .execute()
      // Per-type aggregates (tasks started/completed, steps, hints, mistakes).
      await db.schema.createIndex('events_type_ts').on('events').columns(['type', 'ts']).execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('events').execute()
    },
  },
  '0002_sites_and_details': {
    async up(db: Kysely<unknown>) {
      // Events stored before sites existed get '' here; a SQLite server then claims them for its own site.
      await db.schema
        .alterTable('events')
        .addColumn('site_id', 'text', (c) => c.notNull().defaultTo(''))
        .execute()
      await db.schema.alterTable('events').addColumn('detail', 'text').execute()
      await db.schema.alterTable('events').addColumn('step_count', 'integer').execute()
      // Stats, exports and the dashboard filter by site and date.
      await db.schema.createIndex('events_site_ts').on('events').columns(['site_id', 'ts']).execute()
      // How each visit fared on each step of a task (the stats' largest grouping).
      await db.schema
        .createIndex('events_task_session_step')
        .on('events')
        .columns(['task', 'session_id', 'step_index'])
        .execute()
      await db.schema
        .createTable('sites')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await backfillDetails(db)
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('sites').execute()
      await db.schema.dropIndex('events_task_session_step').execute()
      await db.schema.dropIndex('events_site_ts').execute()
      await db.schema.alterTable('events').dropColumn('step_count').execute()
      await db.schema.alterTable('events').dropColumn('detail').execute()
      await db.schema.alterTable('events').dropColumn('site_id').execute()
    },
  },
  '0003_authored_errands': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('errand_versions')
        .addColumn('errand_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('scene', 'text', (c) => c.notNull())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        // Two servers storing a version of one errand at once: one of them gets the number, the other retries.
        .addPrimaryKeyConstraint('errand_versions_pk', ['errand_id', 'version'])
        .execute()
      await db.schema
        .createTable('published_errands')
        .addColumn('errand_id', 'text', (c) => c.primaryKey())
        .addColumn('version', 'integer')
        .addColumn('changed_at', 'text', (c) => c.notNull())
        .execute()
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('published_errands').execute()
      await db.schema.dropTable('errand_versions').execute()
    },
  },
}

/**
 * Fills `detail` and `step_count` for events stored before those columns existed, reading each payload in
 * TypeScript so the same code runs on SQLite and PostgreSQL. The payload fields are spelled out here, not imported:
 * a migration must keep doing what it did when it was written.
 */
async function backfillDetails(db: Kysely<unknown>): Promise<void> {
  const v2 = db.withTables<{
    events: { id: string; type: string; payload: string; detail: string | null; step_count: number | null }
  }>()
  let after = ''
  for (;;) {
    const rows = await v2
      .selectFrom('events')
      .select(['id', 'type', 'payload'])
      .where('type', 'in', [
        ...Object.keys(LEGACY_DETAIL_FIELDS),
        ...LEGACY_STEP_COUNT_TYPES,
        'step_completed',
      ])
      .where('id', '>', after)
      .orderBy('id')
      .limit(1000)
      .execute()
    const last = rows.at(-1)
    if (last === undefined) return
    after = last.id
    // Rows that get the same values are updated by one statement.
    const idsByValues = new Map<string, { detail: string | null; step_count: number | null; ids: string[] }>()
    for (const row of rows) {
      const values = legacyColumns(row.type, row.payload)
      if (values.detail === null && values.step_count === null) continue
      const key = JSON.stringify(values)
      const group = idsByValues.get(key)
      if (group === undefined) idsByValues.set(key, { ...values, ids: [row.id] })
      else group.ids.push(row.id)
    }
    for (const { ids, ...values } of idsByValues.values()) {
      await v2.updateTable('events').set(values).where('id', 'in', ids).execute()
    }
  }
}

const LEGACY_DETAIL_FIELDS: Record<string, string> = {
  mistake: 'code',
  hint_shown: 'reason',
  task_abandoned: 'reason',
  session_ended: 'reason',
  setting_changed: 'setting',
}
const LEGACY_STEP_COUNT_TYPES = ['task_started', 'step_started', 'task_completed']

function legacyColumns(
  type: string,
  payloadText: string,
): { detail: string | null; step_count: number | null } {
  let payload: unknown
  try {
    payload = JSON.parse(payloadText)
  } catch {
    return { detail: null, step_count: null }
  }
  const record = typeof payload === 'object' && payload !== null ? (payload as Record<string, unknown>) : {}
  const field = LEGACY_DETAIL_FIELDS[type]
  const value = field === undefined ? undefined : record[field]
  const stepCount = record.stepCount
  return {
    detail:
      type === 'step_completed'
        ? record.skipped === true
          ? 'skipped'
          : null
        : typeof value === 'string'
          ? value
          : null,
    step_count:
      LEGACY_STEP_COUNT_TYPES.includes(type) && typeof stepCount === 'number' && Number.isInteger(stepCount)
        ? stepCount
        : null,
  }
}

/** Every migration, by name in the order they run. */
export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
}

/** Brings the schema up to date; throws if a migration fails. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest()
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(`database migration failed: ${String(error)}`)
  }
}
