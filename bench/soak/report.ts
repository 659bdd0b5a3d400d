// The soak's table, and the goals it is held to (issue 17).

import { percentile } from '../frame-script'
import type { SoakReport } from './run-soak'
import type { ResetSample } from './page-probe'

/** The heap may grow at most this much from visitor 5 to the last. */
export const HEAP_GROWTH_LIMIT = 0.1
/** The visitor after whom the heap is first read (or the last one, on a shorter run). */
export const HEAP_BASE_VISITOR = 5

const mb = (bytes: number | null | undefined) => (bytes == null ? '-' : (bytes / 1024 / 1024).toFixed(1))

/** Resets whose GPU resources, audio elements or object URLs differ from the first reset's. */
export function resetsOffFirst(resets: readonly ResetSample[]): number {
  const first = resets[0]
  if (!first) return 0
  return resets.filter(
    (sample) =>
      sample.geometries !== first.geometries ||
      sample.textures !== first.textures ||
      sample.programs !== first.programs ||
      sample.audioElements > first.audioElements ||
      sample.objectUrls > first.objectUrls,
  ).length
}

/**
 * The heap after the 5th reset of the page's last load (its first, on a shorter run) and after its last reset, and
 * the growth between: a reload or a new tab starts a fresh heap, so only readings of one load compare.
 */
export function heapGrowth(
  resets: readonly ResetSample[],
): { base: number; last: number; growth: number; visits: number } | null {
  const last = resets.at(-1)
  if (!last) return null
  const sameLoad = resets.filter((sample) => sample.pageLoad === last.pageLoad)
  const base = sameLoad[sameLoad.length > HEAP_BASE_VISITOR ? HEAP_BASE_VISITOR - 1 : 0] ?? last
  const visits = sameLoad.length - 1 - sameLoad.indexOf(base)
  return { base: base.heapBytes, last: last.heapBytes, growth: last.heapBytes / base.heapBytes - 1, visits }
}

/** One reset's reading in a line: what a missed goal shows, so the resource that differed can be seen. */
const reading = (s: ResetSample) =>
  `${s.geometries}/${s.textures}/${s.programs} ${s.audioElements}/${s.objectUrls} (load ${s.pageLoad})`

/** Prints the table; returns the goals that were missed. */
export function printReport(report: SoakReport, print: (line: string) => void = console.log): string[] {
  const missed: string[] = []
  print(
    `\nSoak: ${report.stations.reduce((sum, s) => sum + s.visits.length, 0)} visitors in ${(report.durationMs / 60_000).toFixed(1)} min`,
  )
  for (const fault of report.faults) print(`  fault: ${fault}`)
  print(
    '\nstation      visitors  done/away/cut/failed  fps  page errors  logged errors  heap MB (v5 -> last)  growth (visits)  GL geo/tex/prog (first -> last)  resets off  audio/URLs (last)',
  )
  for (const station of report.stations) {
    const visits = station.visits
    const count = (ending: string) => visits.filter((visit) => visit.ending === ending).length
    const heap = heapGrowth(station.resets)
    const first = station.resets[0]
    const last = station.resets.at(-1)
    const gl = (s: ResetSample | undefined) => (s ? `${s.geometries}/${s.textures}/${s.programs}` : '-')
    const off = resetsOffFirst(station.resets)
    print(
      `${station.name.padEnd(12)} ${String(visits.length).padStart(8)}  ${`${count('completed')}/${count('walked-away')}/${count('interrupted')}/${count('failed')}`.padStart(20)}  ` +
        `${(visits.reduce((sum, visit) => sum + visit.fps, 0) / Math.max(1, visits.length)).toFixed(1).padStart(3)}  ` +
        `${String(station.pageErrors.length).padStart(11)}  ${String(station.loggedErrors.length).padStart(13)}  ` +
        `${`${mb(heap?.base)} -> ${mb(heap?.last)}`.padStart(20)}  ${heap ? `${(heap.growth * 100).toFixed(1)}% (${heap.visits})`.padStart(15) : '              -'}  ` +
        `${`${gl(first)} -> ${gl(last)}`.padStart(31)}  ${`${off}/${station.resets.length}`.padStart(10)}  ${last ? `${last.audioElements}/${last.objectUrls}` : '-'}`,
    )
    for (const visit of visits.filter((visit) => visit.ending === 'failed'))
      missed.push(
        `${station.name}: a visit (${visit.errand}) could not be driven to its end: ${visit.failure ?? '?'}`,
      )
    if (station.pageErrors.length > 0)
      missed.push(`${station.name}: page errors: ${station.pageErrors.slice(0, 3).join(' | ')}`)
    if (heap && heap.growth > HEAP_GROWTH_LIMIT)
      missed.push(`${station.name}: JS heap grew ${(heap.growth * 100).toFixed(1)}%`)
    if (off > 0)
      missed.push(
        `${station.name}: ${off} resets left other GPU resources, audio elements or object URLs than the first ` +
          `(geo/tex/prog audio/URLs, page load, per reset: ${station.resets.map(reading).join(', ')})`,
      )
  }
  const { events } = report
  print(
    `\nevents: ${events.emitted} emitted, ${events.stored} stored, lost ${events.lost.length}, duplicated ${events.duplicated.length}, stored but not seen emitted ${events.unseen.length} (${[...new Set(events.unseen.map((e) => e.type))].join(', ') || '-'})`,
  )
  if (events.lost.length > 0)
    missed.push(
      `${events.lost.length} events lost: ${events.lost
        .slice(0, 5)
        .map((e) => e.type)
        .join(', ')}`,
    )
  if (events.duplicated.length > 0) missed.push(`${events.duplicated.length} events stored twice`)
  print(
    `server RSS: ${mb(report.serverRss.firstTenth)} MB after the first tenth of the visitors, ${mb(report.serverRss.last)} MB after the last`,
  )
  const latencies = report.stations.flatMap((station) => station.stepLatencies)
  print(
    `live link: ${report.consoleMessagesPerSecond.toFixed(1)} messages/s to the console; a visitor's step on the console after ` +
      `${percentile(latencies, 0.5).toFixed(0)} ms median, ${percentile(latencies, 0.95).toFixed(0)} ms p95 (${latencies.length} steps)`,
  )
  if (report.consoleErrors.length > 0)
    missed.push(`console page errors: ${report.consoleErrors.slice(0, 3).join(' | ')}`)
  print(missed.length === 0 ? '\nEvery goal holds.' : `\nMissed:\n  ${missed.join('\n  ')}`)
  return missed
}
