import { describe, expect, it } from 'vitest'
import { checkErrandFile } from '../../../../src/errands/errand-file'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import { taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { STUDIO_CONTEXT } from '../../../../src/staff/studio/errand-context'
import { setParam, setText } from '../../../../src/staff/studio/errand-edits'
import { formFields, placeProblems, problemField } from '../../../../src/staff/studio/problem-fields'

function copy() {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === 'book-visit')
  if (!found) throw new Error('no book-visit')
  return withTaskId(found.file, 'adviser', (locale, key) => DICTIONARY[locale][key])
}

function placed(file: ReturnType<typeof copy>) {
  const result = checkErrandFile(file, STUDIO_CONTEXT)
  if (!('problems' in result)) throw new Error('expected problems')
  return placeProblems(result.problems, formFields(file.files))
}

describe('each problem shows beside its field', () => {
  it('puts a missing translation at that language’s text field', () => {
    const file = setText(copy(), 'ar', 'adviser.eservice.step.pick-time', '')
    const at = placed(file)
    expect(at.get('text:ar:adviser.eservice.step.pick-time')).toEqual([
      'no Arabic text (ar) for "adviser.eservice.step.pick-time"',
    ])
    expect([...at.keys()]).toEqual(['text:ar:adviser.eservice.step.pick-time'])
  })

  it('puts a bad time at the times of its step, and a bad earliest day at that field', () => {
    const file = setParam(copy(), 3, ['times', 1], '25:00')
    expect([...placed(file).keys()]).toEqual(['task.json#steps.3.complete.params.times'])
    const tooFar = setParam(copy(), 2, ['earliest'], { days: 99999 })
    expect([...placed(tooFar).keys()]).toEqual(['task.json#steps.2.complete.params.earliest'])
  })

  it('reads the text field of a document’s missing text and of an own text under another errand’s id', () => {
    expect(
      problemField('document.json', { path: ['titleKey'], message: 'text key "a.b" is missing in sv-easy' }),
    ).toBe('text:sv-easy:a.b')
    expect(problemField('texts.en', { path: ['pay-bill.title'], message: 'must start with…' })).toBe(
      'text:en:pay-bill.title',
    )
  })

  it('falls back to the nearest field, and to the file, for a path the forms do not show', () => {
    const fields = formFields(copy().files)
    const at = placeProblems(
      {
        'task.json': [{ path: ['steps', 1, 'complete', 'params', 'unknown'], message: 'unrecognized key' }],
        'pages.json': [{ path: ['help', 'blocks', 3, 'id'], message: 'bad id' }],
        'practice.json': [{ path: ['values'], message: 'bad' }],
      },
      fields,
    )
    expect(Object.fromEntries(at)).toEqual({
      'task.json#steps.1.complete': ['unrecognized key'],
      'pages.json#help.blocks.3': ['bad id'],
      'practice.json#': ['bad'],
    })
  })
})
