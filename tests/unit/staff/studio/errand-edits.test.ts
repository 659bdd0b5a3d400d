import { describe, expect, it } from 'vitest'
import { checkErrandFile, type ErrandFile } from '../../../../src/errands/errand-file'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import { taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { STUDIO_CONTEXT } from '../../../../src/staff/studio/errand-context'
import {
  addOption,
  addStep,
  moveStep,
  removeStep,
  setParam,
  setRule,
  setText,
  stepsOf,
} from '../../../../src/staff/studio/errand-edits'

function copyOfBookVisit(): ErrandFile {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === 'book-visit')
  if (!found) throw new Error('no book-visit')
  return withTaskId(found.file, 'adviser', (locale, key) => DICTIONARY[locale][key])
}

const ids = (file: ErrandFile) => stepsOf(file).map((step) => step.id)
const problemsOf = (file: ErrandFile) => {
  const result = checkErrandFile(file, STUDIO_CONTEXT)
  return 'problems' in result ? result.problems : {}
}

describe('the forms write the errand file', () => {
  it('adds, moves and removes steps', () => {
    const file = copyOfBookVisit()
    const added = addStep(file, 0)
    expect(ids(added).slice(0, 3)).toEqual(['start-booking', 'step-11', 'choose-help'])
    const step = stepsOf(added)[1]
    expect(step?.textKey).toBe('adviser.step-11.text')
    expect(step?.stage).toBe('home')
    expect(ids(moveStep(added, 1, 2)).slice(0, 3)).toEqual(['start-booking', 'choose-help', 'step-11'])
    expect(ids(removeStep(added, 1))).toEqual(ids(file))
    // Moving past either end changes nothing.
    expect(moveStep(file, 0, -1)).toBe(file)
  })

  it('gives a newly chosen rule its parameters and a feedback text to write for each mistake it can give', () => {
    const file = copyOfBookVisit()
    const chosen = setRule(file, 0, 'pick-time')
    const step = stepsOf(chosen)[0]
    expect(step?.complete).toEqual({
      rule: 'pick-time',
      params: { field: 'start-booking', times: expect.any(Array) },
    })
    expect(Object.keys(step?.feedback ?? {})).toEqual(['empty'])
    // Marking a time as taken makes "taken" a mistake the step can give, so it gets its own feedback text.
    const taken = setParam(chosen, 0, ['taken'], ['09:00'])
    expect(stepsOf(taken)[0]?.feedback).toEqual({
      empty: 'adviser.start-booking.feedback.empty',
      taken: 'adviser.start-booking.feedback.taken',
    })
  })

  it('changes the free times and a step text, and the file still passes the checks once every language has it', () => {
    let file = copyOfBookVisit()
    file = setParam(file, 3, ['taken'], ['09:30'])
    file = setText(file, 'en', 'adviser.eservice.step.pick-time', 'Pick a free time with the adviser.')
    expect(problemsOf(file)).toEqual({})
    // A text removed in Arabic is a problem until it is written again.
    const missing = setText(file, 'ar', 'adviser.eservice.step.pick-time', '')
    expect(JSON.stringify(problemsOf(missing))).toContain('adviser.eservice.step.pick-time')
    expect(problemsOf(setText(missing, 'ar', 'adviser.eservice.step.pick-time', 'اختر وقتًا'))).toEqual({})
  })

  it('adds an option to a choice with its own label key', () => {
    const file = addOption(copyOfBookVisit(), 1)
    const options = (stepsOf(file)[1]?.complete as { params: { options: { id: string; label: string }[] } })
      .params.options
    expect(options.at(-1)).toEqual({ id: 'option-5', label: 'adviser.choose-help.option.option-5' })
  })
})
