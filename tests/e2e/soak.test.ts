import { describe, expect, it } from 'vitest'
import { resetsOffFirst } from '../../bench/soak/report'
import { runSoak } from '../../bench/soak/run-soak'
import type { VisitorPlan } from '../../bench/soak/visitor-plan'

// The short soak of issue 17 (`npm run soak` is the long one): three visitors in a row on one emulated headset, with
// real controller input, while the server is killed with SIGKILL and started again after the first and the page is
// reloaded in the middle of the second's errand. Nothing the page emitted may be lost or stored twice, the page
// throws nothing, and every reset back to the lobby leaves the same GPU resources, audio elements and object URLs
// as the first. Each visitor makes a mistake, then walks away after two steps and the kiosk's own idle reset (12 s
// here, 3 s of "Are you still there?") ends the visit: the shortest visit that still ends in a reset.

const WALK_AWAY: VisitorPlan = {
  errand: 'spot-the-scam',
  mistakes: 1,
  ending: 'walk-away',
  walkAwayAfterSteps: 2,
}

describe('a short day on one headset', () => {
  it('three visitors, a server restart and a reload: no event lost or duplicated, no page error, no leak at reset', async () => {
    const report = await runSoak({
      visitors: 3,
      stations: ['headset'],
      faults: { restartAfterVisitors: 1, reloadStation: 0 },
      idleSeconds: 12,
      plan: () => WALK_AWAY,
      log: (line) => console.log(line),
    })
    const [headset] = report.stations
    if (!headset) throw new Error('no station ran')
    expect(headset.visits.map((visit) => visit.failure ?? visit.ending)).toEqual([
      'walked-away',
      'interrupted',
      'walked-away',
    ])
    expect(report.faults).toHaveLength(2)
    expect(report.events.lost).toEqual([])
    expect(report.events.duplicated).toEqual([])
    expect(report.events.emitted).toBeGreaterThan(10)
    // The soak hears every event as the page emits it; only a reloaded page's last words (the visit ending as it
    // unloads) could reach the server and not the soak.
    const unseen = new Set(report.events.unseen.map((event) => event.type))
    expect([...unseen].filter((type) => type !== 'session_ended' && type !== 'task_abandoned')).toEqual([])
    expect(headset.pageErrors).toEqual([])
    expect(report.consoleErrors).toEqual([])
    expect(headset.resets).toHaveLength(2)
    expect(resetsOffFirst(headset.resets)).toBe(0)
  })
})
