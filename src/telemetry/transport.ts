import { z } from 'zod'
import { parseRetryAfter } from './backoff'
import type { IngestResponse } from './event-schema'
import type { StoredEvent } from './event-store'

/**
 * Largest body of a keepalive batch, in bytes. Browsers allow at most 64 KiB of keepalive bodies
 * in flight per page; this leaves room for a request that is still on its way.
 */
export const KEEPALIVE_MAX_BYTES = 60 * 1024

const ingestResponseSchema = z.object({
  accepted: z.number(),
  duplicates: z.number(),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
}) satisfies z.ZodType<IngestResponse>

/** What the server made of one request. */
export type SendOutcome =
  /** 2xx: every event in the batch is done; `rejected` ones were refused as invalid. */
  | { kind: 'answered'; response: IngestResponse | null }
  /** 422: every event in the batch is invalid. */
  | { kind: 'invalid'; response: IngestResponse | null }
  /** 400 or 413: the request as a whole was refused; smaller batches may pass. */
  | { kind: 'refused'; status: number; reason: string }
  /** 429, 5xx, any other status, a network error or a timeout: keep everything and retry later. */
  | { kind: 'retry'; reason: string; retryAfterMs: number | null }

/** Options of {@link createTransport}. */
export interface TransportOptions {
  /** Where batches are POSTed. */
  endpoint: string
  /** The fetch implementation. @default globalThis.fetch */
  fetch?: typeof fetch
  /** The clock, in ms since the epoch, for `Retry-After` dates. */
  now: () => number
  /** A request with no answer after this long counts as a network failure, in ms. */
  requestTimeoutMs: number
}

/**
 * Sends one batch of events and tells what the server made of it; never throws. It calls fetch before its first
 * `await`, so a request made as the page goes away leaves while the page still exists.
 */
export type Send = (events: unknown[], keepalive: boolean) => Promise<SendOutcome>

/** The HTTP transport of the telemetry queue: one POST per batch, with a timeout, read into a {@link SendOutcome}. */
export function createTransport(options: TransportOptions): Send {
  const { endpoint, now, requestTimeoutMs } = options
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  return async (events, keepalive) => {
    const controller = new AbortController()
    const timeout = setTimeout(() => controller.abort(new Error('request timed out')), requestTimeoutMs)
    try {
      const response = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ events }),
        keepalive,
        signal: controller.signal,
      })
      const { status } = response
      if (status >= 200 && status < 300) return { kind: 'answered', response: await readIngest(response) }
      if (status === 422) return { kind: 'invalid', response: await readIngest(response) }
      if (status === 400 || status === 413) {
        return { kind: 'refused', status, reason: await readReason(response) }
      }
      await response.body?.cancel()
      const retryAfterMs =
        status === 429 || status === 503 ? parseRetryAfter(response.headers.get('retry-after'), now()) : null
      return { kind: 'retry', reason: `HTTP ${status}`, retryAfterMs }
    } catch (error) {
      return {
        kind: 'retry',
        reason: error instanceof Error ? error.message : String(error),
        retryAfterMs: null,
      }
    } finally {
      clearTimeout(timeout)
    }
  }
}

const encoder = new TextEncoder()

/** The longest prefix of `records` whose request body stays within `maxBytes` (at least one). */
export function fitBytes(records: StoredEvent[], maxBytes: number): StoredEvent[] {
  let bytes = encoder.encode('{"events":[]}').length
  let count = 0
  for (const record of records) {
    bytes += encoder.encode(JSON.stringify(record.event)).length + (count > 0 ? 1 : 0)
    if (bytes > maxBytes && count > 0) break
    count++
  }
  return records.slice(0, count)
}

/** The reasons of the events the server rejected, by index in the batch; out-of-range indexes are ignored. */
export function rejectedByIndex(response: IngestResponse | null, size: number): Map<number, string> {
  const byIndex = new Map<number, string>()
  for (const { index, reason } of response?.rejected ?? []) {
    if (index >= 0 && index < size && !byIndex.has(index)) byIndex.set(index, reason)
  }
  return byIndex
}

async function readIngest(response: Response): Promise<IngestResponse | null> {
  try {
    const parsed = ingestResponseSchema.safeParse(await response.json())
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** The server's reason for refusing a whole request: a JSON `message`, `error` or `reason`, or the text. */
async function readReason(response: Response): Promise<string> {
  let text: string
  try {
    text = await response.text()
  } catch {
    return 'request refused'
  }
  try {
    const body: unknown = JSON.parse(text)
    if (typeof body === 'object' && body !== null) {
      for (const field of ['message', 'error', 'reason']) {
        const value: unknown = (body as Record<string, unknown>)[field]
        if (typeof value === 'string') return value
      }
    }
  } catch {
    // Not JSON: the text itself is the best reason there is.
  }
  return text.slice(0, 200) || 'request refused'
}
