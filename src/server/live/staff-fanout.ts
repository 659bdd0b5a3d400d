import type { Pose, ServerToStaff, StationSummary } from '../../live/protocol'
import { summarize, type StationRecord } from './station-directory'

/** Options of {@link createStaffFanout}. */
export interface StaffFanoutOptions {
  now: () => number
  /** Staff receive station changes at most this often. */
  staffUpdateIntervalMs: number
  /** A spectated station's pose goes to staff at most this often. */
  poseIntervalMs: number
  /** Send updates on a timer. Off, tests call `flush` themselves. */
  timers: boolean
  /** The station record by id, as it is when an update goes out. */
  lookup: (stationId: string) => StationRecord | undefined
  /** Sends one message to every staff connection. */
  toStaff: (message: ServerToStaff) => void
  /** Sends one message to the staff spectating this station; whether any was. */
  toSpectators: (stationId: string, message: ServerToStaff) => boolean
}

/** What staff see of the stations, batched: many changes within an interval go out as one update. */
export interface StaffFanout {
  /** Queues a station for the next staff update, but only when what staff see of it has changed. */
  publish(record: StationRecord): void
  /** The station was forgotten: the next update removes it. */
  forget(stationId: string): void
  /** Sends a station's pose to the staff spectating it, at most once per pose interval. */
  pose(stationId: string, pose: Pose): void
  /** Sends staff what changed since the last update now. */
  flush(): void
  stop(): void
}

/** The staff side of the live link: batched station changes and throttled poses. */
export function createStaffFanout(options: StaffFanoutOptions): StaffFanout {
  const { now, staffUpdateIntervalMs, poseIntervalMs, timers, lookup, toStaff, toSpectators } = options
  /** Station changes not yet sent to staff. */
  const changed = new Set<string>()
  const forgotten = new Set<string>()
  let updateTimer: ReturnType<typeof setTimeout> | null = null
  let lastUpdateAt = Number.NEGATIVE_INFINITY
  const lastPoseSentAt = new Map<string, number>()

  function schedule(): void {
    if (!timers || updateTimer !== null) return
    const delay = Math.max(0, lastUpdateAt + staffUpdateIntervalMs - now())
    updateTimer = setTimeout(flush, delay)
    updateTimer.unref()
  }

  function flush(): void {
    updateTimer = null
    if (changed.size === 0 && forgotten.size === 0) return
    lastUpdateAt = now()
    const list: StationSummary[] = []
    for (const id of changed) {
      const record = lookup(id)
      const summary = record === undefined ? null : summarize(record)
      if (summary !== null) list.push(summary)
    }
    const removed = [...forgotten]
    changed.clear()
    forgotten.clear()
    toStaff({ type: 'stations-changed', serverNow: lastUpdateAt, changed: list, removed })
  }

  return {
    publish(record) {
      const json = JSON.stringify(summarize(record))
      if (json === record.lastSummaryJson) return
      record.lastSummaryJson = json
      changed.add(record.id)
      schedule()
    },
    forget(stationId) {
      lastPoseSentAt.delete(stationId)
      changed.delete(stationId)
      forgotten.add(stationId)
      schedule()
    },
    pose(stationId, pose) {
      const at = now()
      if (at - (lastPoseSentAt.get(stationId) ?? Number.NEGATIVE_INFINITY) < poseIntervalMs) return
      if (toSpectators(stationId, { type: 'pose', stationId, pose })) lastPoseSentAt.set(stationId, at)
    },
    flush,
    stop() {
      if (updateTimer !== null) clearTimeout(updateTimer)
      updateTimer = null
    },
  }
}
