import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE } from '../../../src/domain/locales'
import { createAppStore } from '../../../src/state/app-store'
import { createTestStore, typeOnKeypad, typesOf } from '../../fixtures/test-store'

describe('enter', () => {
  it('starts the session once, however often the visitor switches between VR and the screen', () => {
    const { store, events } = createTestStore()
    store.getState().enter('vr')
    store.getState().enter('desktop')
    expect(typesOf(events)).toEqual(['session_started'])
    expect(events[0]).toMatchObject({ mode: 'vr', payload: { posture: 'standing' } })
    expect(store.getState()).toMatchObject({ entered: true, mode: 'desktop' })
  })
})

describe('settings', () => {
  it('setLocale changes the language and reports it once', () => {
    const { store, events } = createTestStore()
    expect(store.getState().locale).toBe(DEFAULT_LOCALE)
    store.getState().setLocale('en')
    store.getState().setLocale('en')
    expect(events).toMatchObject([
      {
        type: 'setting_changed',
        locale: 'en',
        source: 'visitor',
        payload: { setting: 'locale', value: 'en' },
      },
    ])
    expect(store.getState().locale).toBe('en')
  })

  it("waits for a language's texts before changing to it, and a later choice wins over a slower one", async () => {
    const events: unknown[] = []
    const loaded = new Set(['sv'])
    const loads = new Map<string, () => void>()
    const store = createAppStore({
      tasks: [],
      emitTelemetry: (event) => events.push(event),
      appVersion: 'test',
      textsPending: (locale) =>
        loaded.has(locale)
          ? null
          : new Promise<void>((resolve) =>
              loads.set(locale, () => {
                loaded.add(locale)
                resolve()
              }),
            ),
    })
    store.getState().setLocale('ar')
    store.getState().setLocale('en')
    expect(store.getState().locale).toBe('sv')
    loads.get('en')?.()
    await Promise.resolve()
    await Promise.resolve()
    expect(store.getState().locale).toBe('en')
    loads.get('ar')?.()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(store.getState().locale).toBe('en')
    expect(events).toHaveLength(1)
  })

  it('a staff language change is marked as staff', () => {
    const { store, events } = createTestStore()
    store.getState().setLocale('en', 'staff')
    expect(events[0]).toMatchObject({ source: 'staff' })
  })

  it('setPosture and setMode report changes only', () => {
    const { store, events } = createTestStore()
    store.getState().setPosture('seated')
    store.getState().setPosture('seated')
    store.getState().setMode('desktop')
    store.getState().setMode('vr')
    expect(events.map((event) => event.payload)).toEqual([
      { setting: 'posture', value: 'seated' },
      { setting: 'mode', value: 'vr' },
    ])
  })
})

describe('resetSession', () => {
  it('ends the visit and clears everything for the next visitor', () => {
    const { store, events, advance } = createTestStore()
    const { getState } = store
    getState().enter('desktop')
    const firstSession = getState().sessionId
    getState().setLocale('en')
    getState().setPosture('seated')
    getState().setGuided(true)
    getState().startTask('pay-bill')
    getState().toggleHeld('bank.bill')
    getState().advanceStep('staff')
    for (let i = 0; i < 3; i++) getState().skipStep('staff')
    typeOnKeypad(store, '5050')
    getState().showNotice('app.crashed')
    advance(90_000)
    events.length = 0

    getState().resetSession('staff', 'staff')

    expect(typesOf(events)).toEqual(['task_abandoned', 'session_ended', 'session_started'])
    expect(events[0]).toMatchObject({
      sessionId: firstSession,
      source: 'staff',
      payload: { reason: 'staff' },
    })
    expect(events[1]).toMatchObject({
      sessionId: firstSession,
      source: 'staff',
      payload: { reason: 'staff', durationMs: 90_000 },
    })
    expect(events[2]?.sessionId).not.toBe(firstSession)
    expect(events[2]).toMatchObject({
      sessionId: getState().sessionId,
      locale: DEFAULT_LOCALE,
      scene: 'lobby',
    })

    expect(getState().sessionId).not.toBe(firstSession)
    expect(getState()).toMatchObject({
      entries: {},
      heldItem: null,
      taskId: null,
      run: null,
      scene: 'lobby',
      locale: DEFAULT_LOCALE,
      posture: 'standing',
      guided: false,
      notice: null,
    })
  })

  it('an idle reset abandons the task as idle', () => {
    const { store, events } = createTestStore()
    store.getState().enter('vr')
    store.getState().startTask('pay-bill')
    events.length = 0
    store.getState().resetSession('idle')
    expect(events[0]).toMatchObject({ type: 'task_abandoned', payload: { reason: 'idle' } })
    expect(events[1]).toMatchObject({ type: 'session_ended', payload: { reason: 'idle' } })
  })

  it('before the visitor has entered, only starts a new session id', () => {
    const { store, events } = createTestStore()
    const before = store.getState().sessionId
    store.getState().resetSession('reset')
    expect(events).toEqual([])
    expect(store.getState().sessionId).not.toBe(before)
  })
})

describe('endVisit', () => {
  it('reports the end once as the page goes away, a running task as left, and keeps the state', () => {
    const { store, events, advance } = createTestStore()
    store.getState().enter('desktop')
    store.getState().startTask('pay-bill')
    advance(4000)
    store.getState().endVisit('unload')
    store.getState().endVisit('unload')
    expect(typesOf(events).slice(-2)).toEqual(['task_abandoned', 'session_ended'])
    expect(events.at(-2)?.payload).toMatchObject({ reason: 'left' })
    expect(events.at(-1)).toMatchObject({
      id: store.getState().sessionEndId,
      payload: { reason: 'unload', durationMs: 4000 },
    })
    expect(typesOf(events).filter((type) => type === 'session_ended')).toHaveLength(1)
    expect(store.getState()).toMatchObject({ taskId: 'pay-bill', sessionEnded: true })
  })

  it('reports nothing for a visit that never started', () => {
    const { store, events } = createTestStore()
    store.getState().endVisit('unload')
    expect(events).toEqual([])
  })

  it('a reset after the page came back from the cache ends nothing twice and starts a new visit', () => {
    const { store, events } = createTestStore()
    store.getState().enter('vr')
    const first = store.getState().sessionId
    store.getState().endVisit('unload')
    store.getState().resetSession('unload')
    expect(typesOf(events)).toEqual(['session_started', 'session_ended', 'session_started'])
    expect(store.getState().sessionId).not.toBe(first)
    expect(store.getState().sessionEnded).toBe(false)
  })
})
