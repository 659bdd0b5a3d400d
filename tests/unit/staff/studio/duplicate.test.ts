import { describe, expect, it } from 'vitest'
import { LOCALES } from '../../../../src/domain/locales'
import { checkErrandFile } from '../../../../src/errands/errand-file'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { builtInErrands } from '../../../../src/staff/studio/builtin-errands'
import { freshTaskId, keyUnder, taskIdOf, withTaskId } from '../../../../src/staff/studio/duplicate'
import { STUDIO_CONTEXT } from '../../../../src/staff/studio/errand-context'
import { errandTextKeys } from '../../../../src/staff/studio/text-keys'

const appText = (locale: (typeof LOCALES)[number]['code'], key: string) => DICTIONARY[locale][key]

function builtIn(id: string) {
  const found = builtInErrands().find(({ file }) => taskIdOf(file) === id)
  if (!found) throw new Error(`no built-in errand ${id}`)
  return found.file
}

describe('duplicating an errand', () => {
  it('lists every built-in package of scenes/ as a one-file errand', () => {
    const ids = builtInErrands().map(({ file }) => taskIdOf(file))
    expect(ids).toEqual(expect.arrayContaining(['book-visit', 'pay-bill', 'apply-preschool']))
  })

  it('makes a copy of every built-in errand that passes the same checks as a published one', () => {
    for (const { file } of builtInErrands()) {
      const copy = withTaskId(file, `${taskIdOf(file)}-copy`, appText)
      const result = checkErrandFile(copy, STUDIO_CONTEXT)
      expect('problems' in result ? result.problems : {}, taskIdOf(file)).toEqual({})
    }
  })

  it('moves every text of the copy under its new id, with the original texts in all four languages', () => {
    const original = builtIn('book-visit')
    const copy = withTaskId(original, 'book-adviser', appText)
    expect(taskIdOf(copy)).toBe('book-adviser')
    const keys = errandTextKeys(copy.files).map(({ key }) => key)
    expect(keys.length).toBeGreaterThan(20)
    for (const key of keys) expect(key.startsWith('book-adviser.')).toBe(true)
    const step = (copy.files['task.json'] as { steps: { textKey: string }[] }).steps[3]
    expect(step?.textKey).toBe('book-adviser.eservice.step.pick-time')
    for (const { code } of LOCALES) {
      expect(copy.texts[code]['book-adviser.eservice.step.pick-time']).toBe(
        DICTIONARY[code]['eservice.step.pick-time'],
      )
    }
    // The original is untouched: editing the copy's texts can never change it.
    expect((original.files['task.json'] as { steps: { textKey: string }[] }).steps[3]?.textKey).toBe(
      'eservice.step.pick-time',
    )
  })

  it('renames a copy of a copy without nesting the ids, and finds a free id', () => {
    expect(keyUnder('b', 'a', 'a.eservice.x')).toBe('b.eservice.x')
    expect(keyUnder('b', 'a', 'eservice.x')).toBe('b.eservice.x')
    expect(freshTaskId('book-visit', new Set(['book-visit']))).toBe('book-visit-copy')
    expect(freshTaskId('book-visit-copy', new Set(['book-visit-copy']))).toBe('book-visit-copy-2')
    const twice = withTaskId(withTaskId(builtIn('book-visit'), 'one', appText), 'two', appText)
    expect(
      Object.keys(twice.texts.en).every((key) => key.startsWith('two.') && !key.startsWith('two.one.')),
    ).toBe(true)
  })
})
