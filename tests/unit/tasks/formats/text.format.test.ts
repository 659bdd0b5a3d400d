import { describe, expect, it } from 'vitest'
import text from '../../../../src/tasks/formats/text.format'
import { typeInto } from '../../../../src/tasks/typing'

const typed = (keys: string) => Array.from(keys).reduce((value, key) => typeInto(text, value, key), '')

describe('format "text"', () => {
  it('takes letters of every language, å, ä and ö included, digits, spaces and punctuation', () => {
    expect(typed('Åsa Öberg, Väg 3')).toBe('Åsa Öberg, Väg 3')
    expect(typed('åäöÅÄÖéüß')).toBe('åäöÅÄÖéüß')
    expect(typed('anna@example.se')).toBe('anna@example.se')
    expect(typed('سارة')).toBe('سارة')
  })

  it('ignores control characters, a leading space and a second space in a row', () => {
    expect(typed(' a\u0000\tb  c\n')).toBe('ab c')
  })

  it('takes at most 32 characters and opens the text keyboard', () => {
    expect(Array.from(typed('x'.repeat(40)))).toHaveLength(32)
    expect(text).toMatchObject({ kind: 'text', keyboard: 'text', maxLength: 32, mistakeCodes: [] })
  })

  it('compares as people read: case and extra spaces do not matter, letters do', () => {
    expect(text.equals(' Åsa  Öberg ', 'åsa öberg')).toBe(true)
    expect(text.equals('Åsa', 'Asa')).toBe(false)
    expect(text.validate('anything')).toBeNull()
  })
})
