import { describe, expect, it } from 'vitest'
import { clipName, narratedKeys, spokenText } from '../../../src/narration/narrated-texts'
import { linesToRead, narrateStore, repeatStep } from '../../../src/narration/narrate-store'
import { createNarrator, type Voice } from '../../../src/narration/narrator'
import { loadTasks } from '../../../src/errands/load-tasks'
import { createTestStore } from '../../fixtures/test-store'

/** A voice that "speaks" at once and remembers what it said, if it has the language. */
function fakeVoice(languages: string[], said: string[] = []): Voice & { said: string[] } {
  return {
    backend: 'espeak-clip',
    said,
    canSpeak: async (line) => languages.includes(line.locale),
    speak: async (line) => {
      said.push(`${line.lang}: ${line.text}`)
    },
    stop: () => undefined,
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('what is read aloud', () => {
  it('is every step text, hint, feedback and completion text of every task', () => {
    const keys = narratedKeys(loadTasks())
    expect(keys).toEqual(
      expect.arrayContaining([
        'bank.step.pick-up-bill',
        'bank.hint.enter-bankgiro-digits',
        'bank.feedback.ocr-check-digit',
        'bank.task.completed',
        'task.waiting-for-staff',
      ]),
    )
    expect(new Set(keys).size).toBe(keys.length)
  })

  it('is spoken without the invisible isolates, and names its clip by its words', () => {
    expect(spokenText('ar', 'bank.hint.enter-bankgiro-digits')).not.toMatch(/[\u2066-\u2069]/)
    expect(clipName('Hej')).toBe(clipName('Hej'))
    expect(clipName('Hej')).not.toBe(clipName('Hej!'))
  })
})

describe('narration follows the task', () => {
  it('reads the step when it changes, feedback and the hint after a mistake, in the visitor’s language', () => {
    const { store } = createTestStore()
    store.getState().enter('vr')
    store.getState().setLocale('ar')
    const before = store.getState()
    store.getState().startTask('pay-bill')
    expect(linesToRead(store.getState(), before)).toEqual([{ key: 'bank.step.pick-up-bill', locale: 'ar' }])
    const typing = store.getState()
    store.getState().toggleHeld('bank.bill')
    expect(linesToRead(store.getState(), typing)).toEqual([{ key: 'bank.step.start-login', locale: 'ar' }])
    const asked = store.getState()
    store.getState().hintNow()
    expect(linesToRead(store.getState(), asked)).toEqual([{ key: 'bank.hint.start-login', locale: 'ar' }])
  })

  it('is off on a screen unless turned on, and stays quiet when turned off in VR', () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    const before = store.getState()
    store.getState().startTask('pay-bill')
    expect(linesToRead(store.getState(), before)).toBeNull()
    store.getState().setMode('vr')
    store.getState().setSetting('narration', 'off')
    const off = store.getState()
    store.getState().toggleHeld('bank.bill')
    expect(linesToRead(store.getState(), off)).toBeNull()
  })

  it('speaks through the first voice with the language, logs it, and captions it', async () => {
    const browser = fakeVoice(['sv'])
    const clips = fakeVoice(['sv', 'ar'])
    const narrator = createNarrator([browser, clips])
    const { store } = createTestStore()
    narrateStore(store, narrator)
    store.getState().enter('vr')
    store.getState().setLocale('ar')
    store.getState().startTask('pay-bill')
    await settle()
    expect(clips.said).toEqual([`ar-SE-u-nu-latn: ${spokenText('ar', 'bank.step.pick-up-bill')}`])
    expect(browser.said).toEqual([])
    expect(narrator.log().at(-1)).toMatchObject({
      key: 'bank.step.pick-up-bill',
      locale: 'ar',
      status: 'done',
    })
    expect(narrator.state.getState().caption?.caption).toBe(narrator.log().at(-1)?.caption)

    repeatStep(store, narrator)
    await settle()
    expect(narrator.log().map((line) => line.key)).toEqual([
      'bank.step.pick-up-bill',
      'bank.step.pick-up-bill',
    ])
  })

  it('shows a caption even where no voice has the language', async () => {
    const narrator = createNarrator([fakeVoice([])])
    narrator.say([{ key: 'bank.step.pick-up-bill', locale: 'sv-easy' }])
    await settle()
    expect(narrator.log()[0]).toMatchObject({ backend: 'caption-only', locale: 'sv-easy' })
    expect(narrator.state.getState().caption?.text).toBe(spokenText('sv-easy', 'bank.step.pick-up-bill'))
    narrator.stop()
    expect(narrator.state.getState().caption).toBeNull()
  })
})
