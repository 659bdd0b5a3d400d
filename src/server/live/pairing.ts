import type { StationHello, StationSummary } from '../../live/protocol'
import type { StationApprovals } from './station-approvals'
import { createPendingStations, type PendingStation } from './pending-stations'
import { summarize, uniquePairingCode, type StationRecord } from './station-directory'

/** Options of {@link createPairing}. */
export interface PairingOptions {
  /** Checks and issues the approvals that let a station past the waiting room. */
  approvals: StationApprovals
  now: () => number
  /** Approved stations remembered at most; the longest-disconnected is forgotten first. */
  maxStations: number
  /** Stations waiting for approval at once; the longest waiting makes room first. */
  maxPendingStations: number
  /** Stations waiting for approval at once from one address. */
  maxPendingPerAddress: number
  /** An approved station was forgotten to make room for another: staff should drop it. */
  onForgotten: (stationId: string) => void
}

/** What a station's hello leads to. The hub sends and closes; pairing only keeps the books. */
export type HelloOutcome<C> =
  /** Another device already uses this id with another secret. */
  | { kind: 'taken' }
  /** Approved, but every place is held by a connected station. */
  | { kind: 'full' }
  /** Approved and known: attach the connection to this record. */
  | { kind: 'approved'; record: StationRecord }
  /**
   * Not approved: the station waits, showing a code. `replaced` is an earlier connection of the same device that
   * waited before (close it); `evicted` are other waiting stations that made room (close them).
   */
  | { kind: 'waiting'; waiting: PendingStation<C>; replaced: C | null; evicted: PendingStation<C>[] }

/** What staff approving a pairing code leads to. */
export type ApproveOutcome<C> =
  | { outcome: 'not-found' }
  | { outcome: 'full' }
  /** Send `approval` to the waiting `connection`, then attach it to `record`. */
  | { outcome: 'approved'; record: StationRecord; connection: C; approval: string }

/** The stations the hub knows (approved, connected or not) and those waiting for approval, with their codes. */
export interface Pairing<C> {
  get(stationId: string): StationRecord | undefined
  /** Every approved station with a state, as staff see them. */
  summaries(): StationSummary[]
  /** Decides what a station's hello leads to, and records it. */
  hello(hello: StationHello, connection: C, address: string): HelloOutcome<C>
  /** Staff approve the station showing this code. */
  approve(pairingCode: string): ApproveOutcome<C>
  /** A connection of this station is attached now: it shows a code no other station shows. */
  connect(record: StationRecord, wantedCode: string): void
  /** The station's connection is gone: it shows as disconnected, and may be forgotten to make room. */
  disconnect(record: StationRecord): void
  /** A waiting station's connection is gone: it leaves the waiting room, unless a newer connection took over. */
  leaveWaiting(stationId: string, connection: C): void
  /** Stations waiting for approval now. */
  waitingCount(): number
}

/** Pairing of stations: approved ones, the waiting room, and the four-digit codes that tell them apart. */
export function createPairing<C>(options: PairingOptions): Pairing<C> {
  const { approvals, now, maxStations, onForgotten } = options
  /** Approved stations, connected or not. */
  const stations = new Map<string, StationRecord>()
  const pending = createPendingStations<C>({
    maxTotal: options.maxPendingStations,
    maxPerAddress: options.maxPendingPerAddress,
  })

  /** Forgets the longest-disconnected station when every place is taken; false when all are connected. */
  function makeRoom(): boolean {
    if (stations.size < maxStations) return true
    let oldest: StationRecord | null = null
    for (const record of stations.values()) {
      if (record.connected || record.disconnectedAt === null) continue
      if (oldest === null || (oldest.disconnectedAt ?? 0) > record.disconnectedAt) oldest = record
    }
    if (oldest === null) return false
    stations.delete(oldest.id)
    onForgotten(oldest.id)
    return true
  }

  /** Pairing codes other stations (approved or waiting) show. */
  function codesInUse(exceptId: string): Set<string> {
    const taken = new Set<string>()
    for (const other of stations.values()) if (other.id !== exceptId) taken.add(other.pairingCode)
    for (const code of pending.codes()) taken.add(code)
    const own = pending.get(exceptId)
    if (own !== undefined) taken.delete(own.pairingCode)
    return taken
  }

  function newRecord(id: string, secret: string, pairingCode: string): StationRecord {
    const record: StationRecord = {
      id,
      secret,
      pairingCode,
      connected: false,
      disconnectedAt: null,
      state: null,
      startedAt: { session: now(), task: null, step: null },
      pose: null,
      lastMessageAt: now(),
      lastSummaryJson: '',
    }
    stations.set(id, record)
    return record
  }

  /** A station without an approval waits, unseen by staff, until they approve the code it shows. */
  function waitForApproval(hello: StationHello, connection: C, address: string): HelloOutcome<C> {
    const earlier = pending.get(hello.stationId)
    if (earlier !== undefined && earlier.secret !== hello.secret) return { kind: 'taken' }
    let replaced: C | null = null
    if (earlier !== undefined && earlier.connection !== connection) {
      // The same device again (a reload): the new connection takes its place.
      pending.remove(earlier.id)
      replaced = earlier.connection
    }
    const waiting: PendingStation<C> = {
      id: hello.stationId,
      secret: hello.secret,
      pairingCode: uniquePairingCode(hello.pairingCode, codesInUse(hello.stationId)),
      address,
      since: now(),
      connection,
    }
    const evicted = pending.add(waiting)
    return { kind: 'waiting', waiting, replaced, evicted }
  }

  return {
    get: (stationId) => stations.get(stationId),
    summaries() {
      const list: StationSummary[] = []
      for (const record of stations.values()) {
        const summary = summarize(record)
        if (summary !== null) list.push(summary)
      }
      return list
    },
    hello(hello, connection, address) {
      const record = stations.get(hello.stationId)
      if (record !== undefined && record.secret !== hello.secret) return { kind: 'taken' }
      if (record !== undefined) return { kind: 'approved', record }
      if (!approvals.verify(hello.stationId, hello.secret, hello.approval)) {
        return waitForApproval(hello, connection, address)
      }
      if (!makeRoom()) return { kind: 'full' }
      return { kind: 'approved', record: newRecord(hello.stationId, hello.secret, hello.pairingCode) }
    },
    approve(pairingCode) {
      const waiting = pending.byCode(pairingCode)
      if (waiting === undefined) return { outcome: 'not-found' }
      if (!makeRoom()) return { outcome: 'full' }
      pending.remove(waiting.id)
      return {
        outcome: 'approved',
        record: newRecord(waiting.id, waiting.secret, waiting.pairingCode),
        connection: waiting.connection,
        approval: approvals.issue(waiting.id, waiting.secret),
      }
    },
    connect(record, wantedCode) {
      record.pairingCode = uniquePairingCode(wantedCode, codesInUse(record.id))
      record.connected = true
      record.disconnectedAt = null
      record.lastMessageAt = now()
    },
    disconnect(record) {
      record.connected = false
      record.disconnectedAt = now()
    },
    leaveWaiting(stationId, connection) {
      if (pending.get(stationId)?.connection === connection) pending.remove(stationId)
    },
    waitingCount: () => pending.size,
  }
}
