import { createRequire } from 'node:module'
import { batchInputs } from './bench-events'

// autocannon ships no types: this is the part of its API the bench uses.
interface AutocannonRequest {
  method?: string
  path?: string
  headers?: Record<string, string>
  body?: string
}
interface AutocannonOptions {
  url: string
  connections: number
  duration: number
  overallRate?: number
  requests: {
    method: string
    path: string
    headers: Record<string, string>
    setupRequest(request: AutocannonRequest): AutocannonRequest
  }[]
}
interface Histogram {
  average: number
  p50: number
  p99: number
  max: number
  total: number
}
/** What one load run measured. */
export interface LoadResult {
  requests: Histogram & { sent: number }
  latency: Histogram
  duration: number
  errors: number
  timeouts: number
  non2xx: number
  '2xx': number
}
const autocannon = createRequire(import.meta.url)('autocannon') as (
  options: AutocannonOptions,
) => Promise<LoadResult>

/** What a load looks like: batch size, connections, and a fixed request rate (or as fast as it goes). */
export interface LoadProfile {
  batch: number
  connections: number
  seconds: number
  /** Requests per second over all connections; absent: as many as the server takes. */
  rate?: number
}

/** POSTs batches of new events to `/api/events` at `url` with a profile. */
export function ingestLoad(url: string, profile: LoadProfile): Promise<LoadResult> {
  return autocannon({
    url,
    connections: profile.connections,
    duration: profile.seconds,
    ...(profile.rate !== undefined ? { overallRate: profile.rate } : {}),
    requests: [
      {
        method: 'POST',
        path: '/api/events',
        headers: { 'content-type': 'application/json' },
        setupRequest: (request) => ({
          ...request,
          body: JSON.stringify({ events: batchInputs(profile.batch) }),
        }),
      },
    ],
  })
}
