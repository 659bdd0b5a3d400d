import { describe, expect, it } from 'vitest'
import { CLOSE_CODES, LIVE_TIMING } from '../../../src/live/protocol'
import { createLiveHub, type HubSocket } from '../../../src/server/live/live-hub'
import { anchorTime, uniquePairingCode } from '../../../src/server/live/station-directory'
import { lobbyState, staffHello, stateMessage, stationHello, testStation } from './live-client'

interface FakeSocket extends HubSocket {
  sent: { type: string; [key: string]: unknown }[]
  closedWith: number | null
}

function fakeSocket(): FakeSocket {
  const socket: FakeSocket = {
    sent: [],
    closedWith: null,
    send: (text) => socket.sent.push(JSON.parse(text) as FakeSocket['sent'][number]),
    close: (code) => {
      socket.closedWith = code
    },
  }
  return socket
}

function setup(options: { maxMessagesPerSecond?: number; maxStations?: number } = {}) {
  let clock = 1_000_000
  const warnings: string[] = []
  const hub = createLiveHub({
    staffAuth: { verify: (token) => token === 'good' },
    idleSeconds: 90,
    log: { info: () => {}, warn: (details) => warnings.push(JSON.stringify(details)) },
    now: () => clock,
    timers: false,
    ...options,
  })
  const connect = () => {
    const socket = fakeSocket()
    const connection = hub.open(socket)
    const say = (message: unknown) => {
      const text = JSON.stringify(message)
      connection.receive(text, Buffer.byteLength(text))
    }
    return { socket, connection, say }
  }
  return { hub, connect, warnings, advance: (ms: number) => (clock += ms), now: () => clock }
}

describe('live hub', () => {
  it('shows a station that falls silent as disconnected: a lost network sends no close', () => {
    const { hub, connect, advance } = setup()
    const station = connect()
    station.say(stationHello(testStation(1)))
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
    expect(warnings.filter((w) => w.includes('staff'))).toHaveLength(1)
    advance(1000)
    staff.say({ type: 'bogus' })
    expect(staff.socket.sent.filter((m) => m.type === 'rejected')).toHaveLength(1)
  })

  it('lets a reconnecting station replace its old connection, which then cannot mark it disconnected', () => {
    const { hub, connect } = setup()
    const old = connect()
    old.say(stationHello(testStation(1)))
    old.say(stateMessage(lobbyState()))
    const fresh = connect()
    fresh.say(stationHello(testStation(1)))
    expect(old.socket.closedWith).toBe(CLOSE_CODES.replaced)
    old.connection.closed()
    expect(hub.stations()[0]?.connected).toBe(true)
  })

  it('gives a station another pairing code when its own is taken', () => {
    const { connect } = setup()
    connect().say(stationHello(testStation(1)))
    const second = connect()
    second.say(stationHello({ ...testStation(2), pairingCode: testStation(1).pairingCode }))
    const welcome = second.socket.sent.find((m) => m.type === 'station-welcome')
    expect(welcome?.pairingCode).toMatch(/^\d{4}$/)
    expect(welcome?.pairingCode).not.toBe(testStation(1).pairingCode)
  })

  it('forgets the longest-disconnected station when full, and refuses new ones when all are connected', () => {
    const { hub, connect, advance } = setup({ maxStations: 2 })
    const one = connect()
    one.say(stationHello(testStation(1)))
    one.say(stateMessage(lobbyState()))
    one.connection.closed()
    advance(10)
    const two = connect()
    two.say(stationHello(testStation(2)))
    two.say(stateMessage(lobbyState()))
    const three = connect()
    three.say(stationHello(testStation(3)))
    three.say(stateMessage(lobbyState()))
    expect(hub.stations().map((s) => s.id)).toEqual([testStation(2).id, testStation(3).id])
    const four = connect()
    four.say(stationHello(testStation(4)))
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
