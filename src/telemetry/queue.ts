import { backoffDelay, DEFAULT_BACKOFF } from './backoff'
import { BATCH_LIMITS, telemetryEventSchema } from './event-schema'
import type { TelemetryEventInput } from './event-schema'
import { createEventStore } from './event-store'
import type { EventStore, StoredEvent } from './event-store'
import { createPageExitRescue, defaultRescueStorage, idOf, type RescueStorage } from './page-exit'
import { createTransport, fitBytes, KEEPALIVE_MAX_BYTES, rejectedByIndex } from './transport'

export { KEEPALIVE_MAX_BYTES } from './transport'
export { RESCUE_STORAGE_KEY } from './page-exit'

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
  rescueStorage?: RescueStorage | null
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

/** Creates a telemetry queue. Nothing runs until {@link TelemetryQueue.start} or a call. */
export function createTelemetryQueue(options: TelemetryQueueOptions = {}): TelemetryQueue {
  const endpoint = options.endpoint ?? '/api/events'
  const flushIntervalMs = options.flushIntervalMs ?? 5000
  const maxBatch = Math.max(1, Math.min(Math.floor(options.maxBatch ?? 100), BATCH_LIMITS.maxEvents))
  const backoff = options.backoff ?? DEFAULT_BACKOFF
  const random = options.random ?? Math.random
  const post = createTransport({
    endpoint,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    now: options.now ?? Date.now,
    requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
  })
  const factory = options.indexedDB ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB
  const store: EventStore | null = factory
    ? createEventStore({ indexedDB: factory, dbName: options.dbName ?? 'digidel-telemetry' })
    : null

  const rescue = createPageExitRescue({
    send: post,
    store,
    rescueStorage: options.rescueStorage === undefined ? defaultRescueStorage() : options.rescueStorage,
    onPageHide: () => options.onPageHide?.(),
    flushKeepalive: () => flush({ keepalive: true }),
  })
  const listeners = new Set<(pending: number) => void>()
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

  async function runFlush(): Promise<FlushResult> {
    const events = requireStore()
    let sent = 0
    let dropped = 0
    let retryInMs: number | null = null

    drain: for (;;) {
      const batch = await events.peek(maxBatch)
      if (batch.length === 0) break
      for (const record of batch) rescue.remember(record.event, record.key)
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
        for (const record of chunk) rescue.acknowledged(idOf(record.event))
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
      rescue.remember(parsed.data, null)
      const key = await requireStore().add(parsed.data)
      // Acknowledged while it was being written (sent as the page was hidden): it need not stay.
      if (!rescue.written(id, key)) await requireStore().remove([key])
      await notifyCount()
    },

    flush,

    async pendingCount() {
      return requireStore().count()
    },

    start() {
      if (started) return
      started = true
      detachPageListeners = rescue.attach()
      // What earlier pages left behind goes out now, without waiting for the timer or new input.
      rescue
        .restoreRescued()
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

function warnDropped(event: unknown, reason: string): void {
  const type =
    typeof event === 'object' && event !== null && typeof (event as { type?: unknown }).type === 'string'
      ? (event as { type: string }).type
      : 'unknown'
  console.warn(`[telemetry] dropped a "${type}" event: ${reason}`)
}
