import { randomUUID } from 'node:crypto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockInstance } from 'vitest'
import { createTelemetryQueue, KEEPALIVE_MAX_BYTES, RESCUE_STORAGE_KEY } from '../../../src/telemetry/queue'
import type { TelemetryQueueOptions } from '../../../src/telemetry/queue'
import { idOf, makeEvent, makeLargeEvent } from './fixtures'
import { ingestOk, startProtocolServer } from './protocol-server'
import type { ProtocolServer, Reply } from './protocol-server'

// Status-code paths of the ingest protocol, against a throwaway server that answers as each test says.
// The same paths against the real server are in queue.real-server.test.ts.

let server: ProtocolServer
let warn: MockInstance<typeof console.warn>

beforeEach(async () => {
  server = await startProtocolServer((events) => ingestOk(events))
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

afterEach(async () => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  await server.close()
})

function queueFor(endpoint: string, options: TelemetryQueueOptions = {}) {
  return createTelemetryQueue({
    endpoint,
    indexedDB: new IDBFactory(),
    backoff: { baseMs: 100, maxMs: 400 },
    random: () => 0.5,
    requestTimeoutMs: 2000,
    ...options,
  })
}

function receivedIds(): string[] {
  return server.requests.flatMap((request) => request.events.map(idOf))
}

function warnings(): string[] {
  return warn.mock.calls.map((call) => call.map(String).join(' '))
}

async function enqueueMany(queue: ReturnType<typeof queueFor>, count: number) {
  const events = Array.from({ length: count }, () => makeEvent())
  for (const event of events) await queue.enqueue(event)
  return events
}

describe('telemetry queue: storing', () => {
  it('stores each event durably before any request, so a new queue on the same database finds it', async () => {
    const fetchSpy = vi.fn<typeof fetch>()
    const indexedDB = new IDBFactory()
    await createTelemetryQueue({ indexedDB, fetch: fetchSpy }).enqueue(makeEvent())

    expect(fetchSpy).not.toHaveBeenCalled()
    expect(await createTelemetryQueue({ indexedDB, fetch: fetchSpy }).pendingCount()).toBe(1)
  })

  it('drops an event that fails the schema at enqueue, with a warning naming its type, and never stores it', async () => {
    const queue = queueFor(server.endpoint)
    const invalid = { ...makeEvent(), payload: { stepIndex: -1, code: 'x' } }
    await queue.enqueue(invalid)
    await queue.enqueue({ ...makeEvent(), sessionId: 'not-a-uuid' })

    expect(await queue.pendingCount()).toBe(0)
    expect(warnings()).toHaveLength(2)
    expect(warnings()[0]).toMatch(/"mistake" event: invalid on the client: payload\.stepIndex/)
    expect(warnings()[1]).toMatch(/sessionId/)
    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 0, retryInMs: null })
    expect(server.requests).toHaveLength(0)
  })
})

describe('telemetry queue: 200', () => {
  it('sends JSON POSTs of at most maxBatch events, oldest first, and removes them after the answer', async () => {
    const queue = queueFor(server.endpoint, { maxBatch: 100 })
    const events = await enqueueMany(queue, 250)

    expect(await queue.flush()).toEqual({ sent: 250, dropped: 0, remaining: 0, retryInMs: null })
    expect(server.requests.map((request) => request.events.length)).toEqual([100, 100, 50])
    expect(server.requests[0]?.headers['content-type']).toBe('application/json')
    expect(receivedIds()).toEqual(events.map((event) => event.id))
    expect(await queue.pendingCount()).toBe(0)
  })

  it('never sends more than BATCH_LIMITS.maxEvents in one request', async () => {
    const queue = queueFor(server.endpoint, { maxBatch: 10_000 })
    await enqueueMany(queue, 501)
    await queue.flush()
    expect(server.requests.map((request) => request.events.length)).toEqual([500, 1])
  })

  it('drops the events the server rejects, with a warning naming type and reason, and delivers the rest', async () => {
    server.reply = (events) => ingestOk(events, [{ index: 1, reason: 'payload: unknown field "rating"' }])
    const queue = queueFor(server.endpoint)
    await enqueueMany(queue, 3)

    expect(await queue.flush()).toEqual({ sent: 2, dropped: 1, remaining: 0, retryInMs: null })
    expect(warnings()).toEqual([expect.stringMatching(/"mistake" event: payload: unknown field "rating"/)])
    // Done means done: a second flush sends nothing again.
    await queue.flush()
    expect(server.requests).toHaveLength(1)
  })
})

describe('telemetry queue: invalid and refused batches', () => {
  it('422 drops every event of the batch with a warning each, and never retries them', async () => {
    server.reply = (events) => ({
      status: 422,
      body: { accepted: 0, duplicates: 0, rejected: events.map((_, index) => ({ index, reason: 'bad ts' })) },
    })
    const queue = queueFor(server.endpoint)
    await enqueueMany(queue, 2)

    expect(await queue.flush()).toEqual({ sent: 0, dropped: 2, remaining: 0, retryInMs: null })
    expect(warnings()).toEqual([expect.stringMatching(/bad ts/), expect.stringMatching(/bad ts/)])
    await queue.flush()
    expect(server.requests).toHaveLength(1)
  })

  it('400 splits the batch in halves until the bad event is alone, drops it, and delivers the rest in order', async () => {
    server.reply = (events) =>
      events.some((event) => JSON.stringify(event).includes('"scene":"poison"'))
        ? { status: 400, body: { message: 'body/events/3 has an unreadable field' } }
        : ingestOk(events)
    const queue = queueFor(server.endpoint)
    const events = Array.from({ length: 8 }, (_, index) =>
      makeEvent(undefined, index === 3 ? { scene: 'poison' } : {}),
    )
    for (const event of events) await queue.enqueue(event)

    expect(await queue.flush()).toEqual({ sent: 7, dropped: 1, remaining: 0, retryInMs: null })
    const delivered = server.requests.filter((request) => !JSON.stringify(request.events).includes('poison'))
    expect(delivered.flatMap((request) => request.events.map(idOf))).toEqual(
      events.filter((_, index) => index !== 3).map((event) => event.id),
    )
    // 8 -> 4+4 -> (2+2) -> (1+1): the poisoned event is refused alone once, then dropped.
    expect(server.requests.map((request) => request.events.length)).toEqual([8, 4, 2, 2, 1, 1, 4])
    expect(warnings()).toEqual([expect.stringMatching(/"mistake" event: HTTP 400: body\/events\/3/)])
  })

  it('413 splits an oversized batch until the parts fit, dropping nothing', async () => {
    server.reply = (events) =>
      events.length > 3 ? { status: 413, body: { message: 'too large' } } : ingestOk(events)
    const queue = queueFor(server.endpoint)
    const events = await enqueueMany(queue, 10)

    expect(await queue.flush()).toEqual({ sent: 10, dropped: 0, remaining: 0, retryInMs: null })
    const accepted = server.requests.filter((request) => request.events.length <= 3)
    expect(accepted.flatMap((request) => request.events.map(idOf))).toEqual(events.map((event) => event.id))
    expect(warnings()).toEqual([])
  })

  it('drops a single event that is still refused with 413', async () => {
    server.reply = () => ({ status: 413 })
    const queue = queueFor(server.endpoint)
    await enqueueMany(queue, 2)

    expect(await queue.flush()).toEqual({ sent: 0, dropped: 2, remaining: 0, retryInMs: null })
    expect(server.requests.map((request) => request.events.length)).toEqual([2, 1, 1])
    expect(warnings()).toHaveLength(2)
  })
})

describe('telemetry queue: retries', () => {
  it('429 keeps everything and honours Retry-After', async () => {
    server.reply = () => ({ status: 429, headers: { 'retry-after': '3' }, body: { message: 'slow down' } })
    const queue = queueFor(server.endpoint)
    await enqueueMany(queue, 4)

    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 4, retryInMs: 3000 })
    server.reply = (events) => ingestOk(events)
    expect(await queue.flush()).toEqual({ sent: 4, dropped: 0, remaining: 0, retryInMs: null })
  })

  it('429 with Retry-After: 0 still backs off', async () => {
    server.reply = () => ({ status: 429, headers: { 'retry-after': '0' } })
    const queue = queueFor(server.endpoint)
    await enqueueMany(queue, 1)
    expect((await queue.flush()).retryInMs).toBe(50)
    expect((await queue.flush()).retryInMs).toBe(100)
  })

  it('503 with an HTTP-date Retry-After waits until that date', async () => {
    const now = Date.parse('2025-03-01T12:00:00Z')
    server.reply = () => ({ status: 503, headers: { 'retry-after': 'Sat, 01 Mar 2025 12:00:20 GMT' } })
    const queue = queueFor(server.endpoint, { now: () => now })
    await enqueueMany(queue, 1)
    expect((await queue.flush()).retryInMs).toBe(20_000)
  })

  it('5xx keeps everything, with jittered backoff that grows, is capped, and resets after a success', async () => {
    const statuses: Reply[] = [
      { status: 500 },
      { status: 502 },
      { status: 503 },
      { status: 504 },
      { status: 500 },
    ]
    server.reply = (events) => statuses.shift() ?? ingestOk(events)
    const queue = queueFor(server.endpoint, { backoff: { baseMs: 100, maxMs: 400 }, random: () => 0.5 })
    await enqueueMany(queue, 3)

    const delays: (number | null)[] = []
    for (let i = 0; i < 5; i++) {
      const result = await queue.flush()
      expect(result).toMatchObject({ sent: 0, remaining: 3 })
      delays.push(result.retryInMs)
    }
    // Ceilings 100, 200, 400, 400, 400, halved by random() = 0.5.
    expect(delays).toEqual([50, 100, 200, 200, 200])
    expect(await queue.flush()).toEqual({ sent: 3, dropped: 0, remaining: 0, retryInMs: null })

    server.reply = () => ({ status: 500 })
    await enqueueMany(queue, 1)
    expect((await queue.flush()).retryInMs).toBe(50)
    expect(warnings()).toEqual([])
  })

  it('a network error keeps everything for a retry', async () => {
    const down = await startProtocolServer((events) => ingestOk(events))
    await down.close()
    const queue = queueFor(down.endpoint)
    await enqueueMany(queue, 2)

    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 2, retryInMs: 50 })
  })

  it('a request with no answer times out and is kept for a retry', async () => {
    server.reply = () => 'hang'
    const queue = queueFor(server.endpoint, { requestTimeoutMs: 100 })
    await enqueueMany(queue, 2)

    const started = Date.now()
    expect(await queue.flush()).toEqual({ sent: 0, dropped: 0, remaining: 2, retryInMs: 50 })
    expect(Date.now() - started).toBeLessThan(1500)
  })
})

describe('telemetry queue: flushing', () => {
  it('runs one flush at a time: a second call joins the running one', async () => {
    const queue = queueFor(server.endpoint, { maxBatch: 20 })
    await enqueueMany(queue, 100)

    const first = queue.flush()
    const second = queue.flush()
    expect(second).toBe(first)
    expect(await first).toEqual({ sent: 100, dropped: 0, remaining: 0, retryInMs: null })
    expect(server.requests).toHaveLength(5)
    expect(server.maxConcurrent).toBe(1)
  })

  it('flushes on the timer while started, waits out the backoff while failing, and stops with stop()', async () => {
    server.reply = () => ({ status: 500 })
    const queue = queueFor(server.endpoint, { flushIntervalMs: 20, backoff: { baseMs: 1000, maxMs: 1000 } })
    await enqueueMany(queue, 3)
    queue.start()

    await vi.waitFor(() => expect(server.requests).toHaveLength(1))
    // The backoff (500 ms with random() = 0.5) holds the next try back, not the 20 ms interval.
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(server.requests).toHaveLength(1)

    server.reply = (events) => ingestOk(events)
    await vi.waitFor(async () => expect(await queue.pendingCount()).toBe(0), { timeout: 2000 })

    queue.stop()
    await enqueueMany(queue, 1)
    const requestsWhenStopped = server.requests.length
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(server.requests).toHaveLength(requestsWhenStopped)
    expect(await queue.pendingCount()).toBe(1)
  })

  it('reports the number of waiting events to subscribers', async () => {
    const queue = queueFor(server.endpoint)
    const seen: number[] = []
    const unsubscribe = queue.subscribe((pending) => seen.push(pending))
    await enqueueMany(queue, 2)
    await queue.flush()
    unsubscribe()
    await enqueueMany(queue, 1)
    expect(seen).toEqual([1, 2, 0])
  })
})

describe('telemetry queue: page hidden', () => {
  function stubPage() {
    const page = Object.assign(new EventTarget(), { visibilityState: 'visible' })
    const window = new EventTarget()
    vi.stubGlobal('document', page)
    vi.stubGlobal('window', window)
    return { page, window }
  }

  function answeringFetch() {
    return vi.fn<typeof fetch>(async (_input, init) => {
      const body = JSON.parse(String(init?.body)) as { events: unknown[] }
      return new Response(JSON.stringify({ accepted: body.events.length, duplicates: 0, rejected: [] }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    })
  }

  /** Starts the queue and waits out its first flush, which finds nothing. */
  async function startIdle(queue: ReturnType<typeof queueFor>) {
    queue.start()
    await queue.flush()
  }

  function sentWith(fetchSpy: ReturnType<typeof answeringFetch>) {
    return fetchSpy.mock.calls.map(([, init]) => ({
      keepalive: init?.keepalive,
      bytes: new TextEncoder().encode(String(init?.body)).length,
    }))
  }

  it('flushes with keepalive when the page is hidden, in batches under 64 KiB', async () => {
    const { page } = stubPage()
    const fetchSpy = answeringFetch()
    const queue = queueFor('/api/events', { fetch: fetchSpy, flushIntervalMs: 60_000, maxBatch: 200 })
    await startIdle(queue)
    for (let i = 0; i < 200; i++) await queue.enqueue(makeLargeEvent())

    page.visibilityState = 'hidden'
    page.dispatchEvent(new Event('visibilitychange'))
    await vi.waitFor(async () => expect(await queue.pendingCount()).toBe(0))
    queue.stop()

    const sent = sentWith(fetchSpy)
    expect(sent.length).toBeGreaterThan(1)
    for (const request of sent) {
      expect(request.keepalive).toBe(true)
      expect(request.bytes).toBeLessThanOrEqual(KEEPALIVE_MAX_BYTES)
    }
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('/api/events')
  })

  it('flushes with keepalive on pagehide, and not at all once stopped', async () => {
    const { window } = stubPage()
    const fetchSpy = answeringFetch()
    const queue = queueFor('/api/events', { fetch: fetchSpy, flushIntervalMs: 60_000 })
    await startIdle(queue)
    await queue.enqueue(makeEvent())

    window.dispatchEvent(new Event('pagehide'))
    await vi.waitFor(async () => expect(await queue.pendingCount()).toBe(0))
    expect(sentWith(fetchSpy).map((request) => request.keepalive)).toEqual([true])

    queue.stop()
    await queue.enqueue(makeEvent())
    window.dispatchEvent(new Event('pagehide'))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    expect(await queue.pendingCount()).toBe(1)
  })

  it('sends every unacknowledged event in one keepalive request as the page goes away, before IndexedDB answers', async () => {
    const { window } = stubPage()
    const fetchSpy = answeringFetch()
    const queue = queueFor('/api/events', { fetch: fetchSpy, flushIntervalMs: 60_000 })
    await startIdle(queue)
    const stored = makeEvent()
    await queue.enqueue(stored)
    // Enqueued, but its write has not committed: the page goes away in the same task.
    const late = makeEvent()
    const writing = queue.enqueue(late)
    window.dispatchEvent(new Event('pagehide'))
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    const [, init] = fetchSpy.mock.calls[0] ?? []
    expect(init?.keepalive).toBe(true)
    expect((JSON.parse(String(init?.body)) as { events: unknown[] }).events.map(idOf)).toEqual([
      stored.id,
      late.id,
    ])
    await writing
    // The page lived on: what the server took leaves IndexedDB, even the one whose write finished later.
    await vi.waitFor(async () => expect(await queue.pendingCount()).toBe(0))
    queue.stop()
  })

  it('lets the app report the end of the visit as the page goes away, in the same request', async () => {
    const { window } = stubPage()
    const fetchSpy = answeringFetch()
    const sessionId = randomUUID()
    let queue: ReturnType<typeof queueFor> | null = null
    const ended = makeEvent(sessionId)
    queue = queueFor('/api/events', {
      fetch: fetchSpy,
      flushIntervalMs: 60_000,
      onPageHide: () => void queue?.enqueue(ended),
    })
    await startIdle(queue)
    const during = makeEvent(sessionId)
    await queue.enqueue(during)
    window.dispatchEvent(new Event('pagehide'))
    const [, init] = fetchSpy.mock.calls[0] ?? []
    expect((JSON.parse(String(init?.body)) as { events: unknown[] }).events.map(idOf)).toEqual([
      during.id,
      ended.id,
    ])
    queue.stop()
  })

  it('keeps an event caught mid-write by the unload for the next page, which sends it at once', async () => {
    const { window } = stubPage()
    const rescue = new Map<string, string>()
    const rescueStorage = {
      getItem: (key: string) => rescue.get(key) ?? null,
      setItem: (key: string, value: string) => void rescue.set(key, value),
      removeItem: (key: string) => void rescue.delete(key),
    }
    // The server is down as the page goes away.
    const down = vi.fn<typeof fetch>(() => Promise.reject(new TypeError('Failed to fetch')))
    const first = queueFor(server.endpoint, { fetch: down, rescueStorage, flushIntervalMs: 60_000 })
    await startIdle(first)
    const lost = makeEvent()
    // The unload aborts this write: the test's IndexedDB is thrown away with the page.
    void first.enqueue(lost)
    window.dispatchEvent(new Event('pagehide'))
    first.stop()
    expect((JSON.parse(rescue.get(RESCUE_STORAGE_KEY) ?? '[]') as unknown[]).map(idOf)).toEqual([lost.id])

    const next = queueFor(server.endpoint, { rescueStorage, flushIntervalMs: 60_000 })
    next.start()
    await vi.waitFor(() => expect(receivedIds()).toEqual([lost.id]))
    expect(rescue.has(RESCUE_STORAGE_KEY)).toBe(false)
    next.stop()
  })

  it('sends what an earlier page left behind as soon as it starts, without waiting for the timer', async () => {
    stubPage()
    const indexedDB = new IDBFactory()
    const earlier = queueFor(server.endpoint, { indexedDB })
    const left = await enqueueMany(earlier, 3)
    const started = Date.now()
    const next = queueFor(server.endpoint, { indexedDB, flushIntervalMs: 60_000 })
    next.start()
    await vi.waitFor(() => expect(receivedIds()).toEqual(left.map((event) => event.id)))
    expect(Date.now() - started).toBeLessThan(2000)
    next.stop()
  })

  it('a timer flush is not sent with keepalive', async () => {
    stubPage()
    const fetchSpy = answeringFetch()
    const queue = queueFor('/api/events', { fetch: fetchSpy, flushIntervalMs: 10 })
    await queue.enqueue(makeEvent())
    queue.start()
    await vi.waitFor(() => expect(fetchSpy).toHaveBeenCalled())
    queue.stop()
    expect(sentWith(fetchSpy)[0]?.keepalive).toBe(false)
  })
})
