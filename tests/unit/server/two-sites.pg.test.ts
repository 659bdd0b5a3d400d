import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Stats } from '../../../src/stats/types'
import type { IngestResponse, TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { makeEvent, mistake, openTestDatabase, startTestServer } from './harness'
import type { TestServer } from './harness'

// Two branches' servers, with different SITE_IDs, write one PostgreSQL database at the same time. Their stations
// retry batches as the client queue does: again after an answer was lost, and again while the first try is still
// in flight. Every event must be stored exactly once.

const BATCHES_PER_SITE = 40
const EVENTS_PER_BATCH = 25
const IN_FLIGHT = 8

let dataDir: string
let north: TestServer
let south: TestServer

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-two-sites-'))
  // The same data folder gives both the same scratch database (see the harness). They start together, so both
  // migrate the empty database at once (Kysely takes an advisory lock for that on PostgreSQL).
  ;[north, south] = await Promise.all([
    startTestServer({ siteId: 'north', siteName: 'Norra' }, dataDir),
    startTestServer({ siteId: 'south', siteName: 'Södra' }, dataDir),
  ])
})
afterAll(async () => {
  await north?.stop()
  await south?.stop()
  await rm(dataDir, { recursive: true, force: true })
})

/** One visit's batch: a task start and mistakes, all new ids. */
function batch(): TelemetryEventInput[] {
  const sessionId = randomUUID()
  return [
    makeEvent('task_started', { stepCount: 3 }, { sessionId }),
    ...Array.from({ length: EVENTS_PER_BATCH - 1 }, () => mistake({ sessionId })),
  ]
}

/** Sends every batch, `IN_FLIGHT` at a time; each batch goes twice at once and once more after both answered. */
async function station(server: TestServer, batches: TelemetryEventInput[][]): Promise<IngestResponse[]> {
  const answers: IngestResponse[] = []
  const send = async (events: TelemetryEventInput[]) => {
    const answer = await server.postEvents(events)
    expect(answer.status).toBe(200)
    answers.push((await answer.json()) as IngestResponse)
  }
  const queue = [...batches]
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      for (let events = queue.shift(); events !== undefined; events = queue.shift()) {
        await Promise.all([send(events), send(events)])
        await send(events)
      }
    }),
  )
  return answers
}

describe('two sites writing one PostgreSQL database', () => {
  it('store every event exactly once, stamped with its site, while both retry', async () => {
    const northBatches = Array.from({ length: BATCHES_PER_SITE }, batch)
    const southBatches = Array.from({ length: BATCHES_PER_SITE }, batch)
    const [northAnswers, southAnswers] = await Promise.all([
      station(north, northBatches),
      station(south, southBatches),
    ])

    const perSite = BATCHES_PER_SITE * EVENTS_PER_BATCH
    for (const answers of [northAnswers, southAnswers]) {
      expect(answers).toHaveLength(BATCHES_PER_SITE * 3)
      expect(answers.reduce((sum, answer) => sum + answer.accepted, 0)).toBe(perSite)
      expect(answers.reduce((sum, answer) => sum + answer.duplicates, 0)).toBe(perSite * 2)
      expect(answers.flatMap((answer) => answer.rejected)).toEqual([])
    }

    const { db, kind } = await openTestDatabase(dataDir)
    try {
      expect(kind).toBe('postgres')
      const { rows } = await sql<{ site_id: string; events: number; ids: number }>`
        select site_id, count(*) as events, count(distinct id) as ids from events group by site_id order by site_id
      `.execute(db)
      expect(rows).toEqual([
        { site_id: 'north', events: perSite, ids: perSite },
        { site_id: 'south', events: perSite, ids: perSite },
      ])
    } finally {
      await db.destroy()
    }

    // Either server answers for the whole city, and for each site.
    const token = await north.login()
    const stats = async (query: string) =>
      (await (await north.staffGet(`/api/stats${query}`, token)).json()) as Stats
    expect((await stats('')).tasks[0]?.visits.started).toBe(BATCHES_PER_SITE * 2)
    expect((await stats('?site=south')).tasks[0]?.visits.started).toBe(BATCHES_PER_SITE)
    expect((await stats('?site=south')).sessions.total).toBe(BATCHES_PER_SITE)
  })
})
