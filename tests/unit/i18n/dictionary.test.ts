import { describe, expect, it } from 'vitest'
import { DICTIONARY, mergeTextFiles } from '../../../src/i18n/dictionary'
import { LOCALES } from '../../../src/i18n/locales'
import { loadTasks } from '../../../src/tasks/registry'
import { textKeysOf } from '../../../src/tasks/validate-tasks'

type TextFile = Record<string, string>

/** Every text file the dictionary reads, by its path from the repository root. */
const textFiles: Record<string, TextFile> = Object.fromEntries(
  Object.entries({
    ...import.meta.glob<TextFile>('../../../src/i18n/locales/*.json', { eager: true, import: 'default' }),
    ...import.meta.glob<TextFile>('../../../scenes/*/locales/*.json', { eager: true, import: 'default' }),
    ...import.meta.glob<TextFile>('../../../src/station/locales/*.json', { eager: true, import: 'default' }),
    ...import.meta.glob<TextFile>('../../../src/staff/locales/*.json', { eager: true, import: 'default' }),
  }).map(([path, texts]) => [path.replace(/^(\.\.\/)+/, ''), texts]),
)

const localeCodes = LOCALES.map((locale) => locale.code)
const folderOf = (path: string) => path.slice(0, path.lastIndexOf('/'))
const placeholdersOf = (text: string) => [...text.matchAll(/\{([\w-]+)\}/g)].map((match) => match[1]).sort()

describe('the locale files', () => {
  const folders = [...new Set(Object.keys(textFiles).map(folderOf))]

  it('exist for the app and every scene', () => {
    expect(folders).toEqual(
      expect.arrayContaining([
        'src/i18n/locales',
        'scenes/bank/locales',
        'scenes/lobby/locales',
        'src/station/locales',
        'src/staff/locales',
      ]),
    )
  })

  it.each(folders)('in %s have one file per language, with exactly the same keys', (folder) => {
    const keysByLocale = localeCodes.map((code) => {
      const file = textFiles[`${folder}/${code}.json`]
      expect(file, `${folder}/${code}.json`).toBeDefined()
      return Object.keys(file ?? {}).sort()
    })
    for (const keys of keysByLocale.slice(1)) expect(keys).toEqual(keysByLocale[0])
  })

  it('have no empty texts', () => {
    for (const [path, texts] of Object.entries(textFiles)) {
      for (const [key, text] of Object.entries(texts)) expect(text.trim(), `${path}: ${key}`).not.toBe('')
    }
  })
})

describe('DICTIONARY', () => {
  it('has exactly the same keys in every language', () => {
    const [first, ...others] = localeCodes.map((code) => Object.keys(DICTIONARY[code]).sort())
    expect(first?.length).toBeGreaterThan(0)
    for (const keys of others) expect(keys).toEqual(first)
  })

  it('has every text key that every task uses, in every language', () => {
    const missing = loadTasks().flatMap((task) =>
      textKeysOf(task).flatMap((key) =>
        localeCodes
          .filter((code) => DICTIONARY[code][key] === undefined)
          .map((code) => `${task.id}: ${code} ${key}`),
      ),
    )
    expect(missing).toEqual([])
  })

  it('uses the same placeholders in every language, so no value goes missing in translation', () => {
    const [reference, ...others] = localeCodes
    if (reference === undefined) throw new Error('no locales')
    for (const [key, text] of Object.entries(DICTIONARY[reference])) {
      for (const code of others) {
        expect(placeholdersOf(DICTIONARY[code][key] ?? ''), `${code} ${key}`).toEqual(placeholdersOf(text))
      }
    }
  })

  it('speaks Swedish in Swedish, English in English, Arabic in Arabic', () => {
    expect(DICTIONARY.sv['bank.task.title']).toBe('Betala en räkning')
    expect(DICTIONARY.en['bank.task.title']).toBe('Pay a bill')
    expect(DICTIONARY.ar['bank.task.title']).toBe('ادفع فاتورة')
    expect(DICTIONARY['sv-easy']['bank.task.title']).toBe('Betala en räkning')
  })

  // Web addresses and input masks such as 07X-XXX XX XX are what the visitor meets on real Swedish pages.
  it('writes every visible Arabic text in Arabic script, apart from names, codes, masks and web addresses', () => {
    const latinOnly = Object.entries(DICTIONARY.ar).filter(
      ([, text]) =>
        /\p{L}/u.test(text.replace(/\{[\w-]+\}/g, '')) &&
        !/[\u0600-\u06ff]/.test(text) &&
        !/^https?:\/\/\S+$/.test(text) &&
        !/^[0-9XYMDN -]+$/.test(text),
    )
    expect(latinOnly.map(([key]) => key).sort()).toEqual(['app.title', 'keyboard.shift'])
  })

  it('keeps easy-read Swedish sentences short: at most 15 words in a sentence', () => {
    const long = Object.entries(DICTIONARY['sv-easy']).flatMap(([key, text]) =>
      text
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => sentence.split(/\s+/).length > 15)
        .map((sentence) => `${key}: ${sentence}`),
    )
    expect(long).toEqual([])
  })
})

describe('mergeTextFiles', () => {
  it('merges the files of one language into one dictionary', () => {
    expect(
      mergeTextFiles({
        'src/i18n/locales/en.json': { 'app.title': 'Digidel' },
        'scenes/bank/locales/en.json': { 'bank.title': 'Bank' },
        'scenes/bank/locales/sv.json': { 'bank.title': 'Bank' },
      }),
    ).toEqual({ en: { 'app.title': 'Digidel', 'bank.title': 'Bank' }, sv: { 'bank.title': 'Bank' } })
  })

  it('refuses a key defined twice in one language, naming both files', () => {
    expect(() =>
      mergeTextFiles({
        'scenes/bank/locales/en.json': { 'shared.ok': 'OK' },
        'scenes/post/locales/en.json': { 'shared.ok': 'Fine' },
      }),
    ).toThrow(
      'scenes/post/locales/en.json: text key "shared.ok" is already defined in scenes/bank/locales/en.json',
    )
  })
})
