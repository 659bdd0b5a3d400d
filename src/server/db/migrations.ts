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
}

const provider: MigrationProvider = {
  getMigrations: () => Promise.resolve(migrations),
}

/** Brings the schema up to date; throws if a migration fails. */
export async function migrateToLatest(db: Db): Promise<void> {
  const { error } = await new Migrator({ db, provider }).migrateToLatest()
  if (error !== undefined) {
    throw error instanceof Error ? error : new Error(`database migration failed: ${String(error)}`)
  }
}
