import { describe, expect, it } from 'vitest'
import {
  createTransport,
  fitBytes,
  rejectedByIndex,
  type SendOutcome,
} from '../../../src/telemetry/transport'
import { makeEvent } from './fixtures'

/** A transport over a fake fetch that answers every request with `answer`, and records the requests. */
function transportAnswering(answer: (init?: RequestInit) => Promise<Response>, requestTimeoutMs = 1000) {
  const requests: { url: string; init: RequestInit | undefined }[] = []
  const send = createTransport({
    endpoint: '/api/events',
    fetch: (input, init) => {
      requests.push({ url: String(input), init })
      return answer(init)
    },
    now: () => Date.parse('2026-01-01T00:00:00Z'),
    requestTimeoutMs,
  })
  return { send, requests }
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers }))

describe('the telemetry transport', () => {
  it('posts the events as JSON, with keepalive when asked', async () => {
    const { send, requests } = transportAnswering(() =>
      json(200, { accepted: 1, duplicates: 0, rejected: [] }),
    )
    const event = makeEvent()
    const outcome = await send([event], true)
    expect(outcome).toEqual({ kind: 'answered', response: { accepted: 1, duplicates: 0, rejected: [] } })
    expect(requests[0]?.url).toBe('/api/events')
    expect(requests[0]?.init?.method).toBe('POST')
    expect(requests[0]?.init?.keepalive).toBe(true)
    expect(JSON.parse(String(requests[0]?.init?.body))).toEqual({ events: [event] })
  })

  it('tells every kind of answer apart', async () => {
    const cases: [() => Promise<Response>, SendOutcome['kind']][] = [
      [() => json(422, { accepted: 0, duplicates: 0, rejected: [{ index: 0, reason: 'bad' }] }), 'invalid'],
      [() => json(413, { message: 'too large' }), 'refused'],
      [() => json(503, {}), 'retry'],
      [() => Promise.reject(new Error('offline')), 'retry'],
    ]
    for (const [answer, kind] of cases) {
      const { send } = transportAnswering(answer)
      expect((await send([makeEvent()], false)).kind).toBe(kind)
    }
  })

  it("reads a refusal's reason and a Retry-After", async () => {
    const refused = await transportAnswering(() => json(400, { error: 'not JSON' })).send([], false)
    expect(refused).toEqual({ kind: 'refused', status: 400, reason: 'not JSON' })
    const busy = await transportAnswering(() => json(429, {}, { 'retry-after': '7' })).send([], false)
    expect(busy).toEqual({ kind: 'retry', reason: 'HTTP 429', retryAfterMs: 7000 })
  })

  it('gives up on a request with no answer in time', async () => {
    // Like fetch, the fake answers only when the request is aborted.
    const never = (init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason as Error))
      })
    const outcome = await transportAnswering(never, 10).send([], false)
    expect(outcome).toEqual({ kind: 'retry', reason: 'request timed out', retryAfterMs: null })
  })
})

describe('batches by size', () => {
  it('keeps the longest prefix within the limit, and always at least one', () => {
    const records = [1, 2, 3].map((key) => ({ key, event: makeEvent() }))
    const one = JSON.stringify({ events: [records[0]?.event] }).length
    expect(fitBytes(records, one)).toHaveLength(1)
    expect(fitBytes(records, one * 2)).toHaveLength(2)
    expect(fitBytes(records, 10)).toHaveLength(1)
  })

  it('reads rejected events by index, ignoring indexes outside the batch', () => {
    const response = {
      accepted: 1,
      duplicates: 0,
      rejected: [
        { index: 1, reason: 'bad step' },
        { index: 9, reason: 'not in this batch' },
      ],
    }
    expect([...rejectedByIndex(response, 2)]).toEqual([[1, 'bad step']])
    expect(rejectedByIndex(null, 2).size).toBe(0)
  })
})
