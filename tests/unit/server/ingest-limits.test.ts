import { randomUUID } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { IngestResponse } from '../../../src/telemetry/event-schema'
import { captureLogs, makeEvent, mistake, requestFrom, startTestServer } from './harness'
import type { TestServer } from './harness'

const DAY_MS = 24 * 60 * 60 * 1000
let test: TestServer | null = null

afterEach(async () => {
  await test?.stop()
  test = null
})

async function storedCount(server: TestServer, sessionId: string): Promise<number> {
  const answer = await server.staffGet(`/api/sessions/${sessionId}/events`, await server.login())
  if (answer.status === 404) return 0
  return ((await answer.json()) as { events: unknown[] }).events.length
}

/** POSTs events from a chosen loopback address. */
function postFrom(server: TestServer, address: string, events: unknown[]) {
  return requestFrom(address, server.url('/api/events'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  })
}

const batch = (sessionId: string, size: number) => Array.from({ length: size }, () => mistake({ sessionId }))

describe('ingest refuses anything that could carry what a person typed', () => {
  let shared: TestServer
  beforeAll(async () => {
    shared = await startTestServer()
  })
  afterAll(() => shared.stop())
  const personal = 'Anna Andersson 19850312-1234'
  const cases: [string, () => unknown][] = [
    ['scene', () => mistake({ scene: personal })],
    ['task', () => mistake({ task: 'anna.andersson@example.com' })],
    ['step', () => mistake({ step: 'Per Persson' })],
    ['locale', () => mistake({ locale: 'Per Persson' as 'sv' })],
    ['payload.code', () => makeEvent('mistake', { stepIndex: 0, code: personal }, { step: 'enter-amount' })],
    [
      'payload.value',
      () => makeEvent('setting_changed', { setting: 'locale', value: personal as 'sv' }, { task: null }),
    ],
    [
      'payload.setting',
      () =>
        makeEvent(
          'setting_changed',
          { setting: 'station_name' as 'mode', value: personal as 'vr' },
          { task: null },
        ),
    ],
    ['appVersion', () => mistake({ appVersion: '19850312-1234' })],
    // Well formed, but no scene, task, step or mistake of the app has it.
    ['scene', () => mistake({ scene: 'anna-andersson-19850312' })],
    ['task', () => mistake({ task: 'per-persson' })],
    ['step', () => mistake({ step: 'anna-andersson' })],
    ['payload.code', () => makeEvent('mistake', { stepIndex: 0, code: 'anna' }, { step: 'enter-amount' })],
  ]

  it.each(cases)('refuses a person-like %s with a reason, and stores nothing of it', async (field, make) => {
    const event = make() as { sessionId: string }
    const answer = await shared.postEvents([event])
    expect(answer.status).toBe(422)
    const body = (await answer.json()) as IngestResponse
    expect(body.rejected).toHaveLength(1)
    expect(body.rejected[0]?.reason).toContain(`events[0].${field}`)
    expect(body.rejected[0]?.reason).not.toContain('Andersson')
    expect(await storedCount(shared, event.sessionId)).toBe(0)
  })
})

describe('ingest timestamps', () => {
  it('takes events from within the retention window up to one day ahead, and nothing else', async () => {
    test = await startTestServer({ retentionDays: 30 })
    const sessionId = randomUUID()
    const at = (ms: number) => new Date(Date.now() + ms).toISOString()
    const answer = await test.postEvents([
      mistake({ sessionId, ts: '0000-01-01T00:00:00Z' }),
      mistake({ sessionId, ts: '9999-12-31T23:59:59Z' }),
      mistake({ sessionId, ts: at(-31 * DAY_MS) }),
      mistake({ sessionId, ts: at(DAY_MS + 60_000) }),
      mistake({ sessionId, ts: at(-29 * DAY_MS) }),
      mistake({ sessionId, ts: at(DAY_MS - 60_000) }),
    ])
    const body = (await answer.json()) as IngestResponse
    expect(body.accepted).toBe(2)
    expect(body.rejected.map((r) => r.index)).toEqual([0, 1, 2, 3])
    for (const { reason } of body.rejected) expect(reason).toMatch(/ts: must lie within the last 30 days/)
  })
})

describe('ingest limits count events, not requests', () => {
  it("refuses an address's events over its minute's budget with 429 and Retry-After; other addresses go on", async () => {
    const logs = captureLogs()
    test = await startTestServer({ eventsPerMinute: 600 }, undefined, { logStream: logs.stream })
    const sessionId = randomUUID()
    expect((await postFrom(test, '127.0.0.2', batch(sessionId, 500))).status).toBe(200)
    const over = await postFrom(test, '127.0.0.2', batch(sessionId, 101))
    expect(over.status).toBe(429)
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0)
    expect(JSON.parse(over.body)).toMatchObject({ message: expect.stringMatching(/600 events a minute/) })
    // The rest of the minute's budget still fits.
    expect((await postFrom(test, '127.0.0.2', batch(sessionId, 100))).status).toBe(200)
    expect((await postFrom(test, '127.0.0.3', batch(sessionId, 500))).status).toBe(200)
    expect(await storedCount(test, sessionId)).toBe(1100)
    for (let i = 0; i < 5; i++) await postFrom(test, '127.0.0.2', batch(sessionId, 50))
    // One warning, however many refusals.
    expect(logs.lines().filter((line) => line.msg === 'an address sent too many events')).toHaveLength(1)
  })

  it("refuses every address once the day's cap is reached", async () => {
    test = await startTestServer({ eventsPerDay: 800 })
    const sessionId = randomUUID()
    expect((await postFrom(test, '127.0.0.4', batch(sessionId, 500))).status).toBe(200)
    const over = await postFrom(test, '127.0.0.5', batch(sessionId, 400))
    expect(over.status).toBe(429)
    expect(JSON.parse(over.body)).toMatchObject({ message: expect.stringMatching(/800 events a day/) })
    expect((await postFrom(test, '127.0.0.6', batch(sessionId, 300))).status).toBe(200)
  })

  it('refuses writes with 507 and a log line when the data disk is nearly full', async () => {
    const logs = captureLogs()
    test = await startTestServer({ minFreeDiskMb: 1024 * 1024 * 1024 }, undefined, { logStream: logs.stream })
    const sessionId = randomUUID()
    const answer = await test.postEvents(batch(sessionId, 3))
    expect(answer.status).toBe(507)
    expect(await answer.json()).toMatchObject({ message: expect.stringMatching(/out of storage space/) })
    await test.postEvents(batch(sessionId, 3))
    expect(await storedCount(test, sessionId)).toBe(0)
    const full = logs
      .lines()
      .filter((line) => line.msg === 'the data disk is nearly full: new events are refused')
    expect(full).toHaveLength(1)
    expect(full[0]).toMatchObject({ level: 50, minFreeMb: 1024 * 1024 * 1024 })
  })
})
