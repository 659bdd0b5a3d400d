import { describe, expect, it } from 'vitest'
import { CLOSE_CODES, LIVE_TIMING } from '../../../src/live/protocol'
import { createLiveHub, type HubSocket } from '../../../src/server/live/live-hub'
import { anchorTime, uniquePairingCode } from '../../../src/server/live/station-directory'
import { lobbyState, staffHello, stateMessage, stationHello, testStation } from './live-client'

interface FakeSocket extends HubSocket {
  sent: { type: string; [key: string]: unknown }[]
  closedWith: number | null
  /** Bytes the fake pretends are waiting to be sent. */
  buffered: number
}

function fakeSocket(): FakeSocket {
  const socket: FakeSocket = {
    sent: [],
    closedWith: null,
    buffered: 0,
    send: (text) => socket.sent.push(JSON.parse(text) as FakeSocket['sent'][number]),
    close: (code) => {
      socket.closedWith = code
    },
    bufferedAmount: () => socket.buffered,
  }
  return socket
}

/** Approvals the fake hub accepts: `<station id>-signed` (43 characters, like a real one). */
const approvals = {
  issue: (id: string) => `${id}-signed`,
  verify: (id: string, _secret: string, approval: string | undefined) => approval === `${id}-signed`,
}

/** Test station `n`, approved by staff earlier. */
const approved = (n: number) => ({ ...testStation(n), approval: approvals.issue(testStation(n).id) })

type HubOverrides = Partial<Omit<Parameters<typeof createLiveHub>[0], 'log' | 'now' | 'timers'>>

function setup(options: HubOverrides = {}) {
  let clock = 1_000_000
  const warnings: string[] = []
  const infos: string[] = []
  const hub = createLiveHub({
    staffAuth: { verify: (token) => token === 'good', revoke: () => {} },
    approvals,
    idleSeconds: 90,
    log: {
      info: (_details, message) => infos.push(message),
      warn: (details, message) => warnings.push(`${message} ${JSON.stringify(details)}`),
    },
    now: () => clock,
    timers: false,
    ...options,
  })
  const connect = (address = '127.0.0.1') => {
    const socket = fakeSocket()
    const connection = hub.open(socket, { address, insecure: false })
    const say = (message: unknown) => {
      const text = JSON.stringify(message)
      connection.receive(text, Buffer.byteLength(text))
    }
    return { socket, connection, say }
  }
  return { hub, connect, warnings, infos, advance: (ms: number) => (clock += ms), now: () => clock }
}

describe('live hub', () => {
  it('shows a station that falls silent as disconnected: a lost network sends no close', () => {
    const { hub, connect, advance } = setup()
    const station = connect()
    station.say(stationHello(approved(1)))
    station.say(stateMessage(lobbyState()))
    advance(LIVE_TIMING.stationStaleMs - 100)
    hub.sweep()
    expect(hub.stations()[0]?.connected).toBe(true)
    advance(200)
    hub.sweep()
    expect(station.socket.closedWith).toBe(CLOSE_CODES.stale)
    expect(hub.stations()[0]).toMatchObject({ connected: false, disconnectedAt: expect.any(Number) })
  })

  it('closes a connection that never says who it is', () => {
    const { hub, connect, advance } = setup()
    const silent = connect()
    advance(11_000)
    hub.sweep()
    expect(silent.socket.closedWith).toBe(CLOSE_CODES.noHello)
  })

  it('drops messages over the per-second allowance, and takes them again a second later', () => {
    const { connect, advance, warnings } = setup({ maxMessagesPerSecond: 3 })
    const staff = connect()
    staff.say(staffHello('good'))
    for (let i = 0; i < 10; i++) staff.say({ type: 'spectate', stationId: null })
    staff.say({ type: 'bogus' })
    expect(staff.socket.sent.filter((m) => m.type === 'rejected')).toHaveLength(0)
    expect(warnings.filter((w) => w.includes('over the rate limit'))).toHaveLength(1)
    advance(1000)
    staff.say({ type: 'bogus' })
    expect(staff.socket.sent.filter((m) => m.type === 'rejected')).toHaveLength(1)
  })

  it('lets a reconnecting station replace its old connection, which then cannot mark it disconnected', () => {
    const { hub, connect } = setup()
    const old = connect()
    old.say(stationHello(approved(1)))
    old.say(stateMessage(lobbyState()))
    const fresh = connect()
    fresh.say(stationHello(approved(1)))
    expect(old.socket.closedWith).toBe(CLOSE_CODES.replaced)
    old.connection.closed()
    expect(hub.stations()[0]?.connected).toBe(true)
  })

  it('gives a station another pairing code when its own is taken', () => {
    const { connect } = setup()
    connect().say(stationHello(approved(1)))
    const second = connect()
    second.say(stationHello({ ...approved(2), pairingCode: testStation(1).pairingCode }))
    const welcome = second.socket.sent.find((m) => m.type === 'station-welcome')
    expect(welcome?.pairingCode).toMatch(/^\d{4}$/)
    expect(welcome?.pairingCode).not.toBe(testStation(1).pairingCode)
  })

  it('forgets the longest-disconnected station when full, and refuses new ones when all are connected', () => {
    const { hub, connect, advance } = setup({ maxStations: 2 })
    const one = connect()
    one.say(stationHello(approved(1)))
    one.say(stateMessage(lobbyState()))
    one.connection.closed()
    advance(10)
    const two = connect()
    two.say(stationHello(approved(2)))
    two.say(stateMessage(lobbyState()))
    const three = connect()
    three.say(stationHello(approved(3)))
    three.say(stateMessage(lobbyState()))
    expect(hub.stations().map((s) => s.id)).toEqual([testStation(2).id, testStation(3).id])
    const four = connect()
    four.say(stationHello(approved(4)))
    expect(four.socket.closedWith).toBe(1013)
  })
})

describe('station clock anchoring', () => {
  it('turns "started this long ago" into a steady time on the server clock', () => {
    expect(anchorTime(null, 5000, 100_000)).toBe(95_000)
    // 100 ms later the station says 5 100 ms: the same start, give or take network jitter.
    expect(anchorTime(95_000, 5130, 100_100)).toBe(95_000)
    // A new step: its age starts again near zero.
    expect(anchorTime(95_000, 40, 100_200)).toBe(100_160)
    expect(anchorTime(95_000, null, 100_200)).toBe(null)
  })

  it('picks a free four-digit pairing code', () => {
    expect(uniquePairingCode('1234', new Set())).toBe('1234')
    expect(uniquePairingCode('1234', new Set(['1234']), () => 0.5)).toBe('5000')
    const all = new Set(Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0')))
    all.delete('0042')
    expect(uniquePairingCode('1234', all, () => 0)).toBe('0042')
  })
})

describe('live hub: stations waiting for approval', () => {
  it('keeps a station without approval out of the list until staff approve its code', () => {
    const { hub, connect } = setup()
    const staff = connect()
    staff.say(staffHello('good'))
    const newcomer = connect()
    newcomer.say(stationHello(testStation(1)))
    newcomer.say(stateMessage(lobbyState()))
    expect(newcomer.socket.sent).toEqual([
      { type: 'station-welcome', idleSeconds: 90, pairingCode: testStation(1).pairingCode, approved: false },
    ])
    hub.flushStaffUpdates()
    expect(hub.stations()).toEqual([])
    expect(staff.socket.sent.filter((m) => m.type === 'stations-changed')).toEqual([])

    staff.say({ type: 'approve-station', pairingCode: '9999' })
    expect(staff.socket.sent.at(-1)).toEqual({ type: 'pairing', pairingCode: '9999', outcome: 'not-found' })
    staff.say({ type: 'approve-station', pairingCode: testStation(1).pairingCode })
    expect(staff.socket.sent.at(-1)).toMatchObject({ type: 'pairing', outcome: 'approved' })
    expect(newcomer.socket.sent.slice(1)).toEqual([
      { type: 'station-approved', approval: approvals.issue(testStation(1).id) },
      { type: 'station-welcome', idleSeconds: 90, pairingCode: testStation(1).pairingCode, approved: true },
    ])
    newcomer.say(stateMessage(lobbyState()))
    expect(hub.stations().map((s) => s.id)).toEqual([testStation(1).id])
  })

  it('caps waiting stations per address and in total, evicting the longest waiting first', () => {
    const { connect } = setup({ maxPendingStations: 4, maxPendingPerAddress: 2 })
    const from = (address: string, n: number) => {
      const client = connect(address)
      client.say(stationHello(testStation(n)))
      return client
    }
    const a1 = from('10.0.0.1', 1)
    const a2 = from('10.0.0.1', 2)
    const a3 = from('10.0.0.1', 3)
    expect([a1.socket.closedWith, a2.socket.closedWith, a3.socket.closedWith]).toEqual([
      CLOSE_CODES.evicted,
      null,
      null,
    ])
    const others = [4, 5, 6].map((n) => from(`10.0.0.${n}`, n))
    // Four waiting at most: the longest waiting of the rest (station 2) made room.
    expect(a2.socket.closedWith).toBe(CLOSE_CODES.evicted)
    expect([a3, ...others].map((c) => c.socket.closedWith)).toEqual([null, null, null, null])
  })

  it('does not count waiting stations against the station limit', () => {
    const { hub, connect } = setup({ maxStations: 1, maxPendingStations: 50, maxPendingPerAddress: 50 })
    for (let n = 10; n < 40; n++) connect().say(stationHello(testStation(n)))
    const real = connect()
    real.say(stationHello(approved(1)))
    real.say(stateMessage(lobbyState()))
    expect(real.socket.closedWith).toBeNull()
    expect(hub.stations().map((s) => s.id)).toEqual([testStation(1).id])
  })
})

describe('live hub: staff updates and slow readers', () => {
  it('batches station changes for staff: many changes, one update per flush', () => {
    const { hub, connect, advance } = setup()
    const staff = connect()
    staff.say(staffHello('good'))
    const stations = [1, 2, 3].map((n) => {
      const client = connect()
      client.say(stationHello(approved(n)))
      return client
    })
    for (let tick = 0; tick < 10; tick++) {
      for (const client of stations) client.say(stateMessage(lobbyState({ entries: { ocr: String(tick) } })))
      advance(20)
    }
    hub.flushStaffUpdates()
    hub.flushStaffUpdates()
    const updates = staff.socket.sent.filter((m) => m.type === 'stations-changed')
    expect(updates).toHaveLength(1)
    expect((updates[0]?.changed as { state: { entries: unknown } }[]).map((s) => s.state.entries)).toEqual([
      { ocr: '9' },
      { ocr: '9' },
      { ocr: '9' },
    ])
  })

  it('closes a connection that has more than a megabyte waiting to be sent', () => {
    const { hub, connect, warnings } = setup()
    const staff = connect()
    staff.say(staffHello('good'))
    const station = connect()
    station.say(stationHello(approved(1)))
    staff.socket.buffered = 1024 * 1024 + 1
    station.say(stateMessage(lobbyState()))
    hub.flushStaffUpdates()
    expect(staff.socket.closedWith).toBe(CLOSE_CODES.slowReader)
    expect(warnings.filter((w) => w.includes('reads too slowly'))).toHaveLength(1)
    expect(station.socket.closedWith).toBeNull()
  })

  it('refuses a staff login over plain HTTP from another machine, and revokes the token', () => {
    const revoked: string[] = []
    const hub = createLiveHub({
      staffAuth: { verify: () => true, revoke: (token) => revoked.push(token) },
      approvals,
      idleSeconds: 90,
      log: { info: () => {}, warn: () => {} },
      timers: false,
    })
    const socket = fakeSocket()
    const text = JSON.stringify(staffHello('sniffed'))
    hub.open(socket, { address: '192.168.1.50', insecure: true }).receive(text, text.length)
    expect(socket.sent).toEqual([{ type: 'auth-failed', reason: 'insecure' }])
    expect(socket.closedWith).toBe(CLOSE_CODES.authFailed)
    expect(revoked).toEqual(['sniffed'])
  })
})

describe('live hub: invalid messages', () => {
  it('logs invalid messages once a minute per connection, and closes one that sends too many', () => {
    const { connect, advance, warnings } = setup()
    const noisy = connect()
    let sent = 0
    while (noisy.socket.closedWith === null && sent < 5800) {
      noisy.say({ type: 'launch-missiles', n: sent++ })
      advance(30)
    }
    expect(noisy.socket.closedWith).toBe(CLOSE_CODES.tooManyMessages)
    expect(sent).toBe(21)
    expect(warnings.filter((w) => w.startsWith('live message dropped'))).toHaveLength(1)
    expect(noisy.socket.sent.filter((m) => m.type === 'rejected')).toHaveLength(20)
  })

  it('closes a connection that keeps sending over its allowance, with one log line', () => {
    const { connect, warnings } = setup({ maxMessagesPerSecond: 10, maxDroppedPerMinute: 100 })
    const flooder = connect()
    flooder.say(stationHello(approved(1)))
    let sent = 0
    while (flooder.socket.closedWith === null && sent < 5800) {
      flooder.say(stateMessage(lobbyState()))
      sent++
    }
    expect(flooder.socket.closedWith).toBe(CLOSE_CODES.tooManyMessages)
    expect(sent).toBeLessThan(120)
    expect(warnings.length).toBeLessThanOrEqual(2)
  })
})
