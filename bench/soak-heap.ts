// `npm run soak:heap`: what a station's JS heap keeps from visitor to visitor (issue 17). One station runs the
// soak's visitors; after two of them (by default the 2nd and the 8th) the page's heap is snapshotted at the lobby,
// after garbage collection, and the objects alive in the later snapshot but not in the earlier one are listed by
// constructor, with the paths that keep a few of them alive.
//   --visitors N        visitors (default 8); --at A,B: the visitors after whom to snapshot (default 2,N)
//   --station tablet|headset   (default tablet, a screen station)
//   --idle-seconds S    the kiosk's idle time (default 20)
//   --walk-away         every visitor walks away after three steps (the errands in turn), for a quicker run
//   --static-dir D      the built app to serve (default dist/)
// Hold the shared lock: `flock /tmp/e2e.lock npm run soak:heap`. It uses the app already in dist/.

import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { launchBrowser } from '../tests/e2e/support/browser'
import { growthBetween, takeSnapshot, type HeapSnapshot } from './soak/heap-snapshot'
import { startServerProcess } from './soak/server-process'
import { openSoakConsole } from './soak/staff-console'
import { Station, type StationKind } from './soak/station'
import { SOAK_ERRANDS, visitorPlan, type VisitorPlan } from './soak/visitor-plan'

const args = process.argv.slice(2)
const option = (name: string) => {
  const at = args.indexOf(name)
  return at >= 0 ? args[at + 1] : undefined
}
const visitors = Number(option('--visitors') ?? 8)
const [first, second] = (option('--at') ?? `2,${visitors}`).split(',').map(Number)
const kind = (option('--station') ?? 'tablet') as StationKind
const idleSeconds = Number(option('--idle-seconds') ?? 20)
if (first === undefined || second === undefined || !(first < second && second <= visitors))
  throw new Error('--at A,B needs A < B <= --visitors')

// --walk-away: every visitor walks away after three steps, the errands in turn: each scene is entered and left as
// often, in a fraction of the time.
const plan = (visit: number): VisitorPlan =>
  args.includes('--walk-away')
    ? {
        errand: SOAK_ERRANDS[visit % SOAK_ERRANDS.length] ?? 'pay-bill',
        mistakes: 1,
        ending: 'walk-away',
        walkAwayAfterSteps: 3,
      }
    : visitorPlan(0, visit)
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)
const server = await startServerProcess({
  dataDir: mkdtempSync(join(tmpdir(), 'digidel-soak-heap-')),
  idleSeconds,
  ...(option('--static-dir') ? { staticDir: resolve(option('--static-dir') ?? 'dist') } : {}),
})
const browser = await launchBrowser()
try {
  const staff = await openSoakConsole(browser, server.url)
  const station = await Station.open(browser, server.url, `${kind}-1`, kind)
  await staff.approve(station.page)
  const snapshots = new Map<number, HeapSnapshot>()
  for (let visit = 1; visit <= visitors; visit++) {
    const outcome = await station.visit(plan(visit - 1), staff)
    const sample = station.state.resets.at(-1)
    console.log(
      `visitor ${visit}: ${outcome.errand}, ${outcome.ending}; heap ${sample ? mb(sample.heapBytes) : '-'} MB, ` +
        `GL ${sample ? `${sample.geometries}/${sample.textures}/${sample.programs}` : '-'}`,
    )
    if (visit === first || visit === second) snapshots.set(visit, await takeSnapshot(station.requireCdp()))
  }
  const earlier = snapshots.get(first)
  const later = snapshots.get(second)
  if (!earlier || !later) throw new Error('a snapshot is missing')
  console.log(`\nAlive after visitor ${second} and not after visitor ${first}, by constructor:`)
  for (const group of growthBetween(earlier, later)) {
    console.log(
      `${(group.bytes / 1024).toFixed(1).padStart(9)} KB ${String(group.count).padStart(7)}  ${group.group}`,
    )
    for (const path of group.paths) console.log(`                     <- ${path}`)
  }
  await station.close()
} finally {
  await browser.close()
  await server.stop()
}
