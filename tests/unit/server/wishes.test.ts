import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PracticeWish, WishCounts } from '../../../src/domain/practice-wishes'
import type { IngestResponse } from '../../../src/telemetry/event-schema'
import { DATABASE_KIND, makeEvent, startTestServer, type TestServer } from './harness'

// "What would you like to practise next?" through the server: the ingest takes a wish from the list and refuses
// anything else with a reason, a preview's wish is never kept, and staff get the wishes counted, most asked first.

let test: TestServer
let token: string
const base = Date.now() - 3 * 60 * 60 * 1000
const at = (minutes: number) => new Date(base + minutes * 60_000).toISOString()
const wish = (value: PracticeWish, minutes: number, extra: { preview?: true } = {}) =>
  makeEvent('practice_wished', { wish: value }, { ts: at(minutes), ...extra })

beforeAll(async () => {
  test = await startTestServer()
  token = await test.login()
})
afterAll(() => test.stop())

const wishes = async (query = '') => {
  const answer = await test.staffGet(`/api/staff/wishes${query}`, token)
  expect(answer.status).toBe(200)
  return (await answer.json()) as WishCounts
}

describe(`the residents' wishes (${DATABASE_KIND})`, () => {
  it('refuses a wish that is not on the list, or not about a task, naming the field, and stores nothing', async () => {
    const bad = [
      { ...wish('pay-bill', 1), payload: { wish: 'fly-a-plane' } },
      { ...wish('pay-bill', 1), payload: { wish: 'pay-bill', note: 'my name is Anna' } },
      { ...wish('pay-bill', 1), payload: {} },
      { ...wish('pay-bill', 1), task: null },
    ]
    const answer = await test.postEvents(bad)
    expect(answer.status).toBe(422)
    const body = (await answer.json()) as IngestResponse
    expect(body.accepted).toBe(0)
    expect(body.rejected.map(({ index }) => index)).toEqual([0, 1, 2, 3])
    expect(body.rejected[0]?.reason).toMatch(/events\[0\]\.payload\.wish/)
    expect(body.rejected[1]?.reason).toMatch(/events\[1\]\.payload/)
    expect(body.rejected[2]?.reason).toMatch(/events\[2\]\.payload\.wish/)
    expect(body.rejected[3]?.reason).toMatch(/events\[3\]\.task: required/)
    expect(await wishes()).toEqual({
      wishes: [],
      total: 0,
      range: { from: null, to: null },
      first: null,
      last: null,
    })
  })

  it('counts the wishes in SQL, most asked first, with the period they cover, and never a preview', async () => {
    const answer = await test.postEvents([
      wish('parking-permit', 10),
      wish('job-seeking', 20),
      wish('parking-permit', 30),
      wish('something-else', 40),
      wish('job-seeking', 50),
      wish('parking-permit', 60),
      // Staff trying a draft: taken, never kept.
      wish('library-loan', 70, { preview: true }),
      wish('library-loan', 71, { preview: true }),
      wish('library-loan', 72, { preview: true }),
      wish('library-loan', 73, { preview: true }),
    ])
    expect(answer.status).toBe(200)
    expect(await answer.json()).toMatchObject({ accepted: 10, rejected: [] })

    expect(await wishes()).toEqual({
      wishes: [
        { wish: 'parking-permit', count: 3 },
        { wish: 'job-seeking', count: 2 },
        { wish: 'something-else', count: 1 },
      ],
      total: 6,
      range: { from: null, to: null },
      first: at(10),
      last: at(60),
    })

    // A period: from minute 25 up to (not including) minute 55.
    const period = await wishes(`?from=${encodeURIComponent(at(25))}&to=${encodeURIComponent(at(55))}`)
    // Ties keep the list's own order.
    expect(period.wishes).toEqual([
      { wish: 'parking-permit', count: 1 },
      { wish: 'job-seeking', count: 1 },
      { wish: 'something-else', count: 1 },
    ])
    expect(period).toMatchObject({
      total: 3,
      range: { from: at(25), to: at(55) },
      first: at(30),
      last: at(50),
    })
  })

  it('are for staff only, and a malformed period is a 400', async () => {
    expect((await fetch(test.url('/api/staff/wishes'))).status).toBe(401)
    expect((await test.staffGet('/api/staff/wishes', 'not-a-token')).status).toBe(401)
    expect((await test.staffGet('/api/staff/wishes?from=yesterday', token)).status).toBe(400)
  })
})
