import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseDateRange } from '../../../src/server/date-range'
import { mistake, startTestServer } from './harness'
import type { TestServer } from './harness'

describe('date ranges at the ends of the calendar', () => {
  let test: TestServer
  let token: string
  const sessionId = randomUUID()

  beforeAll(async () => {
    test = await startTestServer()
    token = await test.login()
    expect((await test.postEvents([mistake({ sessionId })])).status).toBe(200)
  })
  afterAll(() => test.stop())

  it.each([
    '?to=9999-12-31',
    '?from=0000-01-01&to=9999-12-31',
    `?to=${encodeURIComponent('9999-12-31T23:00:00-05:00')}`,
  ])("finds today's visit with %s", async (query) => {
    const answer = await test.staffGet(`/api/sessions${query}`, token)
    expect(answer.status).toBe(200)
    const { sessions } = (await answer.json()) as { sessions: { sessionId: string }[] }
    expect(sessions.map((s) => s.sessionId)).toContain(sessionId)
    const csv = await (await test.staffGet(`/api/export.csv${query}`, token)).text()
    expect(csv).toContain(sessionId)
  })

  it('reads to=9999-12-31 as an open end, and a start after year 9999 as its last instant', () => {
    expect(parseDateRange({ to: '9999-12-31' })).toEqual({ range: { from: null, to: null } })
    expect(parseDateRange({ from: '9999-12-31', to: '9999-12-31' })).toEqual({
      range: { from: '9999-12-31T00:00:00.000Z', to: null },
    })
    expect(parseDateRange({ from: '9999-12-31T23:00:00-05:00' })).toEqual({
      range: { from: '9999-12-31T23:59:59.999Z', to: null },
    })
    expect(parseDateRange({ from: '0000-01-01', to: '0000-01-01' })).toEqual({
      range: { from: '0000-01-01T00:00:00.000Z', to: '0000-01-02T00:00:00.000Z' },
    })
  })
})
