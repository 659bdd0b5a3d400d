import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { telemetryEventSchema } from '../../../src/telemetry/event-schema'
import type { TelemetryEvent } from '../../../src/telemetry/event-schema'
import { createEventStore } from '../../../src/telemetry/event-store'
import { idOf, makeEvent } from './fixtures'

function validEvent(): TelemetryEvent {
  return telemetryEventSchema.parse(makeEvent())
}

describe('event store', () => {
  it('keeps events in the order they were added', async () => {
    const store = createEventStore({ indexedDB: new IDBFactory() })
    const events = Array.from({ length: 5 }, validEvent)
    for (const event of events) await store.add(event)

    const peeked = await store.peek(10)
    expect(peeked.map((record) => idOf(record.event))).toEqual(events.map((event) => event.id))
    expect(peeked.map((record) => record.key)).toEqual(
      [...peeked.map((record) => record.key)].sort((a, b) => a - b),
    )
    expect(await store.peek(2)).toEqual(peeked.slice(0, 2))
    expect(await store.peek(0)).toEqual([])
  })

  it('removes only the given keys', async () => {
    const store = createEventStore({ indexedDB: new IDBFactory() })
    for (let i = 0; i < 4; i++) await store.add(validEvent())
    const [first, , third] = await store.peek(4)
    await store.remove([first?.key ?? -1, third?.key ?? -1])
    expect(await store.count()).toBe(2)
    expect((await store.peek(4)).map((record) => record.key)).not.toContain(first?.key)
  })

  it('keeps its events across a closed connection and a new store on the same database', async () => {
    const indexedDB = new IDBFactory()
    const before = createEventStore({ indexedDB, dbName: 'kiosk' })
    const event = validEvent()
    await before.add(event)
    before.close()

    const after = createEventStore({ indexedDB, dbName: 'kiosk' })
    expect((await after.peek(1)).map((record) => record.event)).toEqual([event])
    before.close()
    expect(await before.count()).toBe(1)
    expect(await createEventStore({ indexedDB, dbName: 'other' }).count()).toBe(0)
  })
})
