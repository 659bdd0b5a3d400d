import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, choicesOf, narrationOn } from '../../../src/domain/settings'
import { telemetryEventSchema } from '../../../src/telemetry/event-schema'
import { createTestStore } from '../../fixtures/test-store'

describe('display and sound settings', () => {
  it('start at normal text, normal contrast, full motion and narration left to the mode', () => {
    const { store } = createTestStore()
    expect(store.getState().settings).toEqual({
      textSize: 'normal',
      contrast: 'normal',
      reduceMotion: 'off',
      narration: 'auto',
    })
  })

  it('change one at a time and report each change once, with a value the server accepts', () => {
    const { store, events } = createTestStore()
    store.getState().setSetting('textSize', 'largest')
    store.getState().setSetting('textSize', 'largest')
    store.getState().setSetting('contrast', 'high', 'staff')
    store.getState().setSetting('narration', 'off')
    expect(store.getState().settings).toMatchObject({
      textSize: 'largest',
      contrast: 'high',
      narration: 'off',
    })
    expect(events.map((event) => [event.payload, event.source])).toEqual([
      [{ setting: 'text_size', value: 'largest' }, 'visitor'],
      [{ setting: 'contrast', value: 'high' }, 'staff'],
      [{ setting: 'narration', value: 'off' }, 'visitor'],
    ])
    for (const event of events) expect(telemetryEventSchema.safeParse(event).success).toBe(true)
  })

  it('ignore a value the setting does not have', () => {
    const { store, events } = createTestStore()
    // A value from outside (the live link, a stale console) is checked again here.
    store.getState().setSetting('textSize', 'huge' as never)
    expect(store.getState().settings.textSize).toBe('normal')
    expect(events).toEqual([])
  })

  it('are refused by the telemetry schema with a value they do not have', () => {
    const { store, events } = createTestStore()
    store.getState().setSetting('reduceMotion', 'on')
    const event = events[0]
    expect(event).toBeDefined()
    const tampered = { ...event, payload: { setting: 'reduce_motion', value: 'sometimes' } }
    expect(telemetryEventSchema.safeParse(tampered).success).toBe(false)
  })

  it('go back to the defaults for the next visitor, with the menu closed', () => {
    const { store } = createTestStore()
    store.getState().setSetting('textSize', 'large')
    store.getState().setMenuOpen(true)
    store.getState().resetSession('idle')
    expect(store.getState().settings).toEqual(DEFAULT_SETTINGS)
    expect(store.getState().menuOpen).toBe(false)
  })

  it('read aloud in VR by default, not on a screen, and always as chosen', () => {
    expect(narrationOn(DEFAULT_SETTINGS, 'vr')).toBe(true)
    expect(narrationOn(DEFAULT_SETTINGS, 'desktop')).toBe(false)
    expect(narrationOn({ ...DEFAULT_SETTINGS, narration: 'off' }, 'vr')).toBe(false)
    expect(narrationOn({ ...DEFAULT_SETTINGS, narration: 'on' }, 'desktop')).toBe(true)
    expect(choicesOf('narration')).toEqual(['on', 'off'])
    expect(choicesOf('textSize')).toEqual(['normal', 'large', 'largest'])
  })
})
