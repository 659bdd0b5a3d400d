import { describe, expect, it } from 'vitest'
import { stationHelloSchema, type StationHello } from '../../../../src/live/protocol'
import { createPairing } from '../../../../src/server/live/pairing'
import { lobbyState, stationHello, testStation } from '../../live/live-client'

/** Approvals the fake accepts: `<station id>-signed`. */
const approvals = {
  issue: (id: string) => `${id}-signed`,
  verify: (id: string, _secret: string, approval: string | undefined) => approval === `${id}-signed`,
}

/** Test station `n`'s hello, as the hub has it once parsed. */
function hello(n: number, extra: Partial<StationHello> = {}): StationHello {
  return { ...stationHelloSchema.parse(stationHello(testStation(n))), ...extra }
}

const approvedHello = (n: number, extra: Partial<StationHello> = {}) =>
  hello(n, { approval: approvals.issue(testStation(n).id), ...extra })

function setup(
  limits: { maxStations?: number; maxPendingStations?: number; maxPendingPerAddress?: number } = {},
) {
  let clock = 1_000
  const forgotten: string[] = []
  const pairing = createPairing<string>({
    approvals,
    now: () => clock,
    maxStations: limits.maxStations ?? 10,
    maxPendingStations: limits.maxPendingStations ?? 10,
    maxPendingPerAddress: limits.maxPendingPerAddress ?? 10,
    onForgotten: (id) => forgotten.push(id),
  })
  return { pairing, forgotten, advance: (ms: number) => (clock += ms) }
}

describe('pairing', () => {
  it('lets an approved station in, and knows it by its secret next time', () => {
    const { pairing } = setup()
    const first = pairing.hello(approvedHello(1), 'socket-a', '10.0.0.1')
    expect(first.kind).toBe('approved')
    expect(pairing.get(testStation(1).id)).toBeDefined()
    // Known now: no approval needed, but another secret is another device.
    expect(pairing.hello(hello(1), 'socket-b', '10.0.0.1').kind).toBe('approved')
    expect(pairing.hello(hello(1, { secret: 'another-secret-xxxxxxxx' }), 'socket-c', '10.0.0.1')).toEqual({
      kind: 'taken',
    })
  })

  it('keeps a station without approval waiting until staff approve its code', () => {
    const { pairing } = setup()
    const waiting = pairing.hello(hello(1), 'socket-a', '10.0.0.1')
    expect(waiting).toMatchObject({ kind: 'waiting', replaced: null, evicted: [] })
    expect(pairing.waitingCount()).toBe(1)
    expect(pairing.get(testStation(1).id)).toBeUndefined()
    expect(pairing.approve('9999')).toEqual({ outcome: 'not-found' })
    const approved = pairing.approve(testStation(1).pairingCode)
    expect(approved).toMatchObject({
      outcome: 'approved',
      connection: 'socket-a',
      approval: approvals.issue(testStation(1).id),
    })
    expect(pairing.waitingCount()).toBe(0)
    expect(pairing.get(testStation(1).id)).toBeDefined()
  })

  it('hands a waiting place to the newer connection of the same device', () => {
    const { pairing } = setup()
    pairing.hello(hello(1), 'old', '10.0.0.1')
    expect(pairing.hello(hello(1), 'new', '10.0.0.1')).toMatchObject({ kind: 'waiting', replaced: 'old' })
    // The old connection closing later leaves the new one waiting.
    pairing.leaveWaiting(testStation(1).id, 'old')
    expect(pairing.waitingCount()).toBe(1)
    pairing.leaveWaiting(testStation(1).id, 'new')
    expect(pairing.waitingCount()).toBe(0)
  })

  it('evicts the longest-waiting station from an address that waits too often', () => {
    const { pairing, advance } = setup({ maxPendingPerAddress: 2 })
    pairing.hello(hello(1), 'one', '10.0.0.1')
    advance(1)
    pairing.hello(hello(2), 'two', '10.0.0.1')
    advance(1)
    const third = pairing.hello(hello(3), 'three', '10.0.0.1')
    expect(third.kind === 'waiting' && third.evicted.map((station) => station.connection)).toEqual(['one'])
  })

  it('gives a station a code no other shows', () => {
    const { pairing } = setup()
    pairing.hello(approvedHello(1), 'a', '10.0.0.1')
    const result = pairing.hello(
      approvedHello(2, { pairingCode: testStation(1).pairingCode }),
      'b',
      '10.0.0.1',
    )
    if (result.kind !== 'approved') throw new Error('expected approved')
    const first = pairing.get(testStation(1).id)
    if (!first) throw new Error('expected the first station')
    pairing.connect(first, first.pairingCode)
    pairing.connect(result.record, testStation(1).pairingCode)
    expect(result.record.pairingCode).not.toBe(first.pairingCode)
    expect(result.record.connected).toBe(true)
  })

  it('forgets the longest-disconnected station to make room, and refuses when every station is connected', () => {
    const { pairing, forgotten, advance } = setup({ maxStations: 2 })
    for (const n of [1, 2]) {
      const result = pairing.hello(approvedHello(n), `s${n}`, '10.0.0.1')
      if (result.kind !== 'approved') throw new Error('expected approved')
      pairing.connect(result.record, result.record.pairingCode)
      result.record.state = lobbyState()
    }
    expect(pairing.hello(approvedHello(3), 's3', '10.0.0.1')).toEqual({ kind: 'full' })
    const [one, two] = [pairing.get(testStation(1).id), pairing.get(testStation(2).id)]
    if (!one || !two) throw new Error('expected both stations')
    pairing.disconnect(two)
    advance(10)
    pairing.disconnect(one)
    expect(pairing.hello(approvedHello(3), 's3', '10.0.0.1').kind).toBe('approved')
    expect(forgotten).toEqual([testStation(2).id])
    expect(pairing.summaries().map((summary) => summary.id)).toEqual([testStation(1).id])
  })
})
