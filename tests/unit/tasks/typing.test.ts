import { describe, expect, it } from 'vitest'
import amount from '../../../src/tasks/formats/amount.format'
import text from '../../../src/tasks/formats/text.format'
import { typeInto } from '../../../src/tasks/typing'

describe('typeInto', () => {
  it('adds a character the format accepts there', () => {
    expect(typeInto(text, 'Ås', 'a')).toBe('Åsa')
    expect(typeInto(amount, '8', ',')).toBe('8,')
    expect(typeInto(amount, '8,', ',')).toBe('8,')
  })

  it('removes the last character, a letter like å as one, or clears the field', () => {
    expect(typeInto(text, 'Gävle', 'backspace')).toBe('Gävl')
    expect(typeInto(text, 'på', 'backspace')).toBe('p')
    expect(typeInto(text, '', 'backspace')).toBe('')
    expect(typeInto(text, 'Gävle', 'clear')).toBe('')
  })

  it('ignores key names and several characters at once', () => {
    expect(typeInto(text, 'a', 'Shift')).toBe('a')
    expect(typeInto(text, 'a', 'bc')).toBe('a')
  })

  it("stops at the format's length", () => {
    expect(typeInto(amount, '123456789,00', '1')).toBe('123456789,00')
  })
})
