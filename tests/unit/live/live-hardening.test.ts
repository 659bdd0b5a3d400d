import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CLOSE_CODES } from '../../../src/live/protocol'
import { captureLogs, mistake, startTestServer, type CapturedLogs, type TestServer } from '../server/harness'
import {
  approvedStation,
  connectLive,
  connectStaff,
  currentStations,
  lobbyState,
  pause,
  stateMessage,
  stationHello,
  testStation,
  waitForStation,
  clientTracker,
  type LiveClient,
} from './live-client'

// The live link attacked over real sockets, from many loopback addresses, as anything on a LAN could.

let test: TestServer
let logs: CapturedLogs
const { track, closeAll } = clientTracker()

beforeEach(async () => {
  logs = captureLogs()
  test = await startTestServer({}, undefined, { logStream: logs.stream })
})

afterEach(async () => {
  closeAll()
  await test.stop()
})

/** A fake station: a fresh id and secret, no approval, from a given loopback address. */
async function fakeStation(localAddress: string, n: number): Promise<LiveClient> {
  const client = await track(connectLive(test.server.httpUrl, { localAddress }))
  client.send(
    stationHello({
      id: randomUUID(),
      secret: `fake-station-secret-${n}-xxxxxxxx`,
      pairingCode: String(n % 10_000).padStart(4, '0'),
    }),
  )
  return client
}

describe('live link under attack', () => {
  it('200 fake stations from 20 addresses cannot keep a real one out, nor reach the console', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const fakes: LiveClient[] = []
    for (let n = 0; n < 200; n++) fakes.push(await fakeStation(`127.0.1.${1 + (n % 20)}`, n))
    await Promise.all(fakes.map((fake) => fake.waitFor((m) => m.type === 'station-welcome')))
    await pause(300)
    const waiting = fakes.filter((fake) => fake.socket.readyState === fake.socket.OPEN)
    // Three per address at most, and 32 in all, the oldest evicted first.
    expect(waiting.length).toBeLessThanOrEqual(32)
    // The first one made room long ago.
    expect(await fakes[0]?.closed).toBe(CLOSE_CODES.evicted)

    // A headset staff approved earlier comes in at once.
    const known = approvedStation(test.dataDir, 1)
    const headset = await track(connectLive(test.server.httpUrl, { localAddress: '127.0.2.1' }))
    headset.send(stationHello(known))
    expect(await headset.waitFor((m) => m.type === 'station-welcome')).toMatchObject({ approved: true })
    headset.send(stateMessage(lobbyState({ pairingCode: known.pairingCode })))
    await waitForStation(staff, known.id, (s) => s.connected)

    // A new one waits with its code until staff approve that code.
    const newcomer = await track(connectLive(test.server.httpUrl, { localAddress: '127.0.2.2' }))
    newcomer.send(stationHello(testStation(2)))
    const welcome = await newcomer.waitFor((m) => m.type === 'station-welcome')
    expect(welcome.approved).toBe(false)
    staff.send({ type: 'approve-station', pairingCode: welcome.pairingCode })
    expect(await staff.waitFor((m) => m.type === 'pairing')).toMatchObject({ outcome: 'approved' })
    const approval = await newcomer.waitFor((m) => m.type === 'station-approved')
    expect(approval.approval).toMatch(/^[\w-]{43}$/)
    newcomer.send(stateMessage(lobbyState({ pairingCode: String(welcome.pairingCode) })))
    await waitForStation(staff, testStation(2).id, (s) => s.connected)

    // Still no fake on the console: only the two real stations.
    await pause(300)
    expect([...currentStations(staff).keys()].sort()).toEqual([known.id, testStation(2).id].sort())
    expect(staff.socket.readyState).toBe(staff.socket.OPEN)
  })

  it('refuses the live link and every POST from a page of another origin, and takes its own', async () => {
    await expect(connectLive(test.server.httpUrl, { origin: 'http://evil.example' })).rejects.toThrow(/403/)
    await expect(connectLive(test.server.httpUrl, { origin: 'null' })).rejects.toThrow(/403/)
    const own = await track(connectLive(test.server.httpUrl, { origin: test.server.httpUrl }))
    expect(own.socket.readyState).toBe(own.socket.OPEN)

    const foreign = { origin: 'http://192.168.1.66:3000' }
    expect((await test.postJson('/api/events', { events: [mistake()] }, foreign)).status).toBe(403)
    expect((await test.postJson('/api/staff/login', { pin: '000000' }, foreign)).status).toBe(403)
    expect(
      (await test.postJson('/api/events', { events: [mistake()] }, { origin: test.server.httpUrl })).status,
    ).toBe(200)
  })

  it('over HTTPS, takes the HTTPS origin of the page and refuses the plain HTTP one', async () => {
    await test.stop()
    test = await startTestServer({ httpsPort: 0 })
    const httpsUrl = test.server.httpsUrl ?? ''
    const own = await track(connectLive(httpsUrl, { origin: httpsUrl, selfSigned: true }))
    expect(own.socket.readyState).toBe(own.socket.OPEN)
    await expect(connectLive(httpsUrl, { origin: test.server.httpUrl, selfSigned: true })).rejects.toThrow(
      /403/,
    )
  })

  it('logs a flood of invalid messages once and closes its connection; others carry on', async () => {
    const staff = await track(connectStaff(test.server.httpUrl, await test.login()))
    const noisy = await track(connectLive(test.server.httpUrl))
    for (let n = 0; n < 5800; n++) noisy.sendRaw(`{"type":"launch-missiles","n":${n}}`)
    expect(await noisy.closed).toBe(CLOSE_CODES.tooManyMessages)
    await pause(200)
    const lines = logs.lines().filter((line) => String(line.msg).startsWith('live '))
    expect(lines.length).toBeLessThanOrEqual(2)
    expect(staff.socket.readyState).toBe(staff.socket.OPEN)
  })
})
