import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { TextKey } from '../../../src/i18n/text-key'
import { translatorFor } from '../../../src/i18n/translator'

const ROOT = resolve(import.meta.dirname, '../../..')

/** Every Swedish text file the dictionary merges, by its path from the repository root. */
const swedishFiles = Object.keys({
  ...import.meta.glob('../../../src/i18n/locales/sv.json'),
  ...import.meta.glob('../../../scenes/*/locales/sv.json'),
  ...import.meta.glob('../../../scenes/*/errands/*/texts/sv.json'),
  ...import.meta.glob('../../../src/station/locales/sv.json'),
  ...import.meta.glob('../../../src/staff/locales/sv.json'),
}).map((path) => path.replace(/^(\.\.\/)+/, ''))

/** The Swedish files `TextKey` is derived from, by their path from the repository root. */
function filesOfTextKey(): string[] {
  const source = readFileSync(join(ROOT, 'src/i18n/text-key.ts'), 'utf8')
  return [...source.matchAll(/^import type \w+ from '([^']+\.json)'$/gm)].map((match) =>
    join('src/i18n', match[1] ?? '').replace(/^\.\//, ''),
  )
}

describe('TextKey', () => {
  it('is derived from every Swedish text file the dictionary merges, so no key of code is left unchecked', () => {
    expect(swedishFiles.length).toBeGreaterThan(5)
    expect(filesOfTextKey().sort()).toEqual(swedishFiles.sort())
  })

  it('takes a key of the locale files and refuses one that is not (checked by tsc)', () => {
    expectTypeOf<'bank.task.title'>().toExtend<TextKey>()
    expectTypeOf<'settings.text-size.large'>().toExtend<TextKey>()
    expectTypeOf<'bank.task.titel'>().not.toExtend<TextKey>()
    // The JSON module's default export is no text.
    expectTypeOf<'default'>().not.toExtend<TextKey>()
  })
})

describe('translatorFor', () => {
  const t = translatorFor('sv')

  it('looks up a key written in code', () => {
    expect(t('bank.task.title')).toBe('Betala en räkning')
    expect(translatorFor('en')('bank.task.title')).toBe('Pay a bill')
  })

  it('looks up a key from data, and shows a key from data that has no text as the key itself', () => {
    const fromData: string = 'bank.task.title'
    expect(t.data(fromData)).toBe('Betala en räkning')
    expect(t.data('errand.nowhere.title')).toBe('errand.nowhere.title')
  })

  it('fills in placeholders', () => {
    expect(translatorFor('en')('task.step-of', { n: 2, count: 5 })).toMatch(/2.*5/)
  })

  it('does not take a key of code that is not in the locale files', () => {
    // @ts-expect-error an unknown key fails type-checking
    expect(t('bank.task.titel')).toBe('bank.task.titel')
  })
})
