import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IngestResponse } from '../../../src/telemetry/event-schema'
import { makeEvent, mistake, startTestServer } from './harness'
import type { TestServer } from './harness'

let test: TestServer
let token: string

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

async function storedCount(sessionId: string): Promise<number> {
  const answer = await test.staffGet(`/api/sessions/${sessionId}/events`, token)
  if (answer.status === 404) return 0
  return ((await answer.json()) as { events: unknown[] }).events.length
}

describe('POST /api/events', () => {
  it('stores a batch once: sending it again stores nothing and counts duplicates', async () => {
    const sessionId = randomUUID()
    const batch = Array.from({ length: 20 }, () => mistake({ sessionId }))

    const first = await test.postEvents(batch)
    expect(first.status).toBe(200)
    expect(await first.json()).toEqual({ accepted: 20, duplicates: 0, rejected: [] } satisfies IngestResponse)

    const again = await test.postEvents(batch)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 20, rejected: [] })
    expect(await storedCount(sessionId)).toBe(20)
  })

  it('counts an id repeated inside one batch as a duplicate', async () => {
    const sessionId = randomUUID()
    const event = mistake({ sessionId })
    const answer = await test.postEvents([event, mistake({ sessionId }), event])
    expect(await answer.json()).toEqual({ accepted: 2, duplicates: 1, rejected: [] })
    expect(await storedCount(sessionId)).toBe(2)
  })

  it('stores the valid events of a mixed batch and lists the invalid ones by index with a reason', async () => {
    const sessionId = randomUUID()
    const batch = [
      mistake({ sessionId }),
      { ...mistake({ sessionId }), payload: { stepIndex: 'two', code: 'x' } },
      mistake({ sessionId }),
      {
        ...makeEvent('task_completed', { durationMs: 1, stepCount: 1, hints: 0, mistakes: 0 }, { sessionId }),
        type: 'task_exploded',
      },
      makeEvent('task_completed', { durationMs: 5000, stepCount: 3, hints: 1, mistakes: 0 }, { sessionId }),
    ]
    const answer = await test.postEvents(batch)
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as IngestResponse
    expect(body.accepted).toBe(3)
    expect(body.duplicates).toBe(0)
    expect(body.rejected).toEqual([
      { index: 1, reason: 'events[1].payload.stepIndex: expected number, received string' },
      { index: 3, reason: 'events[3].type: unknown event type "task_exploded"' },
    ])
    expect(await storedCount(sessionId)).toBe(3)
  })

  it('answers 422 with the same body shape when every event is invalid', async () => {
    const answer = await test.postEvents([{ nonsense: true }, null])
    expect(answer.status).toBe(422)
    const body = (await answer.json()) as IngestResponse
    expect(body.accepted).toBe(0)
    expect(body.duplicates).toBe(0)
    expect(body.rejected.map((r) => r.index)).toEqual([0, 1])
    expect(body.rejected[1]?.reason).toBe('events[1]: expected object, received null')
  })

  it('treats an id in upper case as the same id', async () => {
    const sessionId = randomUUID()
    const event = mistake({ sessionId })
    await test.postEvents([event])
    const shouted = { ...event, id: event.id.toUpperCase(), sessionId: sessionId.toUpperCase() }
    expect(await (await test.postEvents([shouted])).json()).toEqual({
      accepted: 0,
      duplicates: 1,
      rejected: [],
    })
    expect(await storedCount(sessionId)).toBe(1)
  })

  it('answers 200 when all events are duplicates (nothing left to retry)', async () => {
    const event = mistake()
    await test.postEvents([event])
    const answer = await test.postEvents([event])
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ accepted: 0, duplicates: 1, rejected: [] })
  })

  it('accepts a JSON body sent as text/plain, as navigator.sendBeacon does', async () => {
    const sessionId = randomUUID()
    const answer = await fetch(test.url('/api/events'), {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
      body: JSON.stringify({ events: [mistake({ sessionId })] }),
    })
    expect(answer.status).toBe(200)
    expect(await storedCount(sessionId)).toBe(1)
  })

  it("keeps the client's timestamp as UTC and defaults source to visitor", async () => {
    const sessionId = randomUUID()
    const yesterday = new Date(Date.now() - 24 * 3600 * 1000).toISOString().slice(0, 10)
    await test.postEvents([mistake({ sessionId, ts: `${yesterday}T10:00:00.250+02:00` })])
    const answer = await test.staffGet(`/api/sessions/${sessionId}/events`, token)
    const { events } = (await answer.json()) as { events: { ts: string; source: string }[] }
    expect(events[0]?.ts).toBe(`${yesterday}T08:00:00.250Z`)
    expect(events[0]?.source).toBe('visitor')
  })

  it('stores a full batch of 500 events', async () => {
    const sessionId = randomUUID()
    const answer = await test.postEvents(Array.from({ length: 500 }, () => mistake({ sessionId })))
    expect(await answer.json()).toEqual({ accepted: 500, duplicates: 0, rejected: [] })
  })
})

describe('rate limit', () => {
  it('answers 429 once a client goes over its batches per minute', async () => {
    const limited = await startTestServer({ rateLimitPerMinute: 3 })
    try {
      const statuses: number[] = []
      for (let i = 0; i < 4; i += 1) statuses.push((await limited.postEvents([mistake()])).status)
      expect(statuses).toEqual([200, 200, 200, 429])
      const last = await limited.postEvents([mistake()])
      expect(last.headers.get('retry-after')).not.toBeNull()
      expect(await last.json()).toMatchObject({ error: 'Too Many Requests' })
    } finally {
      await limited.stop()
    }
  })
})
