import {
  CLOSE_CODES,
  clientMessageSchema,
  LIVE_TIMING,
  MAX_MESSAGE_BYTES,
  parseMessage,
  type ClientMessage,
  type ServerToStaff,
  type ServerToStation,
  type StationHello,
  type StationStateMessage,
  type StationSummary,
} from '../../live/protocol'
import type { StaffAuth } from '../staff-auth'
import { anchorClock, summarize, uniquePairingCode, type StationRecord } from './station-directory'

/** The hub's view of one WebSocket: it only sends text and closes. */
export interface HubSocket {
  send(text: string): void
  close(code: number, reason: string): void
}

/** Where the hub reports dropped messages and staff commands (Fastify's logger fits). */
export interface HubLogger {
  info(details: object, message: string): void
  warn(details: object, message: string): void
}

/** Options of {@link createLiveHub}. */
export interface LiveHubOptions {
  staffAuth: Pick<StaffAuth, 'verify'>
  /** Sent to stations: seconds without input before "Are you still there?". */
  idleSeconds: number
  log: HubLogger
  /** @default Date.now */
  now?: () => number
  /** Stations remembered at most; the longest-disconnected is forgotten first. @default 200 */
  maxStations?: number
  /** A connection that has not said who it is after this long is closed. @default 10 000 ms */
  helloTimeoutMs?: number
  /** Messages a connection may send per second; more are dropped. @default 40 */
  maxMessagesPerSecond?: number
  /** Run the heartbeat and sweep timers. Tests of the logic alone call `sweep()` themselves. @default true */
  timers?: boolean
}

/** One open connection, as the WebSocket route drives it. */
export interface HubConnection {
  /** A message arrived: its text (null for a binary frame) and its size in bytes. */
  receive(text: string | null, byteLength: number): void
  /** The socket closed, for whatever reason. */
  closed(): void
}

/** The live link's state and routing, free of Fastify and ws so it can be tested on its own. */
export interface LiveHub {
  open(socket: HubSocket): HubConnection
  /** Every station with a state, as staff see them. */
  stations(): StationSummary[]
  /** Closes idle, stale and expired connections now (the timer calls it twice a second). */
  sweep(): void
  stop(): void
}

type Role =
  | { kind: 'unknown' }
  | { kind: 'station'; record: StationRecord }
  | { kind: 'staff'; token: string; spectating: string | null }

interface Connection {
  socket: HubSocket
  role: Role
  openedAt: number
  closed: boolean
  window: { startedAt: number; count: number; warned: boolean }
}

const SWEEP_INTERVAL_MS = 500

/** Routes station state to staff and staff commands to stations; see `src/live/protocol.ts` for the messages. */
export function createLiveHub(options: LiveHubOptions): LiveHub {
  const {
    staffAuth,
    idleSeconds,
    log,
    now = Date.now,
    maxStations = 200,
    helloTimeoutMs = 10_000,
    maxMessagesPerSecond = 40,
  } = options
  const connections = new Set<Connection>()
  const stations = new Map<string, StationRecord>()
  /** The live connection of each connected station. */
  const stationSockets = new Map<string, Connection>()

  function send(connection: Connection, message: ServerToStation | ServerToStaff): void {
    if (connection.closed) return
    try {
      connection.socket.send(JSON.stringify(message))
    } catch (error) {
      log.warn({ err: error }, 'live send failed')
    }
  }

  function close(connection: Connection, code: number, reason: string): void {
    if (connection.closed) return
    connection.closed = true
    connections.delete(connection)
    releaseStation(connection)
    try {
      connection.socket.close(code, reason)
    } catch {
      // Already gone: nothing left to close.
    }
  }

  function drop(connection: Connection, reason: string): void {
    log.warn({ role: connection.role.kind, reason }, 'live message dropped')
    send(connection, { type: 'rejected', reason })
  }

  function summaries(): StationSummary[] {
    const list: StationSummary[] = []
    for (const record of stations.values()) {
      const summary = summarize(record)
      if (summary !== null) list.push(summary)
    }
    return list
  }

  function broadcastStations(): void {
    const message: ServerToStaff = { type: 'stations', serverNow: now(), stations: summaries() }
    for (const connection of connections) if (connection.role.kind === 'staff') send(connection, message)
  }

  /** Tells staff about a station, but only when what they see has changed. */
  function publish(record: StationRecord): void {
    const json = JSON.stringify(summarize(record))
    if (json === record.lastSummaryJson) return
    record.lastSummaryJson = json
    broadcastStations()
  }

  function releaseStation(connection: Connection): void {
    if (connection.role.kind !== 'station') return
    const record = connection.role.record
    if (stationSockets.get(record.id) !== connection) return
    stationSockets.delete(record.id)
    record.connected = false
    record.disconnectedAt = now()
    publish(record)
  }

  function makeRoom(): boolean {
    if (stations.size < maxStations) return true
    let oldest: StationRecord | null = null
    for (const record of stations.values()) {
      if (record.connected || record.disconnectedAt === null) continue
      if (oldest === null || (oldest.disconnectedAt ?? 0) > record.disconnectedAt) oldest = record
    }
    if (oldest === null) return false
    stations.delete(oldest.id)
    return true
  }

  function stationHello(connection: Connection, hello: StationHello): void {
    let record = stations.get(hello.stationId)
    if (record !== undefined && record.secret !== hello.secret) {
      drop(connection, 'station id taken')
      close(connection, CLOSE_CODES.stationIdTaken, 'station id taken')
      return
    }
    if (record === undefined) {
      if (!makeRoom()) {
        drop(connection, 'too many stations')
        close(connection, 1013, 'too many stations')
        return
      }
      record = {
        id: hello.stationId,
        secret: hello.secret,
        pairingCode: hello.pairingCode,
        connected: false,
        disconnectedAt: null,
        state: null,
        startedAt: { session: now(), task: null, step: null },
        pose: null,
        lastMessageAt: now(),
        lastSummaryJson: '',
      }
      stations.set(record.id, record)
    }
    const previous = stationSockets.get(record.id)
    if (previous !== undefined && previous !== connection) {
      // The same device again (a reload, or a network change the old socket never heard of): the new one wins.
      stationSockets.delete(record.id)
      close(previous, CLOSE_CODES.replaced, 'replaced by a newer connection')
    }
    const taken = new Set<string>()
    for (const other of stations.values()) if (other.id !== record.id) taken.add(other.pairingCode)
    record.pairingCode = uniquePairingCode(hello.pairingCode, taken)
    record.connected = true
    record.disconnectedAt = null
    record.lastMessageAt = now()
    connection.role = { kind: 'station', record }
    stationSockets.set(record.id, connection)
    send(connection, { type: 'station-welcome', idleSeconds, pairingCode: record.pairingCode })
    publish(record)
  }

  function stationState(record: StationRecord, message: StationStateMessage): void {
    record.state = message.state
    record.pose = message.pose
    anchorClock(record, message.clock, now())
    publish(record)
    const pose = message.pose
    if (pose === null) return
    for (const connection of connections) {
      if (connection.role.kind === 'staff' && connection.role.spectating === record.id) {
        send(connection, { type: 'pose', stationId: record.id, pose })
      }
    }
  }

  function staffHello(connection: Connection, token: string): void {
    if (!staffAuth.verify(token)) {
      log.warn({ reason: 'unauthenticated' }, 'live staff login refused')
      send(connection, { type: 'auth-failed', reason: 'unauthenticated' })
      close(connection, CLOSE_CODES.authFailed, 'unauthenticated')
      return
    }
    connection.role = { kind: 'staff', token, spectating: null }
    send(connection, { type: 'staff-welcome', idleSeconds })
    send(connection, { type: 'stations', serverNow: now(), stations: summaries() })
  }

  /** Whether a staff connection's token still holds; an expired one is told so and closed. */
  function staffStillValid(connection: Connection, token: string): boolean {
    if (staffAuth.verify(token)) return true
    send(connection, { type: 'auth-failed', reason: 'expired' })
    close(connection, CLOSE_CODES.authFailed, 'token expired')
    return false
  }

  function handle(connection: Connection, message: ClientMessage): void {
    const role = connection.role
    switch (message.type) {
      case 'station-hello':
        if (role.kind !== 'unknown') return drop(connection, 'this connection already said who it is')
        return stationHello(connection, message)
      case 'staff-hello':
        if (role.kind !== 'unknown') return drop(connection, 'this connection already said who it is')
        return staffHello(connection, message.token)
      case 'station-state':
        if (role.kind !== 'station')
          return drop(connection, 'only a station sends its state, after station-hello')
        return stationState(role.record, message)
      case 'staff-command': {
        if (role.kind !== 'staff') return drop(connection, 'steering needs a staff login')
        if (!staffStillValid(connection, role.token)) return
        const target = stationSockets.get(message.stationId)
        if (target === undefined) return drop(connection, 'station not connected')
        log.info({ station: message.stationId, command: message.command.type }, 'staff command')
        return send(target, { type: 'command', command: message.command })
      }
      case 'spectate': {
        if (role.kind !== 'staff') return drop(connection, 'spectating needs a staff login')
        if (!staffStillValid(connection, role.token)) return
        role.spectating = message.stationId
        const pose = message.stationId === null ? null : (stations.get(message.stationId)?.pose ?? null)
        if (pose !== null && message.stationId !== null) {
          send(connection, { type: 'pose', stationId: message.stationId, pose })
        }
        return
      }
    }
  }

  /** Counts a message against the connection's per-second allowance. */
  function withinRate(connection: Connection): boolean {
    const at = now()
    const window = connection.window
    if (at - window.startedAt >= 1000) {
      window.startedAt = at
      window.count = 0
      window.warned = false
    }
    window.count++
    if (window.count <= maxMessagesPerSecond) return true
    if (!window.warned) {
      window.warned = true
      log.warn({ role: connection.role.kind }, 'live messages over the rate limit dropped')
    }
    return false
  }

  function sweep(): void {
    const at = now()
    for (const connection of [...connections]) {
      const role = connection.role
      if (role.kind === 'unknown' && at - connection.openedAt > helloTimeoutMs) {
        close(connection, CLOSE_CODES.noHello, 'no hello')
      } else if (role.kind === 'station' && at - role.record.lastMessageAt > LIVE_TIMING.stationStaleMs) {
        close(connection, CLOSE_CODES.stale, 'silent for too long')
      } else if (role.kind === 'staff') {
        staffStillValid(connection, role.token)
      }
    }
  }

  function heartbeat(): void {
    const message = { type: 'heartbeat', serverNow: now() } as const
    for (const connection of connections) send(connection, message)
  }

  const timers =
    options.timers === false
      ? []
      : [setInterval(sweep, SWEEP_INTERVAL_MS), setInterval(heartbeat, LIVE_TIMING.heartbeatIntervalMs)]
  for (const timer of timers) timer.unref()

  return {
    open(socket) {
      const connection: Connection = {
        socket,
        role: { kind: 'unknown' },
        openedAt: now(),
        closed: false,
        window: { startedAt: now(), count: 0, warned: false },
      }
      connections.add(connection)
      return {
        receive(text, byteLength) {
          if (connection.closed || !withinRate(connection)) return
          if (connection.role.kind === 'station') connection.role.record.lastMessageAt = now()
          if (byteLength > MAX_MESSAGE_BYTES)
            return drop(connection, `message over ${MAX_MESSAGE_BYTES} bytes`)
          if (text === null) return drop(connection, 'binary messages are not part of the protocol')
          const parsed = parseMessage(clientMessageSchema, text)
          if (!parsed.ok) return drop(connection, parsed.reason)
          handle(connection, parsed.message)
        },
        closed() {
          if (connection.closed) return
          connection.closed = true
          connections.delete(connection)
          releaseStation(connection)
        },
      }
    },
    stations: summaries,
    sweep,
    stop() {
      for (const timer of timers) clearInterval(timer)
    },
  }
}
