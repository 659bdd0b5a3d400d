import { randomUUID } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockInstance } from 'vitest'
import { startServer } from '../../../src/server/app'
import { EVENTS_STORE } from '../../../src/telemetry/event-store'
import { createTelemetryQueue, KEEPALIVE_MAX_BYTES } from '../../../src/telemetry/queue'
import type { TelemetryQueueOptions } from '../../../src/telemetry/queue'
import { idOf, makeEvent, makeLargeEvent } from './fixtures'

// The client queue against the real API over a real socket, with a temporary SQLite file.

type RunningServer = Awaited<ReturnType<typeof startServer>>

const STAFF_PIN = '135790'
const SERVER_OPTIONS = {
  host: '127.0.0.1',
  httpsPort: null,
  staticDir: null,
  staffPin: STAFF_PIN,
  logger: false,
}
let dataDir: string
let running: RunningServer[]
let warn: MockInstance<typeof console.warn>

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-'))
  running = []
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  await Promise.all(running.map((server) => server.close()))
  await rm(dataDir, { recursive: true, force: true })
})

async function serverOn(port: number): Promise<RunningServer> {
  const server = await startServer({ ...SERVER_OPTIONS, port, dataDir })
  running.push(server)
  return server
}

/** A port where the real server listened a moment ago and nothing listens now: the server is down. */
async function downPort(): Promise<number> {
  const server = await startServer({ ...SERVER_OPTIONS, port: 0, dataDir })
  const port = Number(new URL(server.httpUrl).port)
  await server.close()
  return port
}

function queueOn(port: number, options: TelemetryQueueOptions = {}) {
  return createTelemetryQueue({
    endpoint: `http://127.0.0.1:${port}/api/events`,
    indexedDB: new IDBFactory(),
    backoff: { baseMs: 20, maxMs: 100 },
    maxBatch: 10,
    ...options,
  })
}

/** The ids of one session's events as staff read them back, in order. */
async function storedIds(server: RunningServer, sessionId: string): Promise<string[]> {
  const login = await fetch(`${server.httpUrl}/api/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin: STAFF_PIN }),
  })
  expect(login.status).toBe(200)
  const { token } = (await login.json()) as { token: string }
  const answer = await fetch(`${server.httpUrl}/api/sessions/${sessionId}/events`, {
    headers: { authorization: `Bearer ${token}` },
  })
  expect(answer.status).toBe(200)
  const { events } = (await answer.json()) as { events: unknown[] }
  return events.map(idOf)
}

function warnings(): string[] {
  return warn.mock.calls.map((call) => call.map(String).join(' '))
}

describe('telemetry queue with the real server', () => {
  it('queues events while the server is down; when it comes back, all arrive exactly once', async () => {
    const port = await downPort()
    const sessionId = randomUUID()
    const queue = queueOn(port)
    const events = Array.from({ length: 25 }, () => makeEvent(sessionId))
    for (const event of events) await queue.enqueue(event)

    const whileDown = await queue.flush()
    expect(whileDown).toMatchObject({ sent: 0, dropped: 0, remaining: 25 })
    expect(whileDown.retryInMs).not.toBeNull()
    expect((await queue.flush()).remaining).toBe(25)

    const server = await serverOn(port)
    expect(await queue.flush()).toEqual({ sent: 25, dropped: 0, remaining: 0, retryInMs: null })
    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 0, retryInMs: null })
    expect(await storedIds(server, sessionId)).toEqual(events.map((event) => event.id))
    expect(warnings()).toEqual([])
  })

  it('loses nothing to a reload: a new queue on the same database sends what the old one stored', async () => {
    const port = await downPort()
    const sessionId = randomUUID()
    const indexedDB = new IDBFactory()
    const before = queueOn(port, { indexedDB, dbName: 'kiosk-telemetry', flushIntervalMs: 20 })
    const beforeReload = Array.from({ length: 12 }, () => makeEvent(sessionId))
    for (const event of beforeReload) await before.enqueue(event)
    before.start()
    expect((await before.flush()).remaining).toBe(12)
    before.stop()

    // The page reloads: the old queue object is gone, a new one opens the same IndexedDB database.
    const after = queueOn(port, { indexedDB, dbName: 'kiosk-telemetry', flushIntervalMs: 20 })
    expect(await after.pendingCount()).toBe(12)
    const afterReload = Array.from({ length: 3 }, () => makeEvent(sessionId))
    for (const event of afterReload) await after.enqueue(event)

    const server = await serverOn(port)
    after.start()
    await vi.waitFor(async () => expect(await after.pendingCount()).toBe(0), { timeout: 5000 })
    after.stop()
    expect(await after.flush()).toEqual({ sent: 0, dropped: 0, remaining: 0, retryInMs: null })
    expect(await storedIds(server, sessionId)).toEqual(
      [...beforeReload, ...afterReload].map((event) => event.id),
    )
  })

  it('drops an event that fails the client schema, with a warning, while the rest arrive', async () => {
    const server = await serverOn(0)
    const sessionId = randomUUID()
    const queue = queueOn(Number(new URL(server.httpUrl).port))
    const valid = [makeEvent(sessionId), makeEvent(sessionId)]
    await queue.enqueue(valid[0] ?? makeEvent(sessionId))
    await queue.enqueue({ ...makeEvent(sessionId), payload: { stepIndex: 2, code: '' } })
    await queue.enqueue(valid[1] ?? makeEvent(sessionId))

    expect(await queue.flush()).toEqual({ sent: 2, dropped: 0, remaining: 0, retryInMs: null })
    expect(await storedIds(server, sessionId)).toEqual(valid.map((event) => event.id))
    expect(warnings()).toEqual([
      expect.stringMatching(/"mistake" event: invalid on the client: payload\.code/),
    ])
  })

  it('drops an event the server rejects (stored by an older app version), with a warning, while the rest arrive', async () => {
    const server = await serverOn(0)
    const sessionId = randomUUID()
    const indexedDB = new IDBFactory()
    const queue = queueOn(Number(new URL(server.httpUrl).port), { indexedDB, dbName: 'skew' })
    const first = makeEvent(sessionId)
    const last = makeEvent(sessionId)
    await queue.enqueue(first)
    // An update removed the `hint_requested` type; the old app had already stored one in the browser.
    await storeRaw(indexedDB, 'skew', {
      ...makeEvent(sessionId),
      type: 'hint_requested',
      payload: { stepIndex: 1 },
    })
    await queue.enqueue(last)

    expect(await queue.flush()).toEqual({ sent: 2, dropped: 1, remaining: 0, retryInMs: null })
    expect(await storedIds(server, sessionId)).toEqual([first.id, last.id])
    expect(warnings()).toEqual([expect.stringMatching(/"hint_requested" event: .*unknown event type/)])
    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 0, retryInMs: null })
  })

  it('counts an event the server already has (its earlier answer was lost) as sent, and stores it once', async () => {
    const server = await serverOn(0)
    const sessionId = randomUUID()
    const queue = queueOn(Number(new URL(server.httpUrl).port))
    const events = Array.from({ length: 4 }, () => makeEvent(sessionId))
    for (const event of events) await queue.enqueue(event)
    // A send that reached the server, but whose answer never came back to the kiosk.
    const lost = await fetch(`${server.httpUrl}/api/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events: events.slice(0, 2) }),
    })
    expect(lost.status).toBe(200)

    expect(await queue.flush()).toEqual({ sent: 4, dropped: 0, remaining: 0, retryInMs: null })
    expect(await storedIds(server, sessionId)).toEqual(events.map((event) => event.id))
  })
})

describe('telemetry queue with the real server: page hidden', () => {
  it('sends everything with keepalive requests under 64 KiB when the page is hidden', async () => {
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' })
    vi.stubGlobal('document', page)
    vi.stubGlobal('window', new EventTarget())
    const server = await serverOn(0)
    const sessionId = randomUUID()
    const fetchSpy = vi.fn<typeof fetch>((input, init) => fetch(input, init))
    const queue = queueOn(Number(new URL(server.httpUrl).port), {
      fetch: fetchSpy,
      maxBatch: 200,
      flushIntervalMs: 60_000,
    })
    queue.start()
    await queue.flush()
    const events = Array.from({ length: 200 }, () => makeLargeEvent(sessionId))
    for (const event of events) await queue.enqueue(event)

    page.visibilityState = 'hidden'
    page.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(async () => expect(await queue.pendingCount()).toBe(0), { timeout: 5000 })
    queue.stop()

    const requests = fetchSpy.mock.calls.map(([, init]) => init)
    expect(requests.length).toBeGreaterThan(1)
    for (const init of requests) {
      expect(init?.keepalive).toBe(true)
      expect(new TextEncoder().encode(String(init?.body)).length).toBeLessThanOrEqual(KEEPALIVE_MAX_BYTES)
    }
    expect(await storedIds(server, sessionId)).toEqual(events.map((event) => event.id))
  })
})

/** Writes a record straight into the queue's object store, as an older version of the app would have. */
async function storeRaw(indexedDB: IDBFactory, dbName: string, record: unknown): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('open failed'))
  })
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction(EVENTS_STORE, 'readwrite')
    tx.objectStore(EVENTS_STORE).add(record)
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('write failed'))
  })
  db.close()
}
