import {
  CLOSE_CODES,
  clientMessageSchema,
  LIVE_TIMING,
  MAX_MESSAGE_BYTES,
  MAX_STAFF_MESSAGE_BYTES,
  parseMessage,
  type ClientMessage,
  type ServerToStaff,
  type ServerToStation,
  type StaffCommand,
  type StationHello,
  type StationStateMessage,
  type StationSummary,
} from '../../live/protocol'
import { createLogThrottle } from '../log-throttle'
import type { StaffAuth } from '../staff-auth'
import { createConnectionGuard, type ConnectionGuard } from './connection-guard'
import { createPairing } from './pairing'
import type { PendingStation } from './pending-stations'
import { createStaffFanout } from './staff-fanout'
import type { StationApprovals } from './station-approvals'
import { anchorClock, type StationRecord } from './station-directory'

/** The hub's view of one WebSocket: it sends text, closes, and tells how much it has not sent yet. */
export interface HubSocket {
  send(text: string): void
  close(code: number, reason: string): void
  /** Bytes queued for sending and not yet written out: a slow reader makes this grow. */
  bufferedAmount(): number
}

/** What the hub knows about where a connection comes from. */
export interface ConnectionInfo {
  /** The remote address, only to cap the stations waiting for approval per address. */
  address: string
  /** Plain HTTP from another machine: staff may not log in over it. */
  insecure: boolean
}

/** Where the hub reports dropped messages and staff commands (Fastify's logger fits). */
export interface HubLogger {
  info(details: object, message: string): void
  warn(details: object, message: string): void
}

/** Options of {@link createLiveHub}. */
export interface LiveHubOptions {
  staffAuth: Pick<StaffAuth, 'verify' | 'revoke'>
  /** Checks and issues the approvals that let a station past the waiting room. */
  approvals: StationApprovals
  /** Sent to stations: seconds without input before "Are you still there?". */
  idleSeconds: number
  log: HubLogger
  /** @default Date.now */
  now?: () => number
  /** Approved stations remembered at most; the longest-disconnected is forgotten first. @default 200 */
  maxStations?: number
  /** Stations waiting for approval at once; the longest waiting makes room first. @default 32 */
  maxPendingStations?: number
  /** Stations waiting for approval at once from one address. @default 3 */
  maxPendingPerAddress?: number
  /** A connection that has not said who it is after this long is closed. @default 10 000 ms */
  helloTimeoutMs?: number
  /** Messages a connection may send per second; more are dropped. @default 40 */
  maxMessagesPerSecond?: number
  /** Messages dropped for the rate within a minute before the connection is closed. @default 400 */
  maxDroppedPerMinute?: number
  /** Invalid messages within a minute before the connection is closed. @default 20 */
  maxInvalidPerMinute?: number
  /** A connection with more than this many bytes waiting to be sent is closed. @default 1 MiB */
  maxSendBufferBytes?: number
  /** Staff receive station changes at most this often. @default `LIVE_TIMING.staffUpdateIntervalMs` */
  staffUpdateIntervalMs?: number
  /** A spectated station's pose goes to staff at most this often. @default 80 ms */
  poseIntervalMs?: number
  /** Run the heartbeat, sweep and staff-update timers. Tests of the logic alone call them themselves. @default true */
  timers?: boolean
  /**
   * Checks a draft errand before it goes to a station as a preview: a short reason it fails (the first problem),
   * or null when it passes. @default every file passes (the station checks it again)
   */
  checkPreview?: (file: unknown) => string | null
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
  open(socket: HubSocket, info: ConnectionInfo): HubConnection
  /** Every approved station with a state, as staff see them. */
  stations(): StationSummary[]
  /** Closes idle, stale and expired connections now (the timer calls it twice a second). */
  sweep(): void
  /** Sends staff what changed since the last update now (the timer calls it at most 5 times a second). */
  flushStaffUpdates(): void
  /** Tells every station and console that the published errands changed. */
  errandsChanged(): void
  /** Sends a station a staff command from outside the live link (an HTTP route); false when it is not connected. */
  sendCommand(stationId: string, command: StaffCommand): boolean
  stop(): void
}

type Role =
  | { kind: 'unknown' }
  | { kind: 'pending'; pending: PendingStation<Connection> }
  | { kind: 'station'; record: StationRecord }
  | { kind: 'staff'; token: string; spectating: string | null }

interface Connection {
  socket: HubSocket
  info: ConnectionInfo
  role: Role
  openedAt: number
  closed: boolean
  guard: ConnectionGuard
}

const SWEEP_INTERVAL_MS = 500
const MIB = 1024 * 1024

/**
 * Routes station state to staff and staff commands to stations; see `src/live/protocol.ts` for the messages. The
 * hub holds the connections and their roles; pairing (`pairing.ts`) keeps the stations' books, and the staff
 * fan-out (`staff-fanout.ts`) batches what staff see.
 */
export function createLiveHub(options: LiveHubOptions): LiveHub {
  const {
    staffAuth,
    idleSeconds,
    log,
    now = Date.now,
    helloTimeoutMs = 10_000,
    maxSendBufferBytes = MIB,
  } = options
  const guardLimits = {
    maxMessagesPerSecond: options.maxMessagesPerSecond ?? 40,
    maxDroppedPerMinute: options.maxDroppedPerMinute ?? 400,
    maxInvalidPerMinute: options.maxInvalidPerMinute ?? 20,
  }
  const timersOn = options.timers !== false
  const connections = new Set<Connection>()
  /** The live connection of each connected station. */
  const stationSockets = new Map<string, Connection>()
  const fanout = createStaffFanout({
    now,
    staffUpdateIntervalMs: options.staffUpdateIntervalMs ?? LIVE_TIMING.staffUpdateIntervalMs,
    poseIntervalMs: options.poseIntervalMs ?? 80,
    timers: timersOn,
    lookup: (stationId) => pairing.get(stationId),
    toStaff(message) {
      const text = JSON.stringify(message)
      for (const connection of connections) if (connection.role.kind === 'staff') sendText(connection, text)
    },
    toSpectators(stationId, message) {
      let sent = false
      for (const connection of connections) {
        if (connection.role.kind === 'staff' && connection.role.spectating === stationId) {
          send(connection, message)
          sent = true
        }
      }
      return sent
    },
  })
  const pairing = createPairing<Connection>({
    approvals: options.approvals,
    now,
    maxStations: options.maxStations ?? 200,
    maxPendingStations: options.maxPendingStations ?? 32,
    maxPendingPerAddress: options.maxPendingPerAddress ?? 3,
    onForgotten: (stationId) => fanout.forget(stationId),
  })
  const hubLogOnce = createLogThrottle(60_000, now)

  /** Logs for one connection at most once a minute, with how many lines it held back. */
  function logFor(connection: Connection, message: string, details: object = {}): void {
    const held = connection.guard.mayLog(now())
    if (held !== null) log.warn({ role: connection.role.kind, ...details, heldBack: held }, message)
  }

  function sendText(connection: Connection, text: string): void {
    if (connection.closed) return
    if (connection.socket.bufferedAmount() > maxSendBufferBytes) {
      logFor(connection, 'live connection closed: it reads too slowly')
      close(connection, CLOSE_CODES.slowReader, 'reading too slowly')
      return
    }
    try {
      connection.socket.send(text)
    } catch (error) {
      log.warn({ err: error }, 'live send failed')
    }
  }

  function send(connection: Connection, message: ServerToStation | ServerToStaff): void {
    sendText(connection, JSON.stringify(message))
  }

  function close(connection: Connection, code: number, reason: string): void {
    if (connection.closed) return
    forget(connection)
    try {
      connection.socket.close(code, reason)
    } catch {
      // Already gone: nothing left to close.
    }
  }

  /** Drops the connection from the hub's books: its station shows as disconnected, a waiting one leaves. */
  function forget(connection: Connection): void {
    connection.closed = true
    connections.delete(connection)
    const role = connection.role
    if (role.kind === 'pending') pairing.leaveWaiting(role.pending.id, connection)
    if (role.kind !== 'station') return
    const record = role.record
    if (stationSockets.get(record.id) !== connection) return
    stationSockets.delete(record.id)
    pairing.disconnect(record)
    fanout.publish(record)
  }

  /** Refuses a message with a reply; a connection that keeps sending invalid ones is closed. */
  function drop(connection: Connection, reason: string): void {
    logFor(connection, 'live message dropped', { reason })
    if (connection.guard.invalid(now()) === 'close') {
      close(connection, CLOSE_CODES.tooManyMessages, 'too many invalid messages')
      return
    }
    send(connection, { type: 'rejected', reason })
  }

  function refuseTaken(connection: Connection): void {
    drop(connection, 'station id taken')
    close(connection, CLOSE_CODES.stationIdTaken, 'station id taken')
  }

  function stationHello(connection: Connection, hello: StationHello): void {
    const outcome = pairing.hello(hello, connection, connection.info.address)
    switch (outcome.kind) {
      case 'taken':
        return refuseTaken(connection)
      case 'full':
        drop(connection, 'too many stations')
        close(connection, 1013, 'too many stations')
        return
      case 'approved':
        return attachStation(connection, outcome.record, hello.pairingCode)
      case 'waiting':
        return waitForApproval(connection, outcome.waiting, outcome.replaced, outcome.evicted)
    }
  }

  /** A station without an approval waits, unseen by staff, until they approve the code it shows. */
  function waitForApproval(
    connection: Connection,
    waiting: PendingStation<Connection>,
    replaced: Connection | null,
    evicted: readonly PendingStation<Connection>[],
  ): void {
    if (replaced !== null) close(replaced, CLOSE_CODES.replaced, 'replaced by a newer connection')
    for (const other of evicted) close(other.connection, CLOSE_CODES.evicted, 'made room for a newer station')
    connection.role = { kind: 'pending', pending: waiting }
    send(connection, {
      type: 'station-welcome',
      idleSeconds,
      pairingCode: waiting.pairingCode,
      approved: false,
    })
    if (hubLogOnce('pending') !== null)
      log.info({ waiting: pairing.waitingCount() }, 'a station waits for approval')
  }

  function attachStation(connection: Connection, record: StationRecord, wantedCode: string): void {
    const previous = stationSockets.get(record.id)
    if (previous !== undefined && previous !== connection) {
      // The same device again (a reload, or a network change the old socket never heard of): the new one wins.
      stationSockets.delete(record.id)
      close(previous, CLOSE_CODES.replaced, 'replaced by a newer connection')
    }
    pairing.connect(record, wantedCode)
    connection.role = { kind: 'station', record }
    stationSockets.set(record.id, connection)
    send(connection, {
      type: 'station-welcome',
      idleSeconds,
      pairingCode: record.pairingCode,
      approved: true,
    })
    fanout.publish(record)
  }

  function approve(staff: Connection, pairingCode: string): void {
    const result = pairing.approve(pairingCode)
    if (result.outcome !== 'approved')
      return send(staff, { type: 'pairing', pairingCode, outcome: result.outcome })
    const { record, connection, approval } = result
    send(connection, { type: 'station-approved', approval })
    attachStation(connection, record, record.pairingCode)
    log.info({ station: record.id }, 'station approved')
    send(staff, { type: 'pairing', pairingCode, outcome: 'approved' })
  }

  function stationState(record: StationRecord, message: StationStateMessage): void {
    record.state = message.state
    record.pose = message.pose
    anchorClock(record, message.clock, now())
    fanout.publish(record)
    if (message.pose !== null) fanout.pose(record.id, message.pose)
  }

  function staffHello(connection: Connection, token: string): void {
    if (connection.info.insecure) {
      // The token crossed the LAN in the clear: it is spent.
      staffAuth.revoke(token)
      if (hubLogOnce('insecure') !== null) log.warn({ reason: 'insecure' }, 'live staff login refused')
      send(connection, { type: 'auth-failed', reason: 'insecure' })
      close(connection, CLOSE_CODES.authFailed, 'staff need HTTPS')
      return
    }
    if (!staffAuth.verify(token)) {
      if (hubLogOnce('unauthenticated') !== null)
        log.warn({ reason: 'unauthenticated' }, 'live staff login refused')
      send(connection, { type: 'auth-failed', reason: 'unauthenticated' })
      close(connection, CLOSE_CODES.authFailed, 'unauthenticated')
      return
    }
    connection.role = { kind: 'staff', token, spectating: null }
    send(connection, { type: 'staff-welcome', idleSeconds })
    send(connection, { type: 'stations', serverNow: now(), stations: pairing.summaries() })
  }

  /** Whether a staff connection's token still holds; an expired or revoked one is told so and closed. */
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
        // A waiting station may send its state early: it is not kept, and not worth a log line.
        if (role.kind === 'pending') return
        if (role.kind !== 'station')
          return drop(connection, 'only a station sends its state, after station-hello')
        return stationState(role.record, message)
      case 'staff-command': {
        if (role.kind !== 'staff') return drop(connection, 'steering needs a staff login')
        if (!staffStillValid(connection, role.token)) return
        const target = stationSockets.get(message.stationId)
        if (target === undefined) return drop(connection, 'station not connected')
        if (message.command.type === 'preview-errand') {
          const problem = options.checkPreview?.(message.command.file) ?? null
          if (problem !== null)
            return send(connection, { type: 'rejected', reason: `preview: ${problem}`.slice(0, 200) })
        }
        log.info({ station: message.stationId, command: message.command.type }, 'staff command')
        return send(target, { type: 'command', command: message.command })
      }
      case 'spectate': {
        if (role.kind !== 'staff') return drop(connection, 'spectating needs a staff login')
        if (!staffStillValid(connection, role.token)) return
        role.spectating = message.stationId
        const pose = message.stationId === null ? null : (pairing.get(message.stationId)?.pose ?? null)
        if (pose !== null && message.stationId !== null) {
          send(connection, { type: 'pose', stationId: message.stationId, pose })
        }
        return
      }
      case 'approve-station':
        if (role.kind !== 'staff') return drop(connection, 'approving a station needs a staff login')
        if (!staffStillValid(connection, role.token)) return
        return approve(connection, message.pairingCode)
    }
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
    const text = JSON.stringify({ type: 'heartbeat', serverNow: now() })
    for (const connection of [...connections]) sendText(connection, text)
  }

  const timers = timersOn
    ? [setInterval(sweep, SWEEP_INTERVAL_MS), setInterval(heartbeat, LIVE_TIMING.heartbeatIntervalMs)]
    : []
  for (const timer of timers) timer.unref()

  return {
    open(socket, info) {
      const connection: Connection = {
        socket,
        info,
        role: { kind: 'unknown' },
        openedAt: now(),
        closed: false,
        guard: createConnectionGuard(guardLimits),
      }
      connections.add(connection)
      return {
        receive(text, byteLength) {
          if (connection.closed) return
          const verdict = connection.guard.admit(now())
          if (verdict === 'close') {
            logFor(connection, 'live connection closed: too many messages')
            close(connection, CLOSE_CODES.tooManyMessages, 'too many messages')
            return
          }
          if (verdict === 'drop') return logFor(connection, 'live messages over the rate limit dropped')
          if (connection.role.kind === 'station') connection.role.record.lastMessageAt = now()
          // A console may send a whole errand file to preview; everyone else sends small messages.
          const limit = connection.role.kind === 'staff' ? MAX_STAFF_MESSAGE_BYTES : MAX_MESSAGE_BYTES
          if (byteLength > limit) return drop(connection, `message over ${limit} bytes`)
          if (text === null) return drop(connection, 'binary messages are not part of the protocol')
          const parsed = parseMessage(clientMessageSchema, text)
          if (!parsed.ok) return drop(connection, parsed.reason)
          handle(connection, parsed.message)
        },
        closed() {
          if (!connection.closed) forget(connection)
        },
      }
    },
    stations: () => pairing.summaries(),
    sweep,
    flushStaffUpdates: () => fanout.flush(),
    sendCommand(stationId, command) {
      const target = stationSockets.get(stationId)
      if (target === undefined) return false
      log.info({ station: stationId, command: command.type }, 'staff command')
      send(target, { type: 'command', command })
      return true
    },
    errandsChanged() {
      const text = JSON.stringify({ type: 'errands-changed' } satisfies ServerToStation & ServerToStaff)
      for (const connection of connections) if (connection.role.kind !== 'unknown') sendText(connection, text)
    },
    stop() {
      for (const timer of timers) clearInterval(timer)
      fanout.stop()
    },
  }
}
