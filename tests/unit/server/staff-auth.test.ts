import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bearerToken, createStaffAuth } from '../../../src/server/staff-auth'
import { STAFF_PIN, mistake, startTestServer } from './harness'
import type { TestServer } from './harness'

describe('createStaffAuth', () => {
  it('issues tokens that verify until they expire', () => {
    let now = 1_000_000
    const auth = createStaffAuth({ pin: '2468', tokenTtlMs: 60_000, now: () => now })
    const result = auth.login('2468', 'a')
    if (!result.ok) throw new Error('login failed')
    expect(result.token).toMatch(/^[\w-]{43}$/)
    expect(result.expiresAt).toBe(new Date(1_060_000).toISOString())
    expect(auth.verify(result.token)).toBe(true)
    now += 59_999
    expect(auth.verify(result.token)).toBe(true)
    now += 1
    expect(auth.verify(result.token)).toBe(false)
    expect(auth.verify(undefined)).toBe(false)
    expect(auth.verify('made-up')).toBe(false)
  })

  it('revokes a token', () => {
    const auth = createStaffAuth({ pin: '2468' })
    const result = auth.login('2468', 'a')
    if (!result.ok) throw new Error('login failed')
    auth.revoke(result.token)
    expect(auth.verify(result.token)).toBe(false)
  })

  it('refuses every attempt of a client after five wrong PINs in a minute, then lets it try again', () => {
    let now = 0
    const auth = createStaffAuth({ pin: '2468', now: () => now })
    for (let i = 0; i < 5; i += 1) expect(auth.login('0000', 'a')).toEqual({ ok: false, reason: 'wrong-pin' })
    expect(auth.login('2468', 'a')).toEqual({ ok: false, reason: 'too-many-attempts', retryAfterSeconds: 60 })
    // Another client is not affected.
    expect(auth.login('2468', 'b').ok).toBe(true)
    now += 60_000
    expect(auth.login('2468', 'a').ok).toBe(true)
  })

  it('reads bearer tokens from an Authorization header', () => {
    expect(bearerToken('Bearer abc')).toBe('abc')
    expect(bearerToken('bearer  abc ')).toBe('abc')
    expect(bearerToken('Basic abc')).toBeUndefined()
    expect(bearerToken('Bearer')).toBeUndefined()
    expect(bearerToken(undefined)).toBeUndefined()
  })
})

describe('staff endpoints over HTTP', () => {
  let test: TestServer
  const sessionId = randomUUID()
  const readPaths = [
    '/api/stats',
    '/api/sessions',
    `/api/sessions/${sessionId}/events`,
    '/api/export.csv',
    '/api/export/xapi',
    '/api/staff/wishes',
  ]

  beforeAll(async () => {
    test = await startTestServer({ staffTokenTtlMs: 300 })
    await test.postEvents([mistake({ sessionId })])
  })
  afterAll(() => test.stop())

  it('logs in with the PIN and answers { token, expiresAt }', async () => {
    const answer = await test.postJson('/api/staff/login', { pin: STAFF_PIN })
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as { token: string; expiresAt: string }
    expect(typeof body.token).toBe('string')
    expect(Date.parse(body.expiresAt)).toBeGreaterThan(Date.now())
  })

  it('answers 400 for a login body without a PIN', async () => {
    expect((await test.postJson('/api/staff/login', { code: STAFF_PIN })).status).toBe(400)
    expect((await test.postJson('/api/staff/login', { pin: 1234 })).status).toBe(400)
  })

  it.each(readPaths)('GET %s answers 401 without a token and with a bad one', async (path) => {
    const none = await fetch(test.url(path))
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer')
    expect(await none.json()).toMatchObject({ error: 'Unauthorized' })
    expect((await test.staffGet(path, 'not-a-token')).status).toBe(401)
    const basic = await fetch(test.url(path), {
      headers: { authorization: `Basic ${btoa(`staff:${STAFF_PIN}`)}` },
    })
    expect(basic.status).toBe(401)
  })

  it('answers 401 on every read endpoint once a token has expired', async () => {
    const expiring = await test.login()
    expect((await test.staffGet('/api/stats', expiring)).status).toBe(200)
    await new Promise((resolve) => setTimeout(resolve, 350))
    for (const path of readPaths) expect((await test.staffGet(path, expiring)).status).toBe(401)
  })

  it.each(readPaths)('GET %s answers 200 with a token', async (path) => {
    const answer = await test.staffGet(path, await test.login())
    expect(answer.status).toBe(200)
  })

  it('answers 401 for wrong PINs and 429 after five of them from one client', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i += 1)
      statuses.push((await test.postJson('/api/staff/login', { pin: '9999' })).status)
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    // Locked out for the rest of the minute, even with the right PIN.
    const right = await test.postJson('/api/staff/login', { pin: STAFF_PIN })
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
  })
})
