import { describe, expect, it } from 'vitest'
import bookVisitPages from '../../../scenes/e-service/errands/book-visit/pages.json'
import sharedPages from '../../../scenes/e-service/pages.json'
import bookVisitPractice from '../../../scenes/e-service/errands/book-visit/practice.json'
import bookVisitTask from '../../../scenes/e-service/errands/book-visit/task.json'
import preschoolPractice from '../../../scenes/e-service/errands/apply-preschool/practice.json'
import { checkErrand, type ErrandFiles } from '../../../src/errands/check-errand'
import { ErrandPackageError, loadErrands } from '../../../src/errands/errands'
import { hasText } from '../../../src/i18n/translate'

const FOLDER = 'scenes/e-service/errands/book-visit'

/** A fresh, valid copy of the booking errand's files to break. */
function booking(): {
  task: Record<string, unknown> & { steps: Record<string, unknown>[] }
  pages: Record<string, unknown>
  practice: { values: Record<string, unknown> }
} {
  // The package's own pages over the ones the scene's errands share, as the app loads them.
  const pages = { ...sharedPages, ...bookVisitPages }
  return structuredClone({ task: bookVisitTask, pages, practice: bookVisitPractice }) as never
}

const context = {
  hasText,
  sceneDraws: (scene: string) =>
    scene === 'e-service' ? ['eservice.letter', 'eservice.phone.*'] : undefined,
}

/** The messages a broken package gets, each as `file: path: message`. */
function problemsOf(files: ReturnType<typeof booking>, own = context): string[] {
  const checked = checkErrand(
    FOLDER,
    { 'task.json': files.task, 'pages.json': files.pages, 'practice.json': files.practice } as ErrandFiles,
    own,
  )
  if (!('problems' in checked)) return []
  return new ErrandPackageError(FOLDER, checked.problems).message.split('\n')
}

function step(
  files: ReturnType<typeof booking>,
  id: string,
): Record<string, unknown> & { complete: { rule: string; params: Record<string, unknown> } } {
  const found = files.task.steps.find((each) => each.id === id)
  if (!found) throw new Error(`no step ${id}`)
  return found as never
}

describe('errand packages', () => {
  it('every package in the repo is valid', () => {
    const errands = loadErrands()
    expect(errands.map((errand) => errand.task.id)).toEqual(
      expect.arrayContaining(['pay-bill', 'apply-preschool', 'book-visit']),
    )
    for (const errand of errands) {
      for (const step of errand.task.steps)
        expect(errand.pages[step.stage], `${errand.folder}: ${step.stage}`).toBeDefined()
    }
  })

  it('the booking copy used below is valid as it is', () => {
    expect(problemsOf(booking())).toEqual([])
  })

  it('refuses a stage with no page, naming the stage and the pages there are', () => {
    const files = booking()
    delete files.pages['booking-time']
    expect(problemsOf(files)).toContainEqual(
      expect.stringMatching(
        /^scenes\/e-service\/errands\/book-visit\/task\.json: steps\.3\.stage: no page for stage "booking-time" in pages\.json/,
      ),
    )
  })

  it('refuses a stage typo', () => {
    const files = booking()
    step(files, 'pick-day').stage = 'boking-day'
    expect(problemsOf(files)).toContainEqual(
      expect.stringContaining('book-visit/task.json: steps.2.stage: no page for stage "boking-day"'),
    )
  })

  it('refuses a target that no block of the page and nothing in the scene draws', () => {
    const files = booking()
    step(files, 'confirm-booking').targets = ['eservice.booking.confirmm']
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: steps.5.targets.0: "eservice.booking.confirmm" is drawn by no block of page "booking-review" nor by the scene',
    )
  })

  it('refuses a text that has no Arabic', () => {
    const files = booking()
    const noArabic = {
      ...context,
      hasText: (locale: string, key: string) =>
        !(locale === 'ar' && key === 'eservice.day.heading') && hasText(locale as never, key),
    }
    expect(problemsOf(files, noArabic)).toContainEqual(
      'scenes/e-service/errands/book-visit/pages.json: booking-day.blocks.0.text: no Arabic text (ar) for "eservice.day.heading"',
    )
  })

  it('refuses an expected option that is not among the options the page offers', () => {
    const files = booking()
    step(files, 'choose-help').complete.params.expected = 'taxes'
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: steps.1.complete.params.expected: "taxes" is not among the options',
    )
  })

  it('refuses a field that the step asks for but its page does not draw', () => {
    const files = booking()
    step(files, 'choose-help').complete.params.field = 'helper'
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: steps.1.complete.params.field: field "helper" is on no block of page "help"',
    )
  })

  it('refuses an unknown rule, listing the known ones', () => {
    const files = booking()
    step(files, 'read-booking').complete.rule = 'press'
    expect(problemsOf(files)).toContainEqual(
      expect.stringMatching(
        /book-visit\/task\.json: steps\.6\.complete\.rule: unknown rule "press"; known: activate, choose/,
      ),
    )
  })

  it('refuses a practice personnummer whose check digit is wrong', () => {
    const files = booking()
    files.practice = structuredClone(preschoolPractice)
    ;(files.practice.values['child-personnummer'] as { value: string }).value = '20240315-9822'
    expect(problemsOf(files)).toContainEqual(
      expect.stringMatching(
        /^scenes\/e-service\/errands\/book-visit\/practice\.json: values\.child-personnummer\.value: "20240315-9822" is not a valid personnummer/,
      ),
    )
  })

  it('refuses a duplicate step id', () => {
    const files = booking()
    step(files, 'read-booking').id = 'confirm-booking'
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: steps.6.id: duplicate step id "confirm-booking"',
    )
  })

  it('refuses a practice value that practice.json does not have', () => {
    const files = booking()
    step(files, 'enter-mobile').complete.params.expected = { $practice: 'guardian-phone' }
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: steps.4.complete.params.expected: no practice value "guardian-phone" in practice.json',
    )
  })

  it('refuses a task in a scene that does not exist', () => {
    const files = booking()
    files.task.scene = 'health-centre'
    expect(problemsOf(files)).toContainEqual(
      'scenes/e-service/errands/book-visit/task.json: scene: unknown scene "health-centre"',
    )
  })

  it('throws for the first broken package when the app loads them, naming its file', () => {
    const files = booking()
    delete files.pages.cancelled
    expect(() =>
      loadErrands(
        {
          [`../../${FOLDER}/task.json`]: files.task,
          [`../../${FOLDER}/pages.json`]: files.pages,
          [`../../${FOLDER}/practice.json`]: files.practice,
        },
        context,
      ),
    ).toThrow(/book-visit\/task\.json: steps\.9\.stage: no page for stage "cancelled"/)
  })
})
