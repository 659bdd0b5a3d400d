import { describe, expect, it } from 'vitest'
import type { TelemetryEvent } from '../../../src/telemetry/event-schema'
import type { EventStore } from '../../../src/telemetry/event-store'
import {
  createPageExitRescue,
  RESCUE_STORAGE_KEY,
  type RescueStorage,
} from '../../../src/telemetry/page-exit'
import type { SendOutcome } from '../../../src/telemetry/transport'
import { makeEvent } from './fixtures'

function memoryStorage(): RescueStorage & { items: Map<string, string> } {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  }
}

function fakeStore(): EventStore & { added: TelemetryEvent[]; removed: number[] } {
  const added: TelemetryEvent[] = []
  const removed: number[] = []
  return {
    added,
    removed,
    add: (event) => Promise.resolve(added.push(event)),
    peek: () => Promise.resolve([]),
    remove: (keys) => Promise.resolve(void removed.push(...keys)),
    count: () => Promise.resolve(added.length - removed.length),
    close: () => {},
  }
}

function setup(outcome: SendOutcome = { kind: 'answered', response: null }) {
  const sent: unknown[][] = []
  const storage = memoryStorage()
  const store = fakeStore()
  const rescue = createPageExitRescue({
    send: (events) => {
      sent.push(events)
      return Promise.resolve(outcome)
    },
    store,
    rescueStorage: storage,
    flushKeepalive: () => Promise.resolve(),
  })
  return { rescue, sent, storage, store }
}

describe('the page-exit rescue', () => {
  it('sends every unacknowledged event at once as the page goes, and forgets what the server took', async () => {
    const { rescue, sent, store } = setup()
    const [a, b, c] = [makeEvent(), makeEvent(), makeEvent()]
    rescue.remember(a, 1)
    rescue.remember(b, 2)
    rescue.remember(c, 3)
    rescue.acknowledged(b.id)
    await rescue.sendAtHide()
    expect(sent).toEqual([[a, c]])
    expect(store.removed).toEqual([1, 3])
    // Nothing left to send.
    expect(rescue.sendAtHide()).toBeNull()
  })

  it('keeps events whose send failed, to try again', async () => {
    const { rescue, sent } = setup({ kind: 'retry', reason: 'offline', retryAfterMs: null })
    const event = makeEvent()
    rescue.remember(event, 1)
    await rescue.sendAtHide()
    await rescue.sendAtHide()
    expect(sent).toEqual([[event], [event]])
  })

  it('copies events still being written to synchronous storage, and the next page restores them', async () => {
    const { rescue, storage } = setup()
    const writing = makeEvent()
    const durable = makeEvent()
    rescue.remember(writing, null)
    rescue.remember(durable, 7)
    void rescue.sendAtHide()
    expect(JSON.parse(storage.items.get(RESCUE_STORAGE_KEY) ?? '[]')).toEqual([writing])

    const store = fakeStore()
    const next = createPageExitRescue({
      send: () => Promise.resolve({ kind: 'answered', response: null }),
      store,
      rescueStorage: storage,
      flushKeepalive: () => Promise.resolve(),
    })
    await next.restoreRescued()
    expect(store.added.map((event) => event.id)).toEqual([writing.id])
    expect(storage.items.has(RESCUE_STORAGE_KEY)).toBe(false)
  })

  it('tells the queue when an event was acknowledged before its write committed', () => {
    const { rescue } = setup()
    const kept = makeEvent()
    const gone = makeEvent()
    rescue.remember(kept, null)
    rescue.remember(gone, null)
    rescue.acknowledged(gone.id)
    expect(rescue.written(kept.id, 1)).toBe(true)
    expect(rescue.written(gone.id, 2)).toBe(false)
  })

  it('has nothing to listen to without a page', () => {
    expect(setup().rescue.attach()).toBeNull()
  })
})
