import { request as httpRequest } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { IngestResponse } from '../../../src/telemetry/event-schema'
import { healthy, mistake, startTestServer } from './harness'
import type { TestServer } from './harness'

let test: TestServer

beforeAll(async () => {
  test = await startTestServer()
})
afterAll(() => test.stop())

/** POSTs raw bytes and reads the answer as JSON (every answer of the API is JSON). */
async function postRaw(body: string | Uint8Array<ArrayBuffer>, contentType = 'application/json') {
  const answer = await fetch(test.url('/api/events'), {
    method: 'POST',
    headers: { 'content-type': contentType },
    body,
  })
  return { status: answer.status, body: (await answer.json()) as Record<string, unknown> }
}

/** The reason(s) an answer gives, whichever of the two error shapes it has. */
function reasonsOf(body: Record<string, unknown>): string {
  if (typeof body.message === 'string') return body.message
  return ((body as unknown as IngestResponse).rejected ?? []).map((r) => r.reason).join(' | ')
}

function nested(depth: number): string {
  return `{"events":[${'['.repeat(depth)}${']'.repeat(depth)}]}`
}

const valid = () => mistake()

const cases: {
  name: string
  body: string | Uint8Array<ArrayBuffer>
  contentType?: string
  status: number
  reason: RegExp
}[] = [
  { name: 'malformed JSON', body: '{"events": [', status: 400, reason: /JSON/i },
  { name: 'an empty body', body: '', status: 400, reason: /empty/i },
  { name: 'a JSON array instead of an object', body: '[]', status: 400, reason: /JSON object/ },
  { name: 'JSON null', body: 'null', status: 400, reason: /JSON object/ },
  { name: 'a JSON number', body: '42', status: 400, reason: /JSON object/ },
  { name: 'a JSON string', body: '"events"', status: 400, reason: /JSON object/ },
  { name: 'no events field', body: '{}', status: 400, reason: /events: required/ },
  {
    name: 'events that is not an array',
    body: '{"events":{"0":1}}',
    status: 400,
    reason: /expected an array/,
  },
  { name: 'no events', body: '{"events":[]}', status: 400, reason: /1 to 500 events, received 0/ },
  {
    name: 'too many events',
    body: JSON.stringify({ events: Array.from({ length: 501 }, valid) }),
    status: 400,
    reason: /1 to 500 events, received 501/,
  },
  {
    name: 'wrong types',
    body: JSON.stringify({ events: [{ ...valid(), mode: 3, payload: { stepIndex: -1, code: '' } }] }),
    status: 422,
    reason: /events\[0\]\.mode: .*expected one of "vr"\|"desktop"/,
  },
  {
    name: 'an unknown event type',
    body: JSON.stringify({ events: [{ ...valid(), type: 'teleported' }] }),
    status: 422,
    reason: /^events\[0\]\.type: unknown event type "teleported"$/,
  },
  {
    name: 'a missing session id',
    body: JSON.stringify({ events: [{ ...valid(), sessionId: undefined }] }),
    status: 422,
    reason: /^events\[0\]\.sessionId: required/,
  },
  {
    name: 'a session id that is not a UUID',
    body: JSON.stringify({ events: [{ ...valid(), sessionId: 'visitor-42' }] }),
    status: 422,
    reason: /events\[0\]\.sessionId: Invalid UUID/,
  },
  {
    name: 'a field the schema does not know (e.g. a user agent)',
    body: JSON.stringify({ events: [{ ...valid(), userAgent: 'Mozilla/5.0' }] }),
    status: 422,
    reason: /events\[0\]: unknown field "userAgent"/,
  },
  {
    name: 'an array of nulls',
    body: JSON.stringify({ events: [null, null, null] }),
    status: 422,
    reason: /expected object/,
  },
  {
    name: 'garbage bytes',
    body: Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256),
    status: 400,
    reason: /JSON/i,
  },
  {
    name: 'invalid UTF-8 inside a string',
    body: Uint8Array.from(
      Buffer.concat([
        Buffer.from('{"events":[{"id":"'),
        Buffer.from([0xc3, 0x28, 0xff, 0xfe]),
        Buffer.from('"}]}'),
      ]),
    ),
    status: 422,
    reason: /events\[0\]/,
  },
  {
    name: 'deeply nested JSON',
    body: nested(100_000),
    status: 422,
    reason: /expected object, received array/,
  },
  {
    name: 'a huge string',
    body: JSON.stringify({ events: [{ ...valid(), scene: 'x'.repeat(900_000) }] }),
    status: 422,
    reason: /events\[0\]\.scene: expected an id/,
  },
  {
    name: 'a huge unknown key (not echoed back)',
    body: JSON.stringify({ events: [{ ...valid(), ['k'.repeat(100_000)]: 1 }] }),
    status: 422,
    reason: /unknown field "k+…"/,
  },
  {
    name: 'a __proto__ key',
    body: `{"events":[${JSON.stringify(valid()).replace('{', '{"__proto__":{"isAdmin":true},')}]}`,
    status: 422,
    reason: /^events\[0\]: unknown field "__proto__"$/,
  },
  {
    name: 'a constructor.prototype key',
    body: JSON.stringify({ events: [{ ...valid(), constructor: { prototype: { isAdmin: true } } }] }),
    status: 422,
    reason: /events\[0\]: unknown field "constructor"/,
  },
  {
    name: 'a form body',
    body: 'events=1',
    contentType: 'application/x-www-form-urlencoded',
    status: 415,
    reason: /Unsupported Media Type/,
  },
  {
    name: 'an XML body',
    body: '<events/>',
    contentType: 'application/xml',
    status: 415,
    reason: /Unsupported Media Type/,
  },
  {
    name: 'text/plain that is not JSON',
    body: 'hello',
    contentType: 'text/plain',
    status: 400,
    reason: /JSON/i,
  },
]

describe('POST /api/events with bad input', () => {
  it.each(cases)(
    'answers $status with a reason for $name, and stays up',
    async ({ body, contentType, status, reason }) => {
      const answer = await postRaw(body, contentType)
      expect(answer.status).toBe(status)
      expect(reasonsOf(answer.body)).toMatch(reason)
      expect(reasonsOf(answer.body).length).toBeLessThan(400)
      expect(await healthy(test)).toBe(true)
    },
  )

  it('answers 413 for a body over 1 MiB, and stays up', async () => {
    const answer = await postRaw(JSON.stringify({ events: [{ ...valid(), scene: 'x'.repeat(1_100_000) }] }))
    expect(answer.status).toBe(413)
    expect(answer.body).toMatchObject({ error: 'Payload Too Large' })
    expect(reasonsOf(answer.body)).toMatch(/too large/i)
    expect(await healthy(test)).toBe(true)
  })

  it('answers 413 for a chunked body over 1 MiB without a content length', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(test.url('/api/events'), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      })
      req.on('response', (res) => {
        res.resume()
        resolve(res.statusCode ?? 0)
      })
      req.on('error', reject)
      const chunk = `"${'x'.repeat(64 * 1024)}",`
      req.write('{"events":[')
      for (let i = 0; i < 20; i += 1) req.write(chunk)
      req.end('1]}')
    })
    expect(status).toBe(413)
    expect(await healthy(test)).toBe(true)
  })

  it('answers 415 for a body without a content type', async () => {
    const answer = await fetch(test.url('/api/events'), {
      method: 'POST',
      body: Uint8Array.from(Buffer.from(JSON.stringify({ events: [valid()] }))),
    })
    expect(answer.status).toBe(415)
  })

  it('answers 404 in JSON for an unknown API route and a wrong method', async () => {
    expect((await fetch(test.url('/api/nothing-here'))).status).toBe(404)
    const get = await fetch(test.url('/api/events'))
    expect(get.status).toBe(404)
    expect(await get.json()).toMatchObject({ error: 'Not Found' })
  })
})
