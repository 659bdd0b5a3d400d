// `npm run soak`: a day in the demo area (issue 17). The server and three stations (two emulated headsets in VR,
// one 1024x768 touch tablet) run visitors in a loop, from the kiosk's welcome to the end, while the server is killed
// and started again, one station loses its network for 30 s, one reloads in the middle of a step and one visitor
// closes the tab. Prints a table: events lost and duplicated, page errors, the JS heap, GPU resources after each
// reset, audio elements and object URLs, the server's memory and the live link to the console.
//   --visitors N   visitors in all (default 60); --quick: 9
//   --no-build     use the app already in dist/
//   --minutes M    start no new visitor after M minutes (the table then counts the visitors that ran)
//   --static-dir D serve the app built in D instead (implies --no-build), e.g. to compare two builds
//   --idle-seconds S   the kiosk's idle time the server gives the stations (default 60; the prompt then waits a
//                      quarter of it): the product's own idle reset, only sooner
//   --tablet-fps F     the tablet's frames per second at most (default 15; 0: uncapped), so that on a small machine
//                      its software rendering leaves the emulated headsets the frames a controller press needs
// It is a benchmark, not a test: hold the shared lock (`flock /tmp/e2e.lock npm run soak -- --quick`).

import { execSync } from 'node:child_process'
import { join, resolve } from 'node:path'
import { printReport } from './soak/report'
import { runSoak } from './soak/run-soak'

const args = process.argv.slice(2)
const visitorsAt = args.indexOf('--visitors')
const visitors = visitorsAt >= 0 ? Number(args[visitorsAt + 1]) : args.includes('--quick') ? 9 : 60
if (!Number.isInteger(visitors) || visitors < 3)
  throw new Error('--visitors takes a whole number of 3 or more')
const idleAt = args.indexOf('--idle-seconds')
const idleSeconds = idleAt >= 0 ? Number(args[idleAt + 1]) : 60
if (!Number.isInteger(idleSeconds) || idleSeconds < 8)
  throw new Error('--idle-seconds takes a whole number of 8 or more')

const fpsAt = args.indexOf('--tablet-fps')
const tabletFps = fpsAt >= 0 ? Number(args[fpsAt + 1]) : 15
if (!Number.isFinite(tabletFps) || tabletFps < 0)
  throw new Error('--tablet-fps takes a number, 0 for uncapped')

const minutesAt = args.indexOf('--minutes')
const maxMinutes = minutesAt >= 0 ? Number(args[minutesAt + 1]) : undefined
const staticAt = args.indexOf('--static-dir')
const staticDir = staticAt >= 0 ? resolve(args[staticAt + 1] ?? 'dist') : undefined
if (!args.includes('--no-build') && !staticDir) {
  execSync('npm run build', { cwd: join(import.meta.dirname, '..'), stdio: 'inherit' })
}
console.log(
  `soak: ${visitors} visitors, idle reset after ${idleSeconds} s, tablet ${tabletFps > 0 ? `capped at ${tabletFps} fps` : 'uncapped'}` +
    (maxMinutes !== undefined ? `, no new visitor after ${maxMinutes} min` : ''),
)
const report = await runSoak({
  visitors,
  stations: ['headset', 'headset', 'tablet'],
  faults: {
    restartAfterVisitors: Math.max(2, Math.round(visitors * 0.4)),
    closeTabStation: 0,
    reloadStation: 1,
    networkCutStation: 2,
    networkCutMs: 30_000,
  },
  // Three pages render on the CPU at once, at a frame or two a second: presses can lie more than 20 s apart.
  idleSeconds,
  ...(tabletFps > 0 ? { tabletFps } : {}),
  ...(staticDir ? { staticDir } : {}),
  ...(maxMinutes !== undefined ? { maxMinutes } : {}),
  log: (line) => console.log(line),
})
const missed = printReport(report)
process.exitCode = missed.length === 0 ? 0 : 1
