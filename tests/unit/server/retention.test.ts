import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { migrateToLatest } from '../../../src/server/db/migrations'
import { DATABASE_FILE, openDatabase } from '../../../src/server/db/open'
import type { Db } from '../../../src/server/db/schema'
import { createEventStore } from '../../../src/server/ingest'
import { purgeExpiredEvents, schedulePurge } from '../../../src/server/retention'
import { telemetryEventSchema } from '../../../src/telemetry/event-schema'
import { mistake, startTestServer } from './harness'

const DAY_MS = 24 * 60 * 60 * 1000
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString()

let dataDir: string

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-retention-'))
})
afterEach(async () => {
  vi.useRealTimers()
  await rm(dataDir, { recursive: true, force: true })
})

async function withDb<T>(use: (db: Db) => Promise<T>): Promise<T> {
  const db = openDatabase(join(dataDir, DATABASE_FILE))
  try {
    await migrateToLatest(db)
    return await use(db)
  } finally {
    await db.destroy()
  }
}

const storedIds = (db: Db) =>
  db
    .selectFrom('events')
    .select('id')
    .orderBy('ts')
    .execute()
    .then((rows) => rows.map((row) => row.id))

describe('retention', () => {
  it('purges events older than RETENTION_DAYS on start, and only those', async () => {
    const old = mistake({ ts: daysAgo(31) })
    const recent = mistake({ ts: daysAgo(29) })
    const fresh = mistake()
    // Stored while the retention was longer; ingest refuses events already past the window.
    const first = await startTestServer({ retentionDays: 60 }, dataDir)
    expect(await (await first.postEvents([old, recent, fresh])).json()).toMatchObject({ accepted: 3 })
    await first.stop()

    const second = await startTestServer({ retentionDays: 30 }, dataDir)
    await second.stop()
    expect(await withDb(storedIds)).toEqual([recent.id, fresh.id])
  })

  it('purges by arrival time too, so a headset with a wrong clock cannot keep data longer', async () => {
    await withDb(async (db) => {
      const future = telemetryEventSchema.parse(
        mistake({ ts: new Date(Date.now() + 400 * DAY_MS).toISOString() }),
      )
      const now = telemetryEventSchema.parse(mistake())
      await createEventStore(db).store([future, now])
      expect(await purgeExpiredEvents(db, 365)).toBe(0)
      expect(await purgeExpiredEvents(db, 365, Date.now() + 366 * DAY_MS)).toBe(2)
      expect(await storedIds(db)).toEqual([])
    })
  })

  it('purges again once a day', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    await withDb(async (db) => {
      await createEventStore(db).store([telemetryEventSchema.parse(mistake())])
      await db
        .updateTable('events')
        .set({ received_at: daysAgo(400), ts: daysAgo(400) })
        .execute()
      const purged = new Promise<number>((resolve) => {
        const stop = schedulePurge(
          db,
          365,
          (error) => {
            throw error
          },
          (deleted) => {
            stop()
            resolve(deleted)
          },
        )
      })
      vi.advanceTimersByTime(DAY_MS)
      expect(await purged).toBe(1)
    })
  })
})
