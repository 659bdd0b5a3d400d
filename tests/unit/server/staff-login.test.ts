import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { IncomingMessage } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { createStaffAuth } from '../../../src/server/staff-auth'
import { isInsecureRemote, isLoopback } from '../../../src/server/staff-transport'
import { connectStaff } from '../live/live-client'
import { captureLogs, requestFrom, STAFF_PIN, startTestServer } from './harness'
import type { TestServer } from './harness'

let test: TestServer | null = null
afterEach(async () => {
  await test?.stop()
  test = null
})

const MINUTE_MS = 60_000

function loginFrom(server: TestServer, address: string, pin: string) {
  return requestFrom(address, server.url('/api/staff/login'), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ pin }),
  })
}

describe('staff login budget', () => {
  it('holds across many addresses: 40 addresses get 20 guesses between them, then every login waits', async () => {
    const logs = captureLogs()
    test = await startTestServer({}, undefined, { logStream: logs.stream })
    const statuses: number[] = []
    const started = Date.now()
    for (let guess = 0; guess < 5; guess++) {
      for (let client = 0; client < 40; client++) {
        const answer = await loginFrom(test, `127.0.0.${10 + client}`, String(100_000 + guess * 40 + client))
        statuses.push(answer.status)
      }
    }
    const seconds = (Date.now() - started) / 1000
    const evaluated = statuses.filter((status) => status === 401).length
    expect(evaluated).toBe(20)
    expect(statuses.filter((status) => status === 429)).toHaveLength(180)

    // The right PIN from a fresh address waits too: it might be the attacker's lucky guess.
    const right = await loginFrom(test, '127.0.0.99', STAFF_PIN)
    expect(right.status).toBe(429)
    expect(Number(right.headers['retry-after'])).toBeGreaterThan(20)
    const warnings = logs.lines().filter((line) => String(line.msg).startsWith('staff login locked'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ level: 40, failures: 20, lockedForMs: 30_000, trips: 1 })
    console.info(
      `login budget: 200 wrong PINs from 40 addresses in ${seconds.toFixed(1)} s, ${evaluated} checked, 180 refused`,
    )
  })

  it('allows 24 guesses in the first ten minutes and under 125 a day, with doubling lockouts', () => {
    let now = 0
    const lockouts: number[] = []
    const auth = createStaffAuth({
      pin: '864213',
      now: () => now,
      onLockout: (l) => lockouts.push(l.lockedForMs),
    })
    let client = 0
    const guessesUntil = (endMs: number) => {
      let checked = 0
      while (now < endMs) {
        // A new address for every guess, as fast as the server answers.
        const result = auth.login('000000', `attacker-${client++}`)
        if (result.ok) throw new Error('guessed')
        if (result.reason === 'wrong-pin') checked++
        now += result.reason === 'wrong-pin' ? 100 : result.retryAfterSeconds * 1000
      }
      return checked
    }
    // 20 at once, then one after each lockout: 30 s, 1, 2, 4 and 8 minutes, then 15 minutes each.
    const firstMinute = guessesUntil(MINUTE_MS)
    expect(firstMinute).toBe(21)
    const firstTenMinutes = firstMinute + guessesUntil(10 * MINUTE_MS)
    expect(firstTenMinutes).toBe(24)
    const day = firstTenMinutes + guessesUntil(24 * 60 * MINUTE_MS)
    expect(lockouts.slice(0, 6)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000, 900_000])
    expect(Math.max(...lockouts)).toBe(900_000)
    expect(day).toBeLessThan(125)
    console.info(
      `login budget: ${day} guesses a day at most (${(day / 1440).toFixed(3)} a minute); a 6-digit PIN takes ` +
        `${Math.round(1_000_000 / day / 365)} years to try in full`,
    )
    // Staff are not locked out for ever: after a quiet hour the right PIN works again.
    now += 60 * MINUTE_MS
    expect(auth.login('864213', 'staff-tablet').ok).toBe(true)
  })
})

describe('staff logout', () => {
  it('revokes the token: the read API refuses it and a console connected with it is told and closed', async () => {
    test = await startTestServer()
    const token = await test.login()
    expect((await test.staffGet('/api/stats', token)).status).toBe(200)
    const staff = await connectStaff(test.server.httpUrl, token)

    const logout = await fetch(test.url('/api/staff/logout'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(logout.status).toBe(204)
    expect((await test.staffGet('/api/stats', token)).status).toBe(401)
    expect(await staff.waitFor((m) => m.type === 'auth-failed', { timeoutMs: 2000 })).toMatchObject({
      reason: 'expired',
    })
    await staff.closed
    // Logging out again is harmless.
    const again = await fetch(test.url('/api/staff/logout'), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(again.status).toBe(204)
  })
})

describe('staff over plain HTTP from another machine', () => {
  it('is refused with the HTTPS address, and a token sent that way is revoked', async () => {
    test = await startTestServer({ httpsPort: 0 })
    const httpsPort = test.server.config.httpsPort
    const token = await test.login()
    const fromLan = { remoteAddress: '192.168.1.50' }

    const login = await test.server.app.inject({
      ...fromLan,
      method: 'POST',
      url: '/api/staff/login',
      headers: { host: '192.168.1.20:8080' },
      payload: { pin: STAFF_PIN },
    })
    expect(login.statusCode).toBe(403)
    expect(login.json()).toEqual({
      error: 'Forbidden',
      message: `staff log in over HTTPS only: open https://192.168.1.20:${httpsPort}/staff`,
      httpsUrl: `https://192.168.1.20:${httpsPort}/staff`,
    })

    const read = await test.server.app.inject({
      ...fromLan,
      url: '/api/stats',
      headers: { authorization: `Bearer ${token}` },
    })
    expect(read.statusCode).toBe(403)
    // The LAN may have seen the token: it no longer works anywhere.
    expect((await test.staffGet('/api/stats', token)).status).toBe(401)
    // On this machine itself, plain HTTP is fine.
    expect((await test.postJson('/api/staff/login', { pin: STAFF_PIN })).status).toBe(200)
  })

  it('says where to log in when HTTPS is off', async () => {
    test = await startTestServer({ httpsPort: null })
    const answer = await test.server.app.inject({
      remoteAddress: '10.0.0.8',
      method: 'POST',
      url: '/api/staff/login',
      payload: { pin: STAFF_PIN },
    })
    expect(answer.statusCode).toBe(403)
    expect(answer.json()).toMatchObject({ httpsUrl: null, message: expect.stringMatching(/HTTPS is off/) })
  })

  it('tells loopback and encrypted connections from plain LAN ones', () => {
    const request = (remoteAddress: string, encrypted: boolean) =>
      ({ socket: { remoteAddress, encrypted } }) as unknown as IncomingMessage
    expect(isInsecureRemote(request('192.168.1.50', false))).toBe(true)
    expect(isInsecureRemote(request('192.168.1.50', true))).toBe(false)
    expect(isInsecureRemote(request('127.0.0.1', false))).toBe(false)
    expect(isInsecureRemote(request('::ffff:127.0.0.9', false))).toBe(false)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('::ffff:10.0.0.1')).toBe(false)
    expect(isLoopback('128.0.0.1')).toBe(false)
  })
})

describe('the staff PIN', () => {
  it('must have at least six digits, from the environment or from its file', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'digidel-pin-'))
    try {
      await expect(startTestServer({ staffPin: '1234' }, dataDir)).rejects.toThrow(
        /STAFF_PIN must be 6 to 64 digits/,
      )
      await writeFile(join(dataDir, 'staff-pin.txt'), '4321\n', { mode: 0o600 })
      await expect(startTestServer({ staffPin: undefined }, dataDir)).rejects.toThrow(
        /staff-pin\.txt must be 6 to 64 digits/,
      )
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })
})
