import { z } from 'zod'
import { backoffDelay, DEFAULT_BACKOFF, parseRetryAfter } from './backoff'
import { BATCH_LIMITS, telemetryEventSchema } from './event-schema'
import type { IngestResponse, TelemetryEventInput } from './event-schema'
import { createEventStore } from './event-store'
import type { EventStore, StoredEvent } from './event-store'

/** How a {@link TelemetryQueue} stores, batches and sends events. */
export interface TelemetryQueueOptions {
  /** Where batches are POSTed. @default '/api/events' */
  endpoint?: string
  /** IndexedDB database that holds unsent events. @default 'digidel-telemetry' */
  dbName?: string
  /** Time between automatic flushes while started, in ms. @default 5000 */
  flushIntervalMs?: number
  /** Most events per request; never more than `BATCH_LIMITS.maxEvents`. @default 100 */
  maxBatch?: number
  /** Retry delays while the server is unreachable or overloaded, in ms. @default { baseMs: 1000, maxMs: 60000 } */
  backoff?: { baseMs: number; maxMs: number }
  /** The fetch implementation. @default globalThis.fetch */
  fetch?: typeof fetch
  /** The IndexedDB implementation. @default globalThis.indexedDB */
  indexedDB?: IDBFactory
  /** Uniform random numbers in [0, 1) for the backoff jitter. @default Math.random */
  random?: () => number
  /** The clock, in ms since the epoch, for `Retry-After` dates. @default Date.now */
  now?: () => number
  /** A request with no answer after this long counts as a network failure, in ms. @default 10000 */
  requestTimeoutMs?: number
  /**
   * Called first when the page goes away (`pagehide`): the app's chance to report the end of the visit. What
   * it enqueues then goes out in the same keepalive request as everything else not yet sent.
   */
  onPageHide?: () => void
  /**
   * Where events whose IndexedDB write has not finished are kept when the page goes away (a synchronous
   * store survives the unload, a pending IndexedDB transaction does not). @default globalThis.localStorage
   */
  rescueStorage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null
}

/** What one flush did. */
export interface FlushResult {
  /** Events the server took (stored now, or already stored before). */
  sent: number
  /** Events dropped because the server refused them as invalid. */
  dropped: number
  /** Events still waiting in IndexedDB after the flush. */
  remaining: number
  /**
   * When sending failed and will be retried: the delay before the next automatic try, in ms (the jittered
   * backoff, and never less than a `Retry-After` on 429/503); else null.
   */
  retryInMs: number | null
}

/** A durable, batching telemetry sender: no event is lost to a reload, a crash or a network outage. */
export interface TelemetryQueue {
  /**
   * Validates the event and stores it in IndexedDB; resolves once it is durable. An invalid event is
   * dropped with a console warning and never stored.
   * @throws when IndexedDB is unavailable or refuses the write (the event is then not stored)
   */
  enqueue(event: TelemetryEventInput): Promise<void>
  /**
   * Sends waiting events, oldest first, in batches, until none are left or the server is unreachable.
   * Only one flush runs at a time: a call during a flush joins it (and with `keepalive`, switches the
   * rest of it to keepalive requests). An explicit flush always tries, even during a backoff.
   * @param options.keepalive send with `fetch(..., { keepalive: true })`, in batches under 64 KiB,
   * so the requests outlive the page. @default false
   */
  flush(options?: { keepalive?: boolean }): Promise<FlushResult>
  /** How many events are waiting in IndexedDB. */
  pendingCount(): Promise<number>
  /**
   * Starts the automatic flushes: at once (events a previous page left behind go out without waiting), then
   * on a timer (or after the backoff delay while failing), and, where a page exists, when it is hidden: every
   * event not yet acknowledged goes out at once in a keepalive request, without waiting for IndexedDB
   * (`pagehide`, `visibilitychange` to hidden), and on `visibilitychange` a keepalive flush sends the rest.
   */
  start(): void
  /** Stops the timer and the page listeners. Nothing is deleted; a running flush finishes. */
  stop(): void
  /**
   * Calls `listener` with the number of waiting events after each enqueue and flush.
   * @returns a function that unsubscribes
   */
  subscribe(listener: (pending: number) => void): () => void
}

/**
 * Largest body of a keepalive batch, in bytes. Browsers allow at most 64 KiB of keepalive bodies
 * in flight per page; this leaves room for a request that is still on its way.
 */
export const KEEPALIVE_MAX_BYTES = 60 * 1024

/** Where events caught mid-write by an unloading page wait for the next page, in `localStorage`. */
export const RESCUE_STORAGE_KEY = 'digidel-telemetry-rescue'

/** Most events kept in memory besides IndexedDB, for the send when the page goes away. */
const MAX_REMEMBERED = 2000

/** An event this page knows has not been acknowledged: its IndexedDB key once the write has committed. */
interface Unsent {
  event: unknown
  key: number | null
}

const ingestResponseSchema = z.object({
  accepted: z.number(),
  duplicates: z.number(),
  rejected: z.array(z.object({ index: z.number().int(), reason: z.string() })),
}) satisfies z.ZodType<IngestResponse>

/** What the server made of one request. */
type SendOutcome =
  /** 2xx: every event in the batch is done; `rejected` ones were refused as invalid. */
  | { kind: 'answered'; response: IngestResponse | null }
  /** 422: every event in the batch is invalid. */
  | { kind: 'invalid'; response: IngestResponse | null }
  /** 400 or 413: the request as a whole was refused; smaller batches may pass. */
  | { kind: 'refused'; status: number; reason: string }
  /** 429, 5xx, any other status, a network error or a timeout: keep everything and retry later. */
  | { kind: 'retry'; reason: string; retryAfterMs: number | null }

/** Creates a telemetry queue. Nothing runs until {@link TelemetryQueue.start} or a call. */
export function createTelemetryQueue(options: TelemetryQueueOptions = {}): TelemetryQueue {
  const endpoint = options.endpoint ?? '/api/events'
  const flushIntervalMs = options.flushIntervalMs ?? 5000
  const maxBatch = Math.max(1, Math.min(Math.floor(options.maxBatch ?? 100), BATCH_LIMITS.maxEvents))
  const backoff = options.backoff ?? DEFAULT_BACKOFF
  const random = options.random ?? Math.random
  const now = options.now ?? Date.now
  const requestTimeoutMs = options.requestTimeoutMs ?? 10_000
  // Called unbound: window.fetch throws "Illegal invocation" when called as a method of another object.
  const doFetch: typeof fetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const encoder = new TextEncoder()
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB
  const store: EventStore | null = factory
    ? createEventStore({ indexedDB: factory, dbName: options.dbName ?? 'digidel-telemetry' })
    : null

  const rescueStorage = options.rescueStorage === undefined ? defaultRescueStorage() : options.rescueStorage
  const listeners = new Set<(pending: number) => void>()
  /**
   * Every event not yet acknowledged that this page knows of, by id, oldest first: enqueued here (before and
   * after its IndexedDB write commits) or found in IndexedDB. When the page goes away there is no time to read
   * IndexedDB, so these are what the last keepalive request carries.
   */
  const unsent = new Map<string, Unsent>()
  /** Ids on their way in a keepalive request sent as the page was hidden. */
  const inFlightAtHide = new Set<string>()
  let running: Promise<FlushResult> | null = null
  let keepaliveWanted = false
  let consecutiveFailures = 0
  let started = false
  let timer: ReturnType<typeof setTimeout> | null = null
  let detachPageListeners: (() => void) | null = null

  function requireStore(): EventStore {
    if (store === null) throw new Error('Telemetry queue: IndexedDB is not available')
    return store
  }

  function notify(pending: number): void {
    for (const listener of listeners) {
      try {
        listener(pending)
      } catch (error) {
        console.warn('[telemetry] a pending-count listener failed:', error)
      }
    }
  }

  async function notifyCount(): Promise<void> {
    if (listeners.size > 0) notify(await requireStore().count())
  }

  function schedule(delayMs: number): void {
    if (!started) return
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      flush().catch((error: unknown) => console.warn('[telemetry] flush failed:', error))
    }, delayMs)
  }

  async function post(events: unknown[], keepalive: boolean): Promise<SendOutcome> {
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

  /** The longest prefix of `records` whose request body stays within `maxBytes` (at least one). */
  function fitBytes(records: StoredEvent[], maxBytes: number): StoredEvent[] {
    let bytes = encoder.encode('{"events":[]}').length
    let count = 0
    for (const record of records) {
      bytes += encoder.encode(JSON.stringify(record.event)).length + (count > 0 ? 1 : 0)
      if (bytes > maxBytes && count > 0) break
      count++
    }
    return records.slice(0, count)
  }

  async function runFlush(): Promise<FlushResult> {
    const events = requireStore()
    let sent = 0
    let dropped = 0
    let retryInMs: number | null = null

    drain: for (;;) {
      const batch = await events.peek(maxBatch)
      if (batch.length === 0) break
      for (const record of batch) remember(record.event, record.key)
      const chunks: StoredEvent[][] = [batch]
      for (let chunk = chunks.shift(); chunk !== undefined; chunk = chunks.shift()) {
        const keepalive = keepaliveWanted
        if (keepalive) {
          const fitting = fitBytes(chunk, KEEPALIVE_MAX_BYTES)
          if (fitting.length < chunk.length) chunks.unshift(chunk.slice(fitting.length))
          chunk = fitting
        }
        const outcome = await post(
          chunk.map((record) => record.event),
          keepalive,
        )
        if (outcome.kind === 'retry') {
          // Retry-After is the earliest retry, never a reason to skip the backoff: a server that keeps
          // answering 429 with `Retry-After: 0` must not be hammered.
          retryInMs = Math.max(outcome.retryAfterMs ?? 0, backoffDelay(consecutiveFailures, backoff, random))
          consecutiveFailures++
          break drain
        }
        consecutiveFailures = 0
        if (outcome.kind === 'refused') {
          if (chunk.length > 1) {
            const half = Math.ceil(chunk.length / 2)
            chunks.unshift(chunk.slice(0, half), chunk.slice(half))
            continue
          }
          warnDropped(chunk[0]?.event, `HTTP ${outcome.status}: ${outcome.reason}`)
          dropped += chunk.length
        } else {
          const refused = rejectedByIndex(outcome.response, chunk.length)
          if (outcome.kind === 'invalid') {
            chunk.forEach((record, index) =>
              warnDropped(record.event, refused.get(index) ?? 'HTTP 422: invalid event'),
            )
            dropped += chunk.length
          } else {
            for (const [index, reason] of refused) warnDropped(chunk[index]?.event, reason)
            dropped += refused.size
            sent += chunk.length - refused.size
          }
        }
        // Only now, with the server's answer for every event in the chunk, may they leave the browser.
        for (const record of chunk) forget(idOf(record.event))
        await events.remove(chunk.map((record) => record.key))
      }
    }
    return { sent, dropped, remaining: await events.count(), retryInMs }
  }

  async function flushOnce(): Promise<FlushResult> {
    try {
      const result = await runFlush()
      schedule(result.retryInMs ?? flushIntervalMs)
      notify(result.remaining)
      return result
    } catch (error) {
      schedule(flushIntervalMs)
      throw error
    } finally {
      running = null
      keepaliveWanted = false
    }
  }

  function flush(flushOptions: { keepalive?: boolean } = {}): Promise<FlushResult> {
    if (flushOptions.keepalive === true) keepaliveWanted = true
    running ??= flushOnce()
    return running
  }

  /** Keeps an event in memory until the server has it; an old record from IndexedDB is added once. */
  function remember(event: unknown, key: number | null): void {
    const id = idOf(event)
    if (id === null) return
    const known = unsent.get(id)
    if (known !== undefined) {
      known.key ??= key
      return
    }
    unsent.set(id, { event, key })
    // Bounded: beyond this, the oldest durable ones wait in IndexedDB only.
    if (unsent.size > MAX_REMEMBERED) {
      for (const [oldId, entry] of unsent) {
        if (entry.key === null) continue
        unsent.delete(oldId)
        break
      }
    }
  }

  function forget(id: string | null): void {
    if (id !== null) unsent.delete(id)
  }

  /**
   * The page is going away: events whose IndexedDB write has not committed are copied to synchronous storage,
   * and every unacknowledged event not already on its way goes out in one keepalive request, started before
   * this returns. Sending twice is harmless: the server stores each id once.
   * @returns the request, or null when there was nothing to send
   */
  function sendAtHide(): Promise<void> | null {
    rescueUnwritten()
    const candidates: StoredEvent[] = []
    for (const [id, entry] of unsent) {
      if (!inFlightAtHide.has(id)) candidates.push({ key: entry.key ?? -1, event: entry.event })
    }
    if (candidates.length === 0) return null
    const batch = fitBytes(candidates, KEEPALIVE_MAX_BYTES)
    const ids = batch.map((record) => idOf(record.event)).filter((id): id is string => id !== null)
    for (const id of ids) inFlightAtHide.add(id)
    // post() calls fetch before its first await, so the request leaves while the page still exists.
    const request = post(
      batch.map((record) => record.event),
      true,
    )
    return request.then(async (outcome) => {
      for (const id of ids) inFlightAtHide.delete(id)
      if (outcome.kind === 'retry' || outcome.kind === 'refused') return
      // The page lived on (it was only hidden): what the server took leaves the browser now.
      const keys: number[] = []
      for (const id of ids) {
        const key = unsent.get(id)?.key
        if (key !== undefined && key !== null) keys.push(key)
        unsent.delete(id)
      }
      await store?.remove(keys)
    })
  }

  /** Copies events still being written to IndexedDB into synchronous storage, for the next page. */
  function rescueUnwritten(): void {
    const unwritten = [...unsent.values()].filter((entry) => entry.key === null).map((entry) => entry.event)
    if (unwritten.length === 0 || rescueStorage === null) return
    try {
      const earlier = readRescued(rescueStorage)
      rescueStorage.setItem(RESCUE_STORAGE_KEY, JSON.stringify([...earlier, ...unwritten]))
    } catch (error) {
      console.warn('[telemetry] could not keep unwritten events for the next page:', error)
    }
  }

  /** Moves events an earlier page rescued into IndexedDB, where the flush finds them. */
  async function restoreRescued(): Promise<void> {
    if (rescueStorage === null || store === null) return
    const rescued = readRescued(rescueStorage)
    if (rescued.length === 0) return
    for (const event of rescued) {
      const parsed = telemetryEventSchema.safeParse(event)
      // A copy may also have reached IndexedDB, or the server: the server stores each id once.
      if (parsed.success) await store.add(parsed.data)
    }
    rescueStorage.removeItem(RESCUE_STORAGE_KEY)
  }

  function attachPageListeners(): (() => void) | null {
    if (typeof window === 'undefined' || typeof document === 'undefined') return null
    const warnFailed = (error: unknown) => console.warn('[telemetry] send failed:', error)
    const onPageHide = () => {
      try {
        options.onPageHide?.()
      } catch (error) {
        console.warn('[telemetry] the page-hide handler failed:', error)
      }
      sendAtHide()?.catch(warnFailed)
    }
    const onVisibilityChange = () => {
      if (document.visibilityState !== 'hidden') return
      // Hidden may mean gone for good (a headset asleep, a tab closed): send now, then the rest as the page allows.
      const sent = sendAtHide() ?? Promise.resolve()
      sent
        .catch(warnFailed)
        .then(() => flush({ keepalive: true }))
        .catch(warnFailed)
    }
    document.addEventListener('visibilitychange', onVisibilityChange)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      document.removeEventListener('visibilitychange', onVisibilityChange)
      window.removeEventListener('pagehide', onPageHide)
    }
  }

  return {
    async enqueue(event) {
      const parsed = telemetryEventSchema.safeParse(event)
      if (!parsed.success) {
        const reason = parsed.error.issues
          .map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`)
          .join('; ')
        warnDropped(event, `invalid on the client: ${reason}`)
        return
      }
      const id = parsed.data.id
      // Known at once, so a page that goes away before the write commits still sends it.
      remember(parsed.data, null)
      const key = await requireStore().add(parsed.data)
      const entry = unsent.get(id)
      if (entry !== undefined) entry.key = key
      // Acknowledged while it was being written (sent as the page was hidden): it need not stay.
      else await requireStore().remove([key])
      await notifyCount()
    },

    flush,

    async pendingCount() {
      return requireStore().count()
    },

    start() {
      if (started) return
      started = true
      detachPageListeners = attachPageListeners()
      // What earlier pages left behind goes out now, without waiting for the timer or new input.
      restoreRescued()
        .catch((error: unknown) => console.warn('[telemetry] could not restore rescued events:', error))
        .then(() => (started ? flush() : null))
        .catch((error: unknown) => console.warn('[telemetry] flush failed:', error))
    },

    stop() {
      started = false
      if (timer !== null) clearTimeout(timer)
      timer = null
      detachPageListeners?.()
      detachPageListeners = null
    },

    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** The `id` of an event, or null for a record that has none. */
function idOf(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null
  const id = (event as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

function defaultRescueStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null {
  try {
    return (globalThis as { localStorage?: Storage }).localStorage ?? null
  } catch {
    // Storage refused (private mode, a sandbox): IndexedDB and the keepalive request remain.
    return null
  }
}

function readRescued(storage: Pick<Storage, 'getItem'>): unknown[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(RESCUE_STORAGE_KEY) ?? '[]')
    return Array.isArray(value) ? value : []
  } catch {
    return []
  }
}

/** The reasons of the events the server rejected, by index in the batch; out-of-range indexes are ignored. */
function rejectedByIndex(response: IngestResponse | null, size: number): Map<number, string> {
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

function warnDropped(event: unknown, reason: string): void {
  const type =
    typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string'
      ? (event as { type: string }).type
      : 'unknown'
  console.warn(`[telemetry] dropped a "${type}" event: ${reason}`)
}
