import { describe, expect, it } from 'vitest'
import { createAppStore } from '../../../src/state/app-store'
import { loadTasks } from '../../../src/errands/load-tasks'
import { telemetryEventSchema, type TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { createTestStore, playWholeVisit, typesOf } from '../../fixtures/test-store'

describe('createAppStore', () => {
  it('starts in the lobby, in the default language, with no task', () => {
    const { store, events } = createTestStore()
    expect(store.getState()).toMatchObject({
      scene: 'lobby',
      locale: 'sv',
      mode: 'desktop',
      posture: 'standing',
      entered: false,
      taskId: null,
      run: null,
      guided: false,
      entries: {},
      heldItem: null,
    })
    expect(events).toEqual([])
  })

  it('uses the real clock and random UUIDs unless told otherwise', () => {
    const events: TelemetryEventInput[] = []
    const store = createAppStore({
      tasks: loadTasks(),
      emitTelemetry: (event) => events.push(event),
      appVersion: '1.0.0',
    })
    const before = Date.now()
    store.getState().enter('desktop')
    store.getState().startTask('pay-bill')
    // By default the visitor is asked how sure they are before the task starts.
    expect(store.getState().survey).toEqual({ stage: 'confidence-before', taskId: 'pay-bill' })
    store.getState().rateConfidence(3)
    expect(events.map((event) => event.type)).toEqual([
      'session_started',
      'confidence_rated',
      'task_started',
      'step_started',
    ])
    for (const event of events) expect(telemetryEventSchema.safeParse(event).success).toBe(true)
    expect(Date.parse(events[0]?.ts ?? '')).toBeGreaterThanOrEqual(before - 1)
    const next = createAppStore({ tasks: [], emitTelemetry: () => {}, appVersion: '1.0.0' })
    expect(next.getState().sessionId).not.toBe(store.getState().sessionId)
  })

  it('reports every event of a whole visit in an envelope that passes the telemetry schema', () => {
    const { store, events, advance, now } = createTestStore()
    playWholeVisit({ store, advance })

    expect(new Set(typesOf(events))).toEqual(
      new Set([
        'session_started',
        'session_ended',
        'setting_changed',
        'task_started',
        'step_started',
        'step_completed',
        'hint_shown',
        'mistake',
        'task_completed',
        'task_abandoned',
      ]),
    )
    for (const [index, event] of events.entries()) {
      const parsed = telemetryEventSchema.safeParse(event)
      expect(parsed.error?.issues, `event ${index}: ${event.type}`).toBeUndefined()
    }

    expect(new Set(events.map((event) => event.id)).size).toBe(events.length)
    expect(events.every((event) => event.appVersion === '0.1.0-test')).toBe(true)
    expect(events.at(-1)?.ts).toBe(new Date(now()).toISOString())
    const times = events.map((event) => Date.parse(event.ts))
    expect(times).toEqual([...times].sort((a, b) => a - b))

    const completed = events.find((event) => event.type === 'task_completed')
    expect(completed).toMatchObject({ mode: 'vr', locale: 'en', scene: 'bank', task: 'pay-bill', step: null })
    expect(completed?.payload).toMatchObject({ stepCount: 11, mistakes: 3, hints: 3 })
  })
})
