import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Pose, ServerToStaff } from '../../../../src/live/protocol'
import { createStaffFanout } from '../../../../src/server/live/staff-fanout'
import type { StationRecord } from '../../../../src/server/live/station-directory'
import { lobbyState, testStation } from '../../live/live-client'

function record(n: number): StationRecord {
  const station = testStation(n)
  return {
    id: station.id,
    secret: station.secret,
    pairingCode: station.pairingCode,
    connected: true,
    disconnectedAt: null,
    state: lobbyState({ pairingCode: station.pairingCode }),
    startedAt: { session: 0, task: null, step: null },
    pose: null,
    lastMessageAt: 0,
    lastSummaryJson: '',
  }
}

const POSE: Pose = { head: { position: [0, 1.6, 0], quaternion: [0, 0, 0, 1] }, rays: [] }

function setup(timers = false) {
  let clock = 10_000
  const records = new Map<string, StationRecord>()
  const toStaff: ServerToStaff[] = []
  const toSpectators: ServerToStaff[] = []
  let spectated = true
  const fanout = createStaffFanout({
    now: () => clock,
    staffUpdateIntervalMs: 200,
    poseIntervalMs: 80,
    timers,
    lookup: (id) => records.get(id),
    toStaff: (message) => toStaff.push(message),
    toSpectators: (_id, message) => {
      if (spectated) toSpectators.push(message)
      return spectated
    },
  })
  const add = (n: number) => {
    const made = record(n)
    records.set(made.id, made)
    return made
  }
  return {
    fanout,
    add,
    toStaff,
    toSpectators,
    advance: (ms: number) => (clock += ms),
    setSpectated: (on: boolean) => (spectated = on),
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the staff fan-out', () => {
  it('sends many changes as one update, and nothing when nothing changed', () => {
    const { fanout, add, toStaff } = setup()
    const one = add(1)
    const two = add(2)
    fanout.publish(one)
    fanout.publish(two)
    fanout.publish(one)
    fanout.flush()
    expect(toStaff).toHaveLength(1)
    const update = toStaff[0]
    expect(update?.type === 'stations-changed' && update.changed.map((s) => s.id)).toEqual([one.id, two.id])
    fanout.publish(one)
    fanout.flush()
    expect(toStaff).toHaveLength(1)
  })

  it('removes a forgotten station in the next update, even one that had changed', () => {
    const { fanout, add, toStaff } = setup()
    const one = add(1)
    fanout.publish(one)
    fanout.forget(one.id)
    fanout.flush()
    expect(toStaff).toEqual([{ type: 'stations-changed', serverNow: 10_000, changed: [], removed: [one.id] }])
  })

  it('waits out the update interval on its timer', () => {
    vi.useFakeTimers()
    const { fanout, add, toStaff, advance } = setup(true)
    const one = add(1)
    fanout.publish(one)
    vi.advanceTimersByTime(0)
    expect(toStaff).toHaveLength(1)
    one.state = lobbyState({ name: 'Headset 9', pairingCode: one.pairingCode })
    fanout.publish(one)
    vi.advanceTimersByTime(100)
    expect(toStaff).toHaveLength(1)
    advance(200)
    vi.advanceTimersByTime(100)
    expect(toStaff).toHaveLength(2)
    fanout.stop()
  })

  it('sends a pose to spectators at most once per interval, and keeps trying while nobody watches', () => {
    const { fanout, add, toSpectators, advance, setSpectated } = setup()
    const one = add(1)
    setSpectated(false)
    fanout.pose(one.id, POSE)
    setSpectated(true)
    fanout.pose(one.id, POSE)
    expect(toSpectators).toEqual([{ type: 'pose', stationId: one.id, pose: POSE }])
    advance(50)
    fanout.pose(one.id, POSE)
    expect(toSpectators).toHaveLength(1)
    advance(30)
    fanout.pose(one.id, POSE)
    expect(toSpectators).toHaveLength(2)
  })
})
