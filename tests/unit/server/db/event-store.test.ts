import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startEventWriter } from '../../../../src/server/db/connect'
import type { OpenedDatabase } from '../../../../src/server/db/connect'
import { eventToRow } from '../../../../src/server/db/event-rows'
import { createEventStore } from '../../../../src/server/db/event-store'
import type { BatchWriter } from '../../../../src/server/db/event-store'
import type { EventsTable } from '../../../../src/server/db/schema'
import { EVENT_COLUMNS } from '../../../../src/server/db/sqlite-writer'
import { telemetryEventSchema } from '../../../../src/telemetry/event-schema'
import type { TelemetryEvent } from '../../../../src/telemetry/event-schema'
import { DATABASE_KIND, mistake, openTestDatabase } from '../harness'

let dataDir: string
let opened: OpenedDatabase
let writer: BatchWriter

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-store-'))
  opened = await openTestDatabase(dataDir)
  writer = startEventWriter(opened)
})
afterEach(async () => {
  await writer.close()
  await opened.db.destroy()
  await rm(dataDir, { recursive: true, force: true })
})

const validEvent = (): TelemetryEvent => telemetryEventSchema.parse(mistake())
const storedCount = async () =>
  Number(
    (
      await opened.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

describe(`event store (${DATABASE_KIND})`, () => {
  it('binds every column of a row', () => {
    const row = eventToRow(validEvent(), new Date().toISOString(), 1, 'main')
    expect([...EVENT_COLUMNS].sort()).toEqual(Object.keys(row).sort())
  })

  it('counts concurrent batches exactly when they share ids, and stores each id once', async () => {
    const store = createEventStore(writer, 'main')
    const shared = Array.from({ length: 20 }, validEvent)
    const batches = Array.from({ length: 30 }, (_, i) => [
      ...shared.slice(i % 10, (i % 10) + 5),
      validEvent(),
    ])
    const results = await Promise.all(batches.map((batch) => store.store(batch)))
    const accepted = results.reduce((sum, result) => sum + result.accepted, 0)
    const duplicates = results.reduce((sum, result) => sum + result.duplicates, 0)
    // The 14 shared ids the batches used (offsets 0 to 9, five each) and one new event per batch.
    expect(accepted).toBe(14 + 30)
    expect(accepted + duplicates).toBe(30 * 6)
    expect(await storedCount()).toBe(44)
  })

  it('stamps the site on every row', async () => {
    const events = [validEvent(), validEvent()]
    await createEventStore(writer, 'north-branch').store(events)
    const sites = await opened.db.selectFrom('events').select('site_id').execute()
    expect(sites.map((row) => row.site_id)).toEqual(['north-branch', 'north-branch'])
  })

  it('fails a broken batch alone: the batches committed with it are stored', async () => {
    const good = () => [eventToRow(validEvent(), new Date().toISOString(), 1, 'main')]
    const broken: EventsTable[] = [
      {
        ...eventToRow(validEvent(), new Date().toISOString(), 1, 'main'),
        session_id: null as unknown as string,
      },
    ]
    const outcomes = await Promise.allSettled([
      writer.write(good()),
      writer.write(broken),
      writer.write(good()),
    ])
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled'])
    expect(await storedCount()).toBe(2)
  })

  it('answers each batch only once it is committed: a new connection sees it at once', async () => {
    const sessionId = randomUUID()
    const events = Array.from({ length: 5 }, () => telemetryEventSchema.parse(mistake({ sessionId })))
    await createEventStore(writer, 'main').store(events)
    const fresh = await openTestDatabase(dataDir)
    try {
      const rows = await fresh.db
        .selectFrom('events')
        .select('id')
        .where('session_id', '=', sessionId)
        .execute()
      expect(rows).toHaveLength(5)
    } finally {
      await fresh.db.destroy()
    }
  })
})
