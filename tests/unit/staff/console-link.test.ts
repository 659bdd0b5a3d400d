import { describe, expect, it } from 'vitest'
import type { StationSummary } from '../../../src/live/protocol'
import { withChanges } from '../../../src/staff/console-link'
import { lobbyState, testStation } from '../live/live-client'

const summary = (n: number, name = `Headset ${n}`): StationSummary => ({
  id: testStation(n).id,
  connected: true,
  disconnectedAt: null,
  state: lobbyState({ name }),
  startedAt: { session: 0, task: null, step: null },
})

describe('the console applies station changes', () => {
  it('replaces changed stations in place, adds new ones at the end and drops removed ones', () => {
    const list = [summary(1), summary(2), summary(3)]
    const next = withChanges(list, [summary(4), summary(2, 'Renamed')], [testStation(3).id])
    expect(next.map((s) => s.state.name)).toEqual(['Headset 1', 'Renamed', 'Headset 4'])
    expect(next[0]).toBe(list[0])
    expect(withChanges(list, [], [])).toEqual(list)
  })
})
