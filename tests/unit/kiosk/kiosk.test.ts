import { afterEach, describe, expect, it } from 'vitest'
import { createKiosk } from '../../../src/kiosk/kiosk'
import { createTestStore, typeOnKeypad } from '../../fixtures/test-store'

function setup(idleSeconds = 10) {
  const test = createTestStore()
  const kiosk = createKiosk({ appStore: test.store, idleSeconds, now: test.now })
  return { ...test, kiosk }
}

describe('kiosk', () => {
  const kiosks: { stop: () => void }[] = []
  afterEach(() => kiosks.splice(0).forEach((kiosk) => kiosk.stop()))

  it('resets an idle visitor to the welcome screen: nothing of the visit is left', () => {
    const { store, kiosk, advance, events } = setup(10)
    store.getState().enter('vr')
    store.getState().setLocale('en')
    store.getState().setPosture('seated')
    store.getState().setGuided(true)
    store.getState().startTask('pay-bill')
    store.getState().toggleHeld('bank.bill')
    const before = store.getState().sessionId

    advance(9_000)
    kiosk.tick()
    expect(kiosk.store.getState().phase).toBe('active')
    advance(1_000)
    kiosk.tick()
    expect(kiosk.store.getState()).toMatchObject({ phase: 'prompt', promptEndsAt: expect.any(Number) })
    // The prompt waits a quarter of the idle time (at least 2 s): 3 s here.
    advance(3_000)
    kiosk.tick()

    expect(kiosk.store.getState()).toMatchObject({ phase: 'attract', promptEndsAt: null })
    const state = store.getState()
    expect(state).toMatchObject({
      scene: 'lobby',
      taskId: null,
      run: null,
      locale: 'sv',
      posture: 'standing',
      guided: false,
      entries: {},
      heldItem: null,
    })
    expect(state.sessionId).not.toBe(before)
    const ended = events.find((event) => event.type === 'session_ended')
    expect(ended?.payload).toMatchObject({ reason: 'idle' })
    expect(events.find((event) => event.type === 'task_abandoned')?.payload).toMatchObject({ reason: 'idle' })
  })

  it('clears typed numbers on reset', () => {
    const { store, kiosk } = setup()
    store.getState().enter('desktop')
    store.getState().startTask('pay-bill')
    for (let i = 0; i < 4; i++) store.getState().skipStep()
    typeOnKeypad(store, '5050')
    expect(Object.values(store.getState().entries)).toEqual(['5050'])
    kiosk.resetForNextVisitor('staff', 'staff')
    expect(store.getState().entries).toEqual({})
  })

  it('keeps the prompt away while the visitor moves, and takes it down on the next input', () => {
    const { store, kiosk, advance } = setup(10)
    store.getState().enter('vr')
    for (let i = 0; i < 5; i++) {
      advance(5_000)
      kiosk.noteActivity()
      kiosk.tick()
    }
    expect(kiosk.store.getState().phase).toBe('active')
    advance(10_000)
    kiosk.tick()
    expect(kiosk.store.getState().phase).toBe('prompt')
    kiosk.noteActivity()
    expect(kiosk.store.getState().phase).toBe('active')
  })

  it('takes the welcome screen down when staff start a task', () => {
    const { store, kiosk } = setup()
    kiosks.push(kiosk)
    kiosk.start()
    store.getState().enter('vr')
    kiosk.resetForNextVisitor('staff', 'staff')
    expect(kiosk.store.getState().phase).toBe('attract')
    store.getState().startTask('pay-bill', 'staff')
    expect(kiosk.store.getState().phase).toBe('active')
  })

  it('never resets with kiosk mode off', () => {
    const { store, kiosk, advance } = setup(10)
    store.getState().enter('vr')
    store.getState().startTask('pay-bill')
    kiosk.setEnabled(false)
    advance(600_000)
    kiosk.tick()
    kiosk.tick()
    expect(kiosk.store.getState().phase).toBe('active')
    expect(store.getState().taskId).toBe('pay-bill')
  })

  it('tells reset listeners, e.g. to close station menus', () => {
    const { kiosk } = setup()
    let closed = 0
    kiosk.onReset(() => closed++)
    kiosk.resetForNextVisitor('reset', 'visitor')
    expect(closed).toBe(1)
  })
})
