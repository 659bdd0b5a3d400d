import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { CLOSE_CODES, MAX_MESSAGE_BYTES } from '../../../src/live/protocol'
import { startTestServer, type TestServer } from '../server/harness'
import {
  approvedStation,
  connectLive,
  currentStations,
  connectStaff,
  connectStation,
  lobbyState,
  pause,
  staffHello,
  stateMessage,
  stationHello,
  stationsIn,
  testStation,
  waitForStation,
  clientTracker,
} from './live-client'

let test: TestServer
const { track, closeAll } = clientTracker()

beforeEach(async () => {
  test = await startTestServer()
})

afterEach(async () => {
  closeAll()
  await test.stop()
})

const HINT = { type: 'staff-command', stationId: testStation(1).id, command: { type: 'hint' } }

/** Test station `n`, approved by staff earlier on this server. */
const paired = (n: number) => approvedStation(test.dataDir, n)

describe('live link over a real socket', () => {
  it('shows a station to staff within a second of it connecting, and every change after', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const started = Date.now()
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    await waitForStation(staff, testStation(1).id, (s) => s.connected, { timeoutMs: 1000 })
    expect(Date.now() - started).toBeLessThan(1000)
    expect(currentStations(staff).get(testStation(1).id)?.state).toMatchObject({
      name: 'Headset 1',
      pairingCode: '1001',
      scene: 'lobby',
    })

    const from = staff.mark()
    station.send(stateMessage(lobbyState({ pairingCode: '1001', locale: 'en', scene: 'bank' })))
    await waitForStation(
      staff,
      testStation(1).id,
      (s) => s.state.locale === 'en' && s.state.scene === 'bank',
      {
        timeoutMs: 1000,
        from,
      },
    )
  })

  it('sends only changes to staff, not every 10 Hz state', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    await waitForStation(staff, testStation(1).id, (s) => s.connected)
    const from = staff.mark()
    for (let i = 0; i < 10; i++) station.send(stateMessage(lobbyState({ pairingCode: '1001' })))
    await pause(300)
    expect(staff.received.slice(from).filter((m) => m.type.startsWith('stations'))).toHaveLength(0)
  })

  it('forwards staff commands to the station they name', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const other = await track(connectStation(test.server.httpUrl, paired(2)))
    await waitForStation(staff, testStation(1).id, (s) => s.connected)
    staff.send(HINT)
    const command = await station.waitFor((m) => m.type === 'command')
    expect(command).toEqual({ type: 'command', command: { type: 'hint' } })
    await pause(200)
    expect(other.received.some((m) => m.type === 'command')).toBe(false)
  })

  it('ignores steering from a client that never logged in: the station hears nothing, nothing changes', async () => {
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const stranger = await track(connectLive(test.server.httpUrl))
    stranger.send(HINT)
    stranger.send({ ...HINT, command: { type: 'reset' } })
    stranger.send({ type: 'spectate', stationId: testStation(1).id })
    const rejected = await stranger.waitFor((m) => m.type === 'rejected')
    expect(rejected.reason).toMatch(/staff login/)
    await pause(300)
    expect(station.received.some((m) => m.type === 'command')).toBe(false)
    expect(stranger.received.some((m) => m.type.startsWith('stations') || m.type === 'pose')).toBe(false)
    // Harmless, so it may stay: the station and the server carry on.
    expect(stranger.socket.readyState).toBe(WebSocket.OPEN)
    expect(station.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('refuses a wrong staff token and closes that connection only', async () => {
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const wrong = await track(connectLive(test.server.httpUrl))
    wrong.send(staffHello('not-a-token'))
    expect(await wrong.waitFor((m) => m.type === 'auth-failed')).toEqual({
      type: 'auth-failed',
      reason: 'unauthenticated',
    })
    expect(await wrong.closed).toBe(CLOSE_CODES.authFailed)
    wrong.socket.terminate()
    expect(station.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('refuses an expired staff token, and ends a staff connection when its token expires', async () => {
    await test.stop()
    test = await startTestServer({ staffTokenTtlMs: 600 })
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const stale = await test.login()
    await pause(700)
    expect(await staff.waitFor((m) => m.type === 'auth-failed', { timeoutMs: 1500 })).toEqual({
      type: 'auth-failed',
      reason: 'expired',
    })
    expect(await staff.closed).toBe(CLOSE_CODES.authFailed)

    const late = await track(connectLive(test.server.httpUrl))
    late.send(staffHello(stale))
    expect((await late.waitFor((m) => m.type === 'auth-failed')).reason).toBe('unauthenticated')
    late.send(HINT)
    await pause(200)
    expect(station.received.some((m) => m.type === 'command')).toBe(false)
    expect(station.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('refuses steering from a station connection: it can only send its own state', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const victim = await track(connectStation(test.server.httpUrl, paired(1)))
    const rogue = await track(connectStation(test.server.httpUrl, paired(2)))
    await waitForStation(staff, testStation(2).id, (s) => s.connected)
    rogue.send(HINT)
    rogue.send(staffHello(await test.login()))
    expect((await rogue.waitFor((m) => m.type === 'rejected')).reason).toMatch(/staff login/)
    await rogue.waitFor((m) => m.type === 'rejected' && /already said/.test(String(m.reason)))
    await pause(200)
    expect(victim.received.some((m) => m.type === 'command')).toBe(false)

    // Its state only ever updates its own entry.
    const from = staff.mark()
    rogue.send(stateMessage(lobbyState({ name: 'Rogue', pairingCode: '1001' })))
    await waitForStation(staff, testStation(2).id, (s) => s.state.name === 'Rogue', { from })
    const view = currentStations(staff)
    expect(view.get(testStation(1).id)?.state.name).toBe('Headset 1')
    // It cannot take another station's pairing code either.
    expect(view.get(testStation(2).id)?.state.pairingCode).toBe('1002')
  })

  it('drops malformed, unknown and oversized messages with a reply, without closing any connection', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    await waitForStation(staff, testStation(1).id, (s) => s.connected)

    const from = station.mark()
    station.sendRaw('{not json')
    station.send({ type: 'launch-missiles' })
    station.send({ ...stateMessage(lobbyState()), state: { ...lobbyState(), locale: 'klingon' } })
    station.send({ ...stateMessage(lobbyState()), extra: true })
    station.sendRaw(Buffer.from([1, 2, 3]))
    station.sendRaw(JSON.stringify({ type: 'station-state', padding: 'x'.repeat(MAX_MESSAGE_BYTES) }))
    await station.waitFor(
      () => station.received.slice(from).filter((m) => m.type === 'rejected').length === 6,
      {
        what: 'six rejections',
      },
    )
    const rejections = station.received.slice(from).filter((m) => m.type === 'rejected')
    expect(rejections.map((m) => m.reason)).toEqual([
      'not JSON',
      expect.stringMatching(/type/),
      expect.stringMatching(/state\.locale/),
      expect.stringMatching(/extra|unrecognized/i),
      expect.stringMatching(/binary/),
      expect.stringMatching(/over 16384 bytes/),
    ])

    // Everyone is still connected and the station's next good state still gets through.
    expect(station.socket.readyState).toBe(WebSocket.OPEN)
    expect(staff.socket.readyState).toBe(WebSocket.OPEN)
    const mark = staff.mark()
    station.send(stateMessage(lobbyState({ pairingCode: '1001', scene: 'bank' })))
    await waitForStation(staff, testStation(1).id, (s) => s.state.scene === 'bank', { from: mark })
  })

  it('closes only the sender of a frame too big to buffer', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const station = await track(connectStation(test.server.httpUrl, paired(1)))
    const flooder = await track(connectLive(test.server.httpUrl))
    flooder.sendRaw('x'.repeat(200_000))
    expect(await flooder.closed).toBe(1009)
    await pause(100)
    expect(staff.socket.readyState).toBe(WebSocket.OPEN)
    expect(station.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('shows a station that drops as disconnected, and again when it reconnects', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const first = await track(connectStation(test.server.httpUrl, paired(1)))
    await waitForStation(staff, testStation(1).id, (s) => s.connected)

    const dropAt = Date.now()
    first.socket.terminate()
    await waitForStation(staff, testStation(1).id, (s) => !s.connected, { timeoutMs: 1000 })
    expect(Date.now() - dropAt).toBeLessThan(1000)

    const from = staff.mark()
    const again = await track(connectStation(test.server.httpUrl, paired(1), lobbyState({ scene: 'bank' })))
    const list = await waitForStation(
      staff,
      testStation(1).id,
      (s) => s.connected && s.state.scene === 'bank',
      {
        from,
        timeoutMs: 1000,
      },
    )
    // The same entry, not a second one.
    expect(stationsIn(list).filter((s) => s.id === testStation(1).id)).toHaveLength(1)
    expect([...currentStations(staff).keys()].filter((id) => id === testStation(1).id)).toHaveLength(1)

    staff.send(HINT)
    await again.waitFor((m) => m.type === 'command')
  })

  it('refuses a connection that claims another station id without its secret', async () => {
    await track(connectStation(test.server.httpUrl, paired(1)))
    const impostor = await track(connectLive(test.server.httpUrl))
    impostor.send(stationHello({ ...testStation(1), secret: 'guessed-secret-xxxxxxxxxx' }))
    expect((await impostor.waitFor((m) => m.type === 'rejected')).reason).toBe('station id taken')
    expect(await impostor.closed).toBe(CLOSE_CODES.stationIdTaken)
  })

  it('streams the pose of the station staff spectate, and only that one', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const watched = await track(connectStation(test.server.httpUrl, paired(1)))
    const other = await track(connectStation(test.server.httpUrl, paired(2)))
    await waitForStation(staff, testStation(2).id, (s) => s.connected)
    staff.send({ type: 'spectate', stationId: testStation(1).id })
    await staff.waitFor((m) => m.type === 'pose' && m.stationId === testStation(1).id)
    const from = staff.mark()
    watched.send(stateMessage(lobbyState({ pairingCode: '1001' })))
    other.send(stateMessage(lobbyState({ pairingCode: '1002' })))
    await staff.waitFor((m) => m.type === 'pose', { from })
    await pause(200)
    const poses = staff.received.slice(from).filter((m) => m.type === 'pose')
    expect(poses.every((m) => m.stationId === testStation(1).id)).toBe(true)
  })

  it('tells stations the idle time from IDLE_SECONDS', async () => {
    await test.stop()
    test = await startTestServer({ idleSeconds: 7 })
    const client = await track(connectLive(test.server.httpUrl))
    client.send(stationHello(testStation(1)))
    const welcome = await client.waitFor((m) => m.type === 'station-welcome')
    expect(welcome).toEqual({ type: 'station-welcome', idleSeconds: 7, pairingCode: '1001', approved: false })
  })
})
