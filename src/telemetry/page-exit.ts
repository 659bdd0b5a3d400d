import { telemetryEventSchema } from './event-schema'
import type { EventStore, StoredEvent } from './event-store'
import { fitBytes, KEEPALIVE_MAX_BYTES, type Send } from './transport'

/** Where events caught mid-write by an unloading page wait for the next page, in `localStorage`. */
export const RESCUE_STORAGE_KEY = 'digidel-telemetry-rescue'

/** Most events kept in memory besides IndexedDB, for the send when the page goes away. */
const MAX_REMEMBERED = 2000

/** A synchronous store that survives the unload, such as `localStorage`. */
export type RescueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

/** An event this page knows has not been acknowledged: its IndexedDB key once the write has committed. */
interface Unsent {
  event: unknown
  key: number | null
}

/** Options of {@link createPageExitRescue}. */
export interface PageExitOptions {
  send: Send
  /** Where events wait; null where IndexedDB is missing. */
  store: EventStore | null
  /** Where events whose IndexedDB write has not finished are kept when the page goes away; null for nowhere. */
  rescueStorage: RescueStorage | null
  /** Called first when the page goes away (`pagehide`): the app's chance to report the end of the visit. */
  onPageHide?: () => void
  /** Sends the rest of the queue in keepalive requests, after the first quick send as the page is hidden. */
  flushKeepalive: () => Promise<unknown>
}

/**
 * The page-exit rescue: it remembers every event this page has not had acknowledged, so that when the page goes
 * away (with no time to read IndexedDB) they go out in one keepalive request, and those still being written to
 * IndexedDB are copied to synchronous storage for the next page.
 */
export interface PageExitRescue {
  /** Keeps an event in memory until the server has it; an old record from IndexedDB is added once. */
  remember(event: unknown, key: number | null): void
  /** The event's IndexedDB write committed under `key`; false when it was acknowledged meanwhile. */
  written(id: string, key: number): boolean
  /** The server has the event: it need not be remembered. */
  acknowledged(id: string | null): void
  /**
   * The page is going away: events whose IndexedDB write has not committed are copied to synchronous storage,
   * and every unacknowledged event not already on its way goes out in one keepalive request, started before
   * this returns. Sending twice is harmless: the server stores each id once.
   * @returns the request, or null when there was nothing to send
   */
  sendAtHide(): Promise<void> | null
  /** Moves events an earlier page rescued into IndexedDB, where the flush finds them. */
  restoreRescued(): Promise<void>
  /** Listens for the page being hidden or going away; returns a function that stops, or null with no page. */
  attach(): (() => void) | null
}

/** Creates the page-exit rescue of one telemetry queue. */
export function createPageExitRescue(options: PageExitOptions): PageExitRescue {
  const { send, store, rescueStorage } = options
  /**
   * Every event not yet acknowledged that this page knows of, by id, oldest first: enqueued here (before and
   * after its IndexedDB write commits) or found in IndexedDB.
   */
  const unsent = new Map<string, Unsent>()
  /** Ids on their way in a keepalive request sent as the page was hidden. */
  const inFlightAtHide = new Set<string>()

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
    // send() calls fetch before its first await, so the request leaves while the page still exists.
    const request = send(
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

  return {
    remember,
    written(id, key) {
      const entry = unsent.get(id)
      if (entry === undefined) return false
      entry.key = key
      return true
    },
    acknowledged(id) {
      if (id !== null) unsent.delete(id)
    },
    sendAtHide,
    async restoreRescued() {
      if (rescueStorage === null || store === null) return
      const rescued = readRescued(rescueStorage)
      if (rescued.length === 0) return
      for (const event of rescued) {
        const parsed = telemetryEventSchema.safeParse(event)
        // A copy may also have reached IndexedDB, or the server: the server stores each id once.
        if (parsed.success) await store.add(parsed.data)
      }
      rescueStorage.removeItem(RESCUE_STORAGE_KEY)
    },
    attach() {
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
          .then(() => options.flushKeepalive())
          .catch(warnFailed)
      }
      document.addEventListener('visibilitychange', onVisibilityChange)
      window.addEventListener('pagehide', onPageHide)
      return () => {
        document.removeEventListener('visibilitychange', onVisibilityChange)
        window.removeEventListener('pagehide', onPageHide)
      }
    },
  }
}

/** The `id` of an event, or null for a record that has none. */
export function idOf(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null
  const id = (event as { id?: unknown }).id
  return typeof id === 'string' ? id : null
}

/** `localStorage`, or null where the page may not use it. */
export function defaultRescueStorage(): RescueStorage | null {
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
