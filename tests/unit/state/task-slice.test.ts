import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { createTestStore, typeOnKeypad, typesOf } from '../../fixtures/test-store'

describe('startTask', () => {
  it("takes the visitor to the task's scene and reports the start", () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')

    expect(store.getState()).toMatchObject({ scene: 'bank', taskId: 'pay-bill' })
    expect(store.getState().run).toMatchObject({ status: 'running', stepIndex: 0 })
    expect(events).toMatchObject([
      {
        type: 'task_started',
        scene: 'bank',
        task: 'pay-bill',
        step: null,
        source: 'visitor',
        payload: { stepCount: 11 },
      },
      {
        type: 'step_started',
        scene: 'bank',
        task: 'pay-bill',
        step: 'pick-up-bill',
        payload: { stepIndex: 0 },
      },
    ])
  })

  it('refuses a task that does not exist', () => {
    const { store, events } = createTestStore()
    expect(() => store.getState().startTask('fly-a-plane')).toThrow('unknown task "fly-a-plane"')
    expect(store.getState().scene).toBe('lobby')
    expect(events).toEqual([])
  })

  it('starting again while a task runs abandons the running one as "switched"', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    store.getState().toggleHeld('bank.bill')
    events.length = 0
    store.getState().startTask('pay-bill')
    expect(typesOf(events)).toEqual(['task_abandoned', 'task_started', 'step_started'])
    expect(events[0]).toMatchObject({ payload: { reason: 'switched', stepIndex: 1 } })
    expect(store.getState()).toMatchObject({ heldItem: null, run: { stepIndex: 0 } })
  })
})

describe('staff commands take the same path as the visitor and are marked as staff', () => {
  it('hint now', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0
    store.getState().hintNow('staff')
    expect(events).toMatchObject([
      {
        type: 'hint_shown',
        source: 'staff',
        step: 'pick-up-bill',
        payload: { hintIndex: 0, reason: 'staff' },
      },
    ])
    expect(store.getState().run?.hint).toEqual({ textKey: 'bank.hint.pick-up-bill', reason: 'staff' })

    store.getState().hintNow()
    expect(events.at(-1)).toMatchObject({ source: 'visitor', payload: { reason: 'request' } })
  })

  it('skip step and previous step', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0
    store.getState().skipStep('staff')
    store.getState().previousStep('staff')
    expect(typesOf(events)).toEqual(['step_completed', 'step_started', 'step_started'])
    expect(events.every((event) => event.source === 'staff')).toBe(true)
    expect(events[0]).toMatchObject({ step: 'pick-up-bill', payload: { skipped: true } })
    expect(store.getState().run?.stepIndex).toBe(0)
  })

  it('restart clears what was typed and held, and starts over', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    for (let i = 0; i < 4; i++) store.getState().skipStep('staff')
    typeOnKeypad(store, '5050')
    events.length = 0

    store.getState().restartTask('staff')
    expect(typesOf(events)).toEqual(['task_abandoned', 'task_started', 'step_started'])
    expect(events.every((event) => event.source === 'staff')).toBe(true)
    expect(events[0]).toMatchObject({ step: 'enter-bankgiro', payload: { reason: 'restart', stepIndex: 4 } })
    expect(store.getState()).toMatchObject({
      entries: {},
      heldItem: null,
      run: { stepIndex: 0, status: 'running' },
    })
  })

  it('guided mode and advance', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0

    store.getState().setGuided(true, 'staff')
    expect(events).toMatchObject([
      { type: 'setting_changed', source: 'staff', payload: { setting: 'guided', value: 'true' } },
    ])
    store.getState().toggleHeld('bank.bill')
    expect(store.getState().run).toMatchObject({ waitingForStaff: true, stepIndex: 0 })
    store.getState().activate('bank.login.eid')
    expect(store.getState().run?.stepIndex).toBe(0)

    store.getState().advanceStep('staff')
    expect(events.at(-1)).toMatchObject({ type: 'step_started', source: 'staff', step: 'start-login' })
    expect(store.getState().run).toMatchObject({ waitingForStaff: false, stepIndex: 1 })
  })

  it('turning guided mode off lets a waiting visitor go on', () => {
    const { store, events } = createTestStore()
    store.getState().setGuided(true)
    store.getState().startTask('pay-bill')
    expect(store.getState().run?.guided).toBe(true)
    store.getState().toggleHeld('bank.bill')
    events.length = 0

    store.getState().setGuided(false, 'staff')
    expect(typesOf(events)).toEqual(['setting_changed', 'step_started'])
    expect(events.every((event) => event.source === 'staff')).toBe(true)
    expect(store.getState()).toMatchObject({ guided: false, run: { stepIndex: 1, waitingForStaff: false } })
  })

  it('setting guided mode to what it already is reports nothing', () => {
    const { store, events } = createTestStore()
    store.getState().setGuided(false, 'staff')
    expect(events).toEqual([])
  })
})

describe('leaveTask', () => {
  it('abandons a running task and returns to the lobby', () => {
    const { store, events, advance } = createTestStore()
    store.getState().startTask('pay-bill')
    advance(12_000)
    store.getState().toggleHeld('bank.bill')
    advance(3_000)
    events.length = 0

    store.getState().leaveTask('left')
    expect(events).toMatchObject([
      {
        type: 'task_abandoned',
        scene: 'bank',
        task: 'pay-bill',
        step: 'start-login',
        payload: { reason: 'left', durationMs: 15_000, stepIndex: 1, hints: 0, mistakes: 0 },
      },
    ])
    expect(store.getState()).toMatchObject({
      scene: 'lobby',
      taskId: null,
      run: null,
      heldItem: null,
      entries: {},
    })
  })

  it('does not count a completed task as abandoned', () => {
    const { store, events } = createTestStore()
    store.getState().startTask('pay-bill')
    for (let i = 0; i < 11; i++) store.getState().skipStep()
    expect(store.getState().run?.status).toBe('completed')
    events.length = 0
    store.getState().leaveTask('left')
    expect(events).toEqual([])
    expect(store.getState().scene).toBe('lobby')
  })

  it('in the lobby, task actions do nothing', () => {
    const { store, events } = createTestStore()
    store.getState().hintNow('staff')
    store.getState().skipStep('staff')
    store.getState().activate('bank.bill')
    store.getState().tick()
    store.getState().leaveTask('left')
    expect(events).toEqual([])
    expect(store.getState().run).toBeNull()
  })
})

describe('tick', () => {
  it("shows a hint once the visitor has been idle for the step's idle time", () => {
    const { store, events, advance } = createTestStore()
    store.getState().startTask('pay-bill')
    events.length = 0
    advance(24_999)
    store.getState().tick()
    expect(events).toEqual([])
    advance(1)
    store.getState().tick()
    expect(events).toMatchObject([
      { type: 'hint_shown', source: 'visitor', payload: { reason: 'idle', hintIndex: 0 } },
    ])
  })

  it('waits longer while the visitor types', () => {
    const { store, advance } = createTestStore()
    store.getState().startTask('pay-bill')
    for (let i = 0; i < 4; i++) store.getState().skipStep()
    advance(20_000)
    typeOnKeypad(store, PRACTICE_BILL.bankgiro.slice(0, 1))
    advance(20_000)
    store.getState().tick()
    expect(store.getState().run?.hint).toBeNull()
  })
})
