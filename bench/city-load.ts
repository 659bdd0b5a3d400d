import http from 'node:http'
import { batchInputs } from './bench-events'

// A city's stations, modelled one by one: each keeps its own keep-alive connection, as a browser does, and flushes
// a batch every few seconds at its own phase. The send times are fixed in advance (an open loop): a slow answer
// never delays the next station, and latency is counted from when the request was due, so time the load generator
// itself lost waiting for the CPU is counted too (no coordinated omission).

/** The stations and their flushing. */
export interface CityProfile {
  stations: number
  /** Seconds between one station's flushes. */
  flushSeconds: number
  /** Events per flush. */
  batch: number
  seconds: number
}

/** What the city saw. */
export interface CityResult {
  requests: number
  ok: number
  failed: number
  /** Failed requests by HTTP status, or by error code when no answer came. */
  failures: Record<string, number>
  /** Milliseconds from when each request was due to its whole answer. */
  p50: number
  p99: number
  max: number
  /** Requests per second actually answered. */
  rate: number
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0
}

/** POSTs a batch; resolves with the HTTP status, or the error code when no answer came. */
function post(url: URL, agent: http.Agent, body: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: '/api/events',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? error.message))
    request.end(body)
  })
}

/** Runs the city against the server at `baseUrl` (`http://host:port`). */
export async function cityLoad(baseUrl: string, profile: CityProfile): Promise<CityResult> {
  const url = new URL(baseUrl)
  const agents = Array.from(
    { length: profile.stations },
    () => new http.Agent({ keepAlive: true, maxSockets: 1 }),
  )
  const due: { at: number; station: number }[] = []
  const intervalMs = profile.flushSeconds * 1000
  agents.forEach((_, station) => {
    const phase = (station / profile.stations) * intervalMs
    for (let at = phase; at < profile.seconds * 1000; at += intervalMs) due.push({ at, station })
  })
  due.sort((a, b) => a.at - b.at)

  const latencies: number[] = []
  let ok = 0
  let failed = 0
  const failures: Record<string, number> = {}
  const inFlight: Promise<void>[] = []
  const started = performance.now()
  for (const { at, station } of due) {
    const wait = started + at - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const agent = agents[station]
    if (agent === undefined) continue
    const body = JSON.stringify({ events: batchInputs(profile.batch) })
    inFlight.push(
      post(url, agent, body).then((status) => {
        latencies.push(performance.now() - (started + at))
        if (status === 200) ok += 1
        else {
          failed += 1
          failures[status] = (failures[status] ?? 0) + 1
        }
      }),
    )
  }
  await Promise.all(inFlight)
  const elapsed = (performance.now() - started) / 1000
  for (const agent of agents) agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    requests: due.length,
    ok,
    failed,
    failures,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    rate: ok / elapsed,
  }
}
