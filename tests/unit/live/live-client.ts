import { readFileSync } from 'node:fs'
import { DEFAULT_SETTINGS } from '../../../src/domain/settings'
import WebSocket from 'ws'
import { LIVE_PATH, PROTOCOL_VERSION, type StationState } from '../../../src/live/protocol'
import { approvalKeyFile, createStationApprovals } from '../../../src/server/live/station-approvals'

/** A message as the server sent it, parsed from JSON. */
export type Received = { type: string } & Record<string, unknown>

/** A `ws` client on the live link that keeps every message, so tests can wait for the one they expect. */
export interface LiveClient {
  socket: WebSocket
  received: Received[]
  send(message: unknown): void
  sendRaw(text: string | Buffer): void
  /**
   * Resolves with the first matching message, searching from message number `from` (default: all received so
   * far, then those still to come).
   */
  waitFor(match: (message: Received) => boolean, options?: WaitOptions): Promise<Received>
  /** How many messages have arrived: pass it as `from` to wait only for newer ones. */
  mark(): number
  /** Resolves with the close code once the server closes the connection. */
  closed: Promise<number>
  close(): void
}

/** How a test client connects: from which loopback address, and with which Origin header. */
export interface ConnectOptions {
  /** e.g. `127.0.0.5`. @default the system's choice */
  localAddress?: string
  /** @default none, as a client that is not a web page */
  origin?: string
  /** Accept the server's self-signed certificate on `wss:`. @default false */
  selfSigned?: boolean
}

/** Opens a live-link connection to a server at `httpUrl`. */
export async function connectLive(httpUrl: string, options: ConnectOptions = {}): Promise<LiveClient> {
  const socket = new WebSocket(httpUrl.replace(/^http/, 'ws') + LIVE_PATH, {
    ...(options.localAddress !== undefined ? { localAddress: options.localAddress } : {}),
    ...(options.origin !== undefined ? { origin: options.origin } : {}),
    ...(options.selfSigned === true ? { rejectUnauthorized: false } : {}),
  })
  const received: Received[] = []
  const waiters = new Set<() => void>()
  socket.on('message', (data) => {
    received.push(JSON.parse(String(data)) as Received)
    for (const wake of waiters) wake()
  })
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)))
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return {
    socket,
    received,
    send: (message) => socket.send(JSON.stringify(message)),
    sendRaw: (text) => socket.send(text),
    mark: () => received.length,
    waitFor(match, { timeoutMs = 2000, what = 'a matching message', from = 0 } = {}) {
      return new Promise((resolve, reject) => {
        let index = from
        const check = () => {
          for (; index < received.length; index++) {
            const message = received[index]
            if (message && match(message)) {
              waiters.delete(check)
              clearTimeout(timer)
              resolve(message)
              return
            }
          }
        }
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(
            new Error(
              `timed out after ${timeoutMs} ms waiting for ${what}; got ${JSON.stringify(received.map((m) => m.type))}`,
            ),
          )
        }, timeoutMs)
        waiters.add(check)
        check()
      })
    },
    closed,
    close: () => socket.close(),
  }
}

export interface WaitOptions {
  /** @default 2000 */
  timeoutMs?: number
  /** What is awaited, for the timeout message. */
  what?: string
  /** @default 0 */
  from?: number
}

/** A station identity for tests. */
export interface TestStation {
  id: string
  secret: string
  pairingCode: string
  /** What staff approval gave it, if anything. */
  approval?: string
}

export function testStation(n: number): TestStation {
  return {
    id: `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`,
    secret: `secret-of-station-${n}-xxxxxxxx`,
    pairingCode: String(1000 + n),
  }
}

/**
 * Test station `n` as staff approved it earlier on the server with this data folder: its approval signed with
 * that server's key, as the server gave it when staff approved it.
 */
export function approvedStation(dataDir: string, n: number): TestStation {
  const station = testStation(n)
  const approvals = createStationApprovals(readFileSync(approvalKeyFile(dataDir)))
  return { ...station, approval: approvals.issue(station.id, station.secret) }
}

export function stationHello(station: TestStation): object {
  return {
    type: 'station-hello',
    protocol: PROTOCOL_VERSION,
    stationId: station.id,
    secret: station.secret,
    pairingCode: station.pairingCode,
    ...(station.approval !== undefined ? { approval: station.approval } : {}),
  }
}

export function staffHello(token: string): object {
  return { type: 'staff-hello', protocol: PROTOCOL_VERSION, token }
}

/** A valid station state: in the lobby, nothing started. */
export function lobbyState(overrides: Partial<StationState> = {}): StationState {
  return {
    name: 'Headset 1',
    pairingCode: '1001',
    mode: 'vr',
    xrPresenting: true,
    entered: true,
    locale: 'sv',
    posture: 'standing',
    settings: DEFAULT_SETTINGS,
    scene: 'lobby',
    sessionId: '11111111-1111-4111-8111-111111111111',
    guided: false,
    task: null,
    entries: {},
    heldItem: null,
    kiosk: { enabled: true, phase: 'active' },
    helpRequested: false,
    askConfidence: true,
    ...overrides,
  }
}

/** A state message as a station streams it. */
export function stateMessage(state: StationState, withPose = true): object {
  return {
    type: 'station-state',
    state,
    clock: { sessionAgeMs: 1000, taskAgeMs: null, stepAgeMs: null },
    pose: withPose ? { head: { position: [0, 1.6, 0], quaternion: [0, 0, 0, 1] }, rays: [] } : null,
  }
}

/** Opens a station connection, says hello and sends one state. */
export async function connectStation(
  httpUrl: string,
  station: TestStation,
  state = lobbyState(),
  options: ConnectOptions = {},
): Promise<LiveClient> {
  const client = await connectLive(httpUrl, options)
  client.send(stationHello(station))
  await client.waitFor((m) => m.type === 'station-welcome', { what: 'station-welcome' })
  client.send(stateMessage({ ...state, pairingCode: station.pairingCode }))
  return client
}

/** Opens a staff connection with a token and waits for the first station list. */
export async function connectStaff(httpUrl: string, token: string): Promise<LiveClient> {
  const client = await connectLive(httpUrl)
  client.send(staffHello(token))
  await client.waitFor((m) => m.type === 'stations', { what: 'the first station list' })
  return client
}

/** Stations in a `stations` message. */
export function stationsOf(message: Received): { id: string; connected: boolean; state: StationState }[] {
  return message.stations as { id: string; connected: boolean; state: StationState }[]
}

/** Stations in a full list (`stations`) or in a change (`stations-changed`); none in other messages. */
export function stationsIn(message: Received): { id: string; connected: boolean; state: StationState }[] {
  if (message.type === 'stations') return stationsOf(message)
  if (message.type === 'stations-changed') {
    return message.changed as { id: string; connected: boolean; state: StationState }[]
  }
  return []
}

/** Waits for a station list or change in which `match` holds for the station with this id. */
export function waitForStation(
  staff: LiveClient,
  id: string,
  match: (station: { connected: boolean; state: StationState }) => boolean,
  options: WaitOptions = {},
): Promise<Received> {
  return staff.waitFor((m) => stationsIn(m).some((s) => s.id === id && match(s)), {
    what: `station ${id} to match`,
    ...options,
  })
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The station list as a console sees it now: the last full list with every change since applied. */
export function currentStations(
  staff: LiveClient,
): Map<string, { id: string; connected: boolean; state: StationState }> {
  const view = new Map<string, { id: string; connected: boolean; state: StationState }>()
  for (const message of staff.received) {
    if (message.type === 'stations') view.clear()
    for (const station of stationsIn(message)) view.set(station.id, station)
    if (message.type === 'stations-changed') for (const id of message.removed as string[]) view.delete(id)
  }
  return view
}

/** Keeps the clients a test opens, so that `closeAll()` after each test cuts every one of them. */
export function clientTracker(): {
  track(client: Promise<LiveClient>): Promise<LiveClient>
  closeAll(): void
} {
  const clients: LiveClient[] = []
  return {
    async track(client) {
      const opened = await client
      clients.push(opened)
      return opened
    },
    closeAll() {
      for (const client of clients.splice(0)) client.socket.terminate()
    },
  }
}
