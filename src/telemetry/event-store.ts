import type { TelemetryEvent } from './event-schema'

/** One event waiting in the browser, with its place in the queue. */
export interface StoredEvent {
  /** Auto-increment key: the order events were enqueued in. */
  key: number
  /**
   * The event as stored. Typed `unknown` because a record may have been written by an older
   * version of the app, before an update changed the schema: the server has the last word on it.
   */
  event: unknown
}

/** Durable FIFO of telemetry events in IndexedDB. */
export interface EventStore {
  /**
   * Appends an event; resolves with its key once its transaction has committed (strict durability where
   * supported).
   */
  add(event: TelemetryEvent): Promise<number>
  /** The oldest events, oldest first, at most `limit` of them; nothing is removed. */
  peek(limit: number): Promise<StoredEvent[]>
  /** Deletes events by key, in one transaction. */
  remove(keys: readonly number[]): Promise<void>
  /** How many events are waiting. */
  count(): Promise<number>
  /** Closes the connection; the next call opens it again. Nothing is deleted. */
  close(): void
}

/** Where an {@link EventStore} keeps its events. */
export interface EventStoreOptions {
  /** The IndexedDB implementation. */
  indexedDB: IDBFactory
  /** Database name. @default 'digidel-telemetry' */
  dbName?: string
}

/** Name of the object store that holds the events. */
export const EVENTS_STORE = 'events'
const DB_VERSION = 1

/** Opens (lazily, on first use) the event store in IndexedDB. */
export function createEventStore({ indexedDB, dbName = 'digidel-telemetry' }: EventStoreOptions): EventStore {
  let connection: Promise<IDBDatabase> | null = null

  function open(): Promise<IDBDatabase> {
    if (connection !== null) return connection
    const opening: Promise<IDBDatabase> = openDatabase(indexedDB, dbName).then(
      (db) => {
        const forget = () => {
          if (connection === opening) connection = null
        }
        // Let another tab with a newer app version upgrade the database instead of blocking it.
        db.onversionchange = () => {
          db.close()
          forget()
        }
        db.onclose = forget
        return db
      },
      (error: unknown) => {
        if (connection === opening) connection = null
        throw error
      },
    )
    connection = opening
    return opening
  }

  return {
    async add(event) {
      const db = await open()
      const tx = db.transaction(EVENTS_STORE, 'readwrite', { durability: 'strict' })
      const request = tx.objectStore(EVENTS_STORE).add(event)
      // Nothing else goes in this transaction: commit now rather than when the event loop comes round.
      tx.commit?.()
      await committed(tx)
      return request.result as number
    },

    async peek(limit) {
      const found: StoredEvent[] = []
      if (limit <= 0) return found
      const db = await open()
      const cursorRequest = db.transaction(EVENTS_STORE, 'readonly').objectStore(EVENTS_STORE).openCursor()
      await new Promise<void>((resolve, reject) => {
        cursorRequest.onsuccess = () => {
          const cursor = cursorRequest.result
          if (cursor === null) return resolve()
          if (typeof cursor.primaryKey === 'number') {
            found.push({ key: cursor.primaryKey, event: cursor.value as unknown })
          }
          if (found.length >= limit) return resolve()
          cursor.continue()
        }
        cursorRequest.onerror = () => reject(cursorRequest.error ?? new Error('IndexedDB cursor failed'))
      })
      return found
    },

    async remove(keys) {
      if (keys.length === 0) return
      const db = await open()
      const tx = db.transaction(EVENTS_STORE, 'readwrite', { durability: 'strict' })
      const store = tx.objectStore(EVENTS_STORE)
      for (const key of keys) store.delete(key)
      await committed(tx)
    },

    async count() {
      const db = await open()
      return requestResult(db.transaction(EVENTS_STORE, 'readonly').objectStore(EVENTS_STORE).count())
    },

    close() {
      const pending = connection
      connection = null
      pending?.then(
        (db) => db.close(),
        () => undefined,
      )
    },
  }
}

function openDatabase(indexedDB: IDBFactory, dbName: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(dbName, DB_VERSION)
    request.onupgradeneeded = () => {
      const db = request.result
      if (!db.objectStoreNames.contains(EVENTS_STORE)) {
        db.createObjectStore(EVENTS_STORE, { autoIncrement: true })
      }
    }
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error(`Cannot open IndexedDB "${dbName}"`))
  })
}

function committed(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
  })
}

function requestResult<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}
