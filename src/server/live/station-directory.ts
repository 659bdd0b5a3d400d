import type { Pose, StationClock, StationState, StationSummary } from '../../live/protocol'

/** Stations the server has heard from, connected or not, kept in memory (a restart forgets them). */
export interface StationRecord {
  id: string
  /** Proves a reconnecting station is the same device; never leaves the server. */
  secret: string
  pairingCode: string
  connected: boolean
  disconnectedAt: number | null
  state: StationState | null
  startedAt: StationSummary['startedAt']
  /** The latest head pose and rays, for a spectator who starts watching. */
  pose: Pose | null
  lastMessageAt: number
  /** The summary last sent to staff, to send only changes. */
  lastSummaryJson: string
}

/** A start time jumps this much before it counts as a new start rather than clock jitter. */
const ANCHOR_TOLERANCE_MS = 1000

/** Turns "this long ago" on the station's clock into a time on the server's, steady from one message to the next. */
export function anchorTime(previous: number | null, ageMs: number | null, now: number): number | null {
  if (ageMs === null) return null
  const start = now - ageMs
  return previous !== null && Math.abs(previous - start) < ANCHOR_TOLERANCE_MS ? previous : start
}

/** Updates a record's start times from a station's clock. */
export function anchorClock(record: StationRecord, clock: StationClock, now: number): void {
  record.startedAt = {
    session: anchorTime(record.startedAt.session, clock.sessionAgeMs, now) ?? now,
    task: anchorTime(record.startedAt.task, clock.taskAgeMs, now),
    step: anchorTime(record.startedAt.step, clock.stepAgeMs, now),
  }
}

/** The console's view of a record, or null before the station sent its first state. */
export function summarize(record: StationRecord): StationSummary | null {
  if (record.state === null) return null
  return {
    id: record.id,
    connected: record.connected,
    disconnectedAt: record.disconnectedAt,
    // The pairing code is the server's: a station cannot show staff another station's code.
    state: { ...record.state, pairingCode: record.pairingCode },
    startedAt: record.startedAt,
  }
}

/** A four-digit code no other known station uses, preferring the one the station already shows. */
export function uniquePairingCode(
  wanted: string,
  taken: ReadonlySet<string>,
  random: () => number = Math.random,
): string {
  if (!taken.has(wanted)) return wanted
  for (let attempt = 0; attempt < 100; attempt++) {
    const code = String(Math.floor(random() * 10_000)).padStart(4, '0')
    if (!taken.has(code)) return code
  }
  for (let n = 0; n < 10_000; n++) {
    const code = String(n).padStart(4, '0')
    if (!taken.has(code)) return code
  }
  return wanted
}
