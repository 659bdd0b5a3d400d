import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { liveUrl } from '../../../src/live/reconnecting-socket'
import { createStation, type Station } from '../../../src/station/station'
import { STATION_STORAGE_KEY } from '../../../src/station/station-identity'
import { createTestStore, type TestStore } from '../../fixtures/test-store'
import { connectStaff, currentStations, waitForStation, type LiveClient } from '../live/live-client'
import { startTestServer, type TestServer } from '../server/harness'
import { memoryStorage, openedSockets, openWsSocket } from './ws-socket'

let server: TestServer
let station: Station
let app: TestStore
let staff: LiveClient
let storage: ReturnType<typeof memoryStorage>
let dataDir: string

function stationOn(test: TestServer, store: TestStore['store'], keep = memoryStorage()): Station {
  return createStation({
    appStore: store,
    xrPresenting: () => true,
    url: liveUrl(new URL(test.server.httpUrl)),
    openSocket: openWsSocket,
    storage: keep,
    now: app.now,
  })
}

/** Staff approve the station by the code it shows, as they would read it off its lobby. */
async function approveStation(): Promise<void> {
  await vi.waitFor(() => expect(station.store.getState()).toMatchObject({ link: 'open', approved: false }))
  const pairingCode = station.store.getState().pairingCode
  staff.send({ type: 'approve-station', pairingCode })
  expect(await staff.waitFor((m) => m.type === 'pairing')).toEqual({
    type: 'pairing',
    pairingCode,
    outcome: 'approved',
  })
  await vi.waitFor(() => expect(station.store.getState().approved).toBe(true))
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'digidel-station-'))
  server = await startTestServer({ idleSeconds: 42 }, dataDir)
  app = createTestStore()
  storage = memoryStorage()
  station = stationOn(server, app.store, storage)
  station.start()
  staff = await connectStaff(server.server.httpUrl, await server.login())
  await approveStation()
})

afterEach(async () => {
  station.stop()
  staff.socket.terminate()
  await server.stop()
  await rm(dataDir, { recursive: true, force: true })
})

function stationId(): string {
  const stored = storage.getItem(STATION_STORAGE_KEY)
  if (!stored) throw new Error('no identity stored')
  return (JSON.parse(stored) as { id: string }).id
}

/** Sends a staff command and waits until the station's state, as staff see it, matches. */
async function command(command: object, match: Parameters<typeof waitForStation>[2]): Promise<void> {
  const from = staff.mark()
  staff.send({ type: 'staff-command', stationId: stationId(), command })
  await waitForStation(staff, stationId(), match, { from, what: JSON.stringify(command) })
}

describe('station', () => {
  it('waits for approval with its code, unseen by staff, and keeps the approval on the device', async () => {
    const fresh = memoryStorage()
    const other = stationOn(server, createTestStore().store, fresh)
    other.start()
    try {
      await vi.waitFor(() => expect(other.store.getState()).toMatchObject({ link: 'open', approved: false }))
      await new Promise((resolve) => setTimeout(resolve, 300))
      const otherId = (JSON.parse(fresh.getItem(STATION_STORAGE_KEY) ?? '{}') as { id: string }).id
      expect(currentStations(staff).has(otherId)).toBe(false)
      const from = staff.mark()
      staff.send({
        type: 'approve-station',
        pairingCode: '0000' === other.store.getState().pairingCode ? '0001' : '0000',
      })
      expect(await staff.waitFor((m) => m.type === 'pairing', { from })).toMatchObject({
        outcome: 'not-found',
      })
      staff.send({ type: 'approve-station', pairingCode: other.store.getState().pairingCode })
      await waitForStation(staff, otherId, (s) => s.connected)
      expect(JSON.parse(fresh.getItem(STATION_STORAGE_KEY) ?? '{}')).toMatchObject({
        approval: expect.stringMatching(/^[\w-]{43}$/),
      })
    } finally {
      other.stop()
    }
  })

  it('connects, keeps its identity on the device and takes the idle time from the server', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    const entry = currentStations(staff).get(stationId())
    expect(entry?.state).toMatchObject({
      name: expect.stringMatching(/^Station \d{4}$/),
      scene: 'lobby',
      xrPresenting: true,
    })
    expect(station.store.getState().link).toBe('open')
    expect(station.kiosk.store.getState().idleSeconds).toBe(42)
    const again = createStation({
      appStore: app.store,
      xrPresenting: () => false,
      url: 'ws://127.0.0.1:9/none',
      openSocket: openWsSocket,
      storage,
    })
    expect(again.store.getState()).toMatchObject({
      name: entry?.state.name,
      pairingCode: entry?.state.pairingCode,
    })
  })

  it('runs staff commands through the store actions, with source staff in telemetry', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    await command(
      { type: 'start-task', taskId: 'pay-bill', locale: 'en' },
      (s) => s.state.task?.stepId === 'pick-up-bill' && s.state.locale === 'en',
    )
    await command({ type: 'hint' }, (s) => s.state.task?.hint?.reason === 'staff')
    await command({ type: 'skip' }, (s) => s.state.task?.stepIndex === 1)
    await command({ type: 'back' }, (s) => s.state.task?.stepIndex === 0 && s.state.task.hints === 1)
    await command({ type: 'set-locale', locale: 'sv' }, (s) => s.state.locale === 'sv')
    await command({ type: 'restart' }, (s) => s.state.task?.hints === 0)

    const staffEvents = app.events.filter((event) => event.source === 'staff').map((event) => event.type)
    expect(staffEvents).toEqual(
      expect.arrayContaining([
        'setting_changed',
        'task_started',
        'hint_shown',
        'step_completed',
        'task_abandoned',
      ]),
    )
    expect(app.events.find((event) => event.type === 'hint_shown')?.payload).toMatchObject({
      reason: 'staff',
    })
  })

  it('waits for staff in guided mode until they press next', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    await command({ type: 'set-guided', guided: true }, (s) => s.state.guided)
    await command(
      { type: 'start-task', taskId: 'pay-bill', locale: 'sv' },
      (s) => s.state.task?.stepIndex === 0,
    )
    const from = staff.mark()
    app.store.getState().toggleHeld('bank.bill')
    await waitForStation(staff, stationId(), (s) => s.state.task?.waitingForStaff === true, { from })
    expect(app.store.getState().run?.stepIndex).toBe(0)
    await command({ type: 'next' }, (s) => s.state.task?.stepIndex === 1 && !s.state.task.waitingForStaff)
  })

  it('shows staff a call for help until they answer it', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected && !s.state.helpRequested)
    const from = staff.mark()
    app.store.getState().requestHelp()
    await waitForStation(staff, stationId(), (s) => s.state.helpRequested, { from })
    expect(app.events.filter((event) => event.type === 'help_requested')).toHaveLength(1)
    await command({ type: 'ack-help' }, (s) => !s.state.helpRequested)
    expect(app.store.getState().helpRequested).toBe(false)
  })

  it('lets staff turn the confidence question off and on for this station', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    await command({ type: 'set-confidence', ask: true }, (s) => s.state.askConfidence)
    await command({ type: 'set-confidence', ask: false }, (s) => !s.state.askConfidence)
    expect(app.events.filter((event) => event.type === 'setting_changed').at(-1)).toMatchObject({
      source: 'staff',
      payload: { setting: 'confidence', value: 'false' },
    })
  })

  it('renames itself for staff and keeps the name', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    await command({ type: 'rename', name: 'Headset 2' }, (s) => s.state.name === 'Headset 2')
    expect(JSON.parse(storage.getItem(STATION_STORAGE_KEY) ?? '{}')).toMatchObject({ name: 'Headset 2' })
  })

  it('resets for the next visitor on the staff reset', async () => {
    app.store.getState().enter('vr')
    app.store.getState().setLocale('en')
    app.store.getState().startTask('pay-bill')
    await waitForStation(staff, stationId(), (s) => s.state.scene === 'bank')
    await command(
      { type: 'reset' },
      (s) => s.state.scene === 'lobby' && s.state.task === null && s.state.kiosk.phase === 'attract',
    )
    expect(app.store.getState()).toMatchObject({ locale: 'sv', entries: {}, heldItem: null, guided: false })
  })

  it('reconnects by itself after its connection drops, and staff see it again', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    // A network drop: the socket dies without a close handshake.
    for (const socket of openedSockets.splice(0)) socket.terminate()
    // A new socket, open again.
    await vi.waitFor(() => expect(openedSockets).toHaveLength(1), { timeout: 3000 })
    await vi.waitFor(() => expect(station.store.getState().link).toBe('open'), { timeout: 3000 })
    // Staff get changes at 5 Hz, so a drop shorter than that may never show; the station is back either way.
    await vi.waitFor(() => expect(currentStations(staff).get(stationId())?.connected).toBe(true))
  })

  it('comes back after a server restart on the same port, still approved', async () => {
    await waitForStation(staff, stationId(), (s) => s.connected)
    const port = new URL(server.server.httpUrl).port
    staff.socket.terminate()
    await server.stop()
    await vi.waitFor(() => expect(station.store.getState().link).not.toBe('open'))
    server = await startTestServer({ port: Number(port) }, dataDir)
    staff = await connectStaff(server.server.httpUrl, await server.login())
    await waitForStation(staff, stationId(), (s) => s.connected, { from: 0, timeoutMs: 8000 })
  })
})
