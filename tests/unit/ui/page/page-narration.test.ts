import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../../src/domain/locales'
import { errands } from '../../../../src/errands/errand-registry'
import { withoutIsolates } from '../../../../src/i18n/bidi'
import { translate } from '../../../../src/i18n/translate'
import { repeatStep } from '../../../../src/narration/narrate-store'
import { clipName, pageTextKeys } from '../../../../src/narration/narrated-texts'
import { narrationLines } from '../../../../src/narration/narration-lines'
import { createNarrator, type Voice } from '../../../../src/narration/narrator'
import type { AppStore } from '../../../../src/state/app-store'
import { readPageLines } from '../../../../src/ui/page/page-narration'
import { visitNumber } from '../../../../src/ui/page/page-values'
import { createTestStore } from '../../../fixtures/test-store'

/** A voice that speaks every language at once and remembers what it said. */
function listeningVoice(): Voice & { said: string[] } {
  const said: string[] = []
  return {
    backend: 'espeak-clip',
    said,
    canSpeak: async () => true,
    speak: async (line) => {
      said.push(line.text)
    },
    stop: () => undefined,
  }
}

/** Staff skip steps until the errand's step `stepId` is on show. */
function skipTo(store: AppStore, stepId: string): void {
  for (let guard = 0; guard < 40; guard++) {
    const state = store.getState()
    const step = state.taskDefinition()?.steps[state.run?.stepIndex ?? -1]
    if (step?.id === stepId) return
    state.skipStep('staff')
  }
  throw new Error(`never reached ${stepId}`)
}

const settle = async () => {
  for (let turn = 0; turn < 30; turn++) await new Promise((resolve) => setTimeout(resolve, 0))
}

describe('the page read aloud', () => {
  it('is its headings and paragraphs in the order drawn, in the visitor’s language, and not its controls', () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    store.getState().setLocale('en')
    store.getState().startTask('digital-mailbox')
    skipTo(store, 'amount')
    expect(readPageLines(store.getState())).toEqual(
      ['mailbox.letter.title', 'mailbox.tax-agency', 'mailbox.letter.intro', 'mailbox.check.heading'].map(
        (key) => ({ key, locale: 'en', text: translate('en', key) }),
      ),
    )
  })

  it('fills in the values the visitor sees: the booking’s reference and its facts', () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    store.getState().setLocale('sv')
    store.getState().startTask('book-health-centre')
    skipTo(store, 'read-booking')
    const lines = readPageLines(store.getState())
    const reference = lines.find((line) => line.key === 'health.booked.number')
    expect(reference?.text).toContain(`VC-${visitNumber(store.getState().sessionId)}`)
    expect(lines.map((line) => line.key)).toEqual(
      expect.arrayContaining(['health.booked.heading', 'health.fact.where', 'health.centre']),
    )
    expect(lines.every((line) => line.text !== undefined && !line.text.includes('{'))).toBe(true)
  })

  it('follows the step when "Read again" is pressed, each line spoken as shown, without bidi isolates', async () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    store.getState().setLocale('ar')
    store.getState().startTask('book-health-centre')
    skipTo(store, 'read-booking')
    const voice = listeningVoice()
    const narrator = createNarrator([voice])
    repeatStep(store, narrator, readPageLines)
    await settle()
    const page = readPageLines(store.getState())
    expect(narrator.log().map((line) => line.key)).toEqual([
      'health.step.read-booking',
      ...page.map((line) => line.key),
    ])
    expect(
      narrator
        .log()
        .slice(1)
        .map((line) => line.caption),
    ).toEqual(page.map((line) => line.text))
    expect(voice.said.join(' ')).not.toMatch(/[\u2066-\u2069]/)
    expect(voice.said.join(' ')).toContain(visitNumber(store.getState().sessionId))
    narrator.stop()
  })

  it('is nothing outside an errand', () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    expect(readPageLines(store.getState())).toEqual([])
  })
})

describe('clips of the pages’ fixed texts', () => {
  it('are made at build for every page heading and paragraph with no value to fill in, in every language', () => {
    const keys = pageTextKeys(errands())
    expect(keys).toEqual(
      expect.arrayContaining(['mailbox.inbox.heading', 'mailbox.letter.intro', 'health.booked.heading']),
    )
    expect(keys).not.toContain('health.booked.number')
    const lines = narrationLines()
    for (const { code } of LOCALES) {
      const made = new Set(lines.filter((line) => line.locale === code).map((line) => line.key))
      for (const key of keys) expect(made.has(key), `${code} ${key}`).toBe(true)
    }
  })

  it('are found by the text the page reads: the letter’s page is played from clips in Arabic', () => {
    const { store } = createTestStore()
    store.getState().enter('desktop')
    store.getState().setLocale('ar')
    store.getState().startTask('digital-mailbox')
    skipTo(store, 'amount')
    const clips = new Set(
      narrationLines()
        .filter((line) => line.locale === 'ar')
        .map((line) => line.clip),
    )
    const page = readPageLines(store.getState())
    expect(page.length).toBeGreaterThan(2)
    for (const line of page)
      expect(clips.has(clipName(withoutIsolates(line.text ?? ''))), line.key).toBe(true)
  })
})
