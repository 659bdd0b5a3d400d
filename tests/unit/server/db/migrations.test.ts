import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Migrator } from 'kysely'
import type { Kysely } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openConfiguredDatabase } from '../../../../src/server/db/connect'
import { migrationProvider } from '../../../../src/server/db/migrations'
import { DATABASE_KIND, databaseFor, openTestDatabase, startTestServer } from '../harness'

let dataDir: string
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-migrate-'))
})
afterEach(() => rm(dataDir, { recursive: true, force: true }))

/** A row as the first version of the schema stored it. */
function legacyRow(type: string, payload: object) {
  return {
    id: randomUUID(),
    session_id: randomUUID(),
    ts: new Date().toISOString(),
    type,
    scene: 'bank',
    task: 'pay-bill',
    step: 'enter-ocr',
    step_index: 'stepIndex' in payload ? (payload.stepIndex as number) : null,
    duration_ms: null,
    mode: 'desktop',
    locale: 'sv',
    app_version: '0.1.0',
    source: 'visitor',
    payload: JSON.stringify(payload),
    received_at: new Date().toISOString(),
    seq: 1,
  }
}

describe(`migration 0002 (${DATABASE_KIND})`, () => {
  it('fills site, detail and step count for events stored before, on a database already in use', async () => {
    const rows = [
      legacyRow('mistake', { stepIndex: 5, code: 'check-digit' }),
      legacyRow('hint_shown', { stepIndex: 5, hintIndex: 0, reason: 'staff' }),
      legacyRow('step_completed', { stepIndex: 5, durationMs: 10, hints: 0, mistakes: 0, skipped: true }),
      legacyRow('task_started', { stepCount: 11 }),
      legacyRow('task_abandoned', { stepIndex: 5, durationMs: 10, reason: 'idle', hints: 0, mistakes: 0 }),
    ]
    const first = openConfiguredDatabase({ dataDir, ...(await databaseFor(dataDir)) })
    const { error } = await new Migrator({ db: first.db, provider: migrationProvider }).migrateTo(
      '0001_events',
    )
    expect(error).toBeUndefined()
    // The table as version 0001 had it.
    const legacy = first.db as unknown as Kysely<{ events: ReturnType<typeof legacyRow> }>
    await legacy.insertInto('events').values(rows).execute()
    await first.db.destroy()

    // A server of the new version starts on it.
    const server = await startTestServer({ siteId: 'north', siteName: 'Norra' }, dataDir)
    await server.stop()

    const { db } = await openTestDatabase(dataDir)
    const stored = await db.selectFrom('events').select(['id', 'detail', 'step_count', 'site_id']).execute()
    await db.destroy()
    const byId = new Map(stored.map((row) => [row.id, row]))
    expect(rows.map((row) => byId.get(row.id)?.detail)).toEqual([
      'check-digit',
      'staff',
      'skipped',
      null,
      'idle',
    ])
    expect(rows.map((row) => byId.get(row.id)?.step_count)).toEqual([null, null, null, 11, null])
    // A SQLite file belongs to its one server, which claims the older events; a shared PostgreSQL database leaves
    // them to no site rather than guess.
    const site = DATABASE_KIND === 'sqlite' ? 'north' : ''
    expect(stored.map((row) => row.site_id)).toEqual(rows.map(() => site))
  })
})
