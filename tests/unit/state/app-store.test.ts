import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { createAppStore } from '../../../src/state/app-store'
import { digitsOnly } from '../../../src/tasks/check-digit'
import { loadTasks } from '../../../src/tasks/registry'
import { telemetryEventSchema, type TelemetryEventInput } from '../../../src/telemetry/event-schema'
import { createTestStore, typeOnKeypad, typesOf } from '../../fixtures/test-store'

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
      appVersion: '1',
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
    const next = createAppStore({ tasks: [], emitTelemetry: () => {}, appVersion: '1' })
    expect(next.getState().sessionId).not.toBe(store.getState().sessionId)
  })

  it('reports every event of a whole visit in an envelope that passes the telemetry schema', () => {
    const { store, events, advance, now } = createTestStore()
    const { getState } = store
    const act = (action: () => void) => {
      advance(1_500)
      action()
    }

    act(() => getState().enter('vr'))
    act(() => getState().setLocale('en'))
    act(() => getState().setPosture('seated'))
    act(() => getState().startTask('pay-bill'))
    act(() => getState().tick())
    advance(30_000)
    act(() => getState().tick()) // idle hint
    act(() => getState().toggleHeld('bank.bill'))
    act(() => getState().hintNow())
    act(() => getState().activate('bank.login.eid'))
    act(() => getState().activate('bank.phone.cancel')) // mistake
    act(() => getState().activate('bank.phone.confirm'))
    act(() => getState().previousStep('staff'))
    act(() => getState().activate('bank.phone.confirm'))
    act(() => getState().activate('bank.menu.transfer')) // mistake
    act(() => getState().activate('bank.menu.pay-bill'))
    act(() => typeOnKeypad(store, digitsOnly(PRACTICE_BILL.bankgiro)))
    act(() => getState().submitEntry())
    act(() => typeOnKeypad(store, '3100571286'))
    act(() => getState().submitEntry()) // mistake and hint
    act(() => getState().typeKey('clear'))
    act(() => typeOnKeypad(store, PRACTICE_BILL.ocr))
    act(() => getState().submitEntry())
    act(() => getState().skipStep('staff'))
    act(() => getState().setGuided(true, 'staff'))
    act(() => getState().activate('bank.date.due'))
    act(() => getState().advanceStep('staff'))
    act(() => getState().setGuided(false, 'staff'))
    act(() => getState().activate('bank.review.sign'))
    act(() => getState().activate('bank.phone.sign'))
    act(() => getState().activate('bank.receipt.done'))
    act(() => getState().startTask('pay-bill'))
    act(() => getState().hintNow('staff'))
    act(() => getState().restartTask('staff'))
    act(() => getState().leaveTask('left'))
    act(() => getState().startTask('pay-bill'))
    act(() => getState().resetSession('idle'))

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
