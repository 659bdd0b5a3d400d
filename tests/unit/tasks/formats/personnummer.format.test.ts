import { describe, expect, it } from 'vitest'
import { hasValidMod10CheckDigit, mod10CheckDigit } from '../../../../src/tasks/check-digit'
import personnummer from '../../../../src/tasks/formats/personnummer.format'
import { typeInto } from '../../../../src/tasks/typing'

/**
 * Fictional numbers whose check digits were worked out by hand with Luhn over the ten digits from YYMMDD:
 * 121212-1212: 2 1 2 1 2 1 2 1 2 1 from the right, every second doubled: 5 × 2 + 5 × 2 = 20.
 * 811228-9874: Skatteverket's own example number.
 */
const VALID = [
  '19121212-1212',
  '121212-1212',
  '191212121212',
  '1212121212',
  '811228-9874',
  '19811228-9874',
  '000229-1235', // 29 February 2000, a leap day
  '701063-2391', // a coordination number: day 63 is the 3rd
  '121212+1212', // "+": someone 100 or older
] as const

describe('format "personnummer"', () => {
  it('accepts valid numbers in every usual form', () => {
    for (const number of VALID) expect(personnummer.validate(number), number).toBeNull()
  })

  it('agrees with the shared Luhn helper on the check digits above', () => {
    expect(mod10CheckDigit('121212121')).toBe('2')
    expect(mod10CheckDigit('811228987')).toBe('4')
    expect(hasValidMod10CheckDigit('1212121212')).toBe(true)
  })

  it('reports every wrong last digit as "check-digit"', () => {
    for (let digit = 0; digit <= 9; digit++) {
      if (digit === 4) continue
      const number = `811228-987${digit}`
      expect(personnummer.validate(number), number).toBe('check-digit')
    }
    expect(personnummer.validate('121212-1221')).toBe('check-digit') // two digits swapped
  })

  it('reports a birth date that does not exist as "invalid-date"', () => {
    const withCheckDigit = (body: string) => body + mod10CheckDigit(body)
    expect(personnummer.validate(withCheckDigit('121312121'))).toBe('invalid-date') // month 13
    expect(personnummer.validate(withCheckDigit('120431121'))).toBe('invalid-date') // 31 April
    expect(personnummer.validate(withCheckDigit('010229123'))).toBe('invalid-date') // 1901 and 2001: no leap day
    expect(personnummer.validate(`1901${withCheckDigit('0229123')}`)).toBe('invalid-date')
    expect(personnummer.validate(withCheckDigit('120100121'))).toBe('invalid-date') // day 0
  })

  it('reports too few or too many digits, or a misplaced dash, as "wrong-length"', () => {
    for (const bad of [
      '121212-121',
      '121212-12121',
      '12121212',
      '1912121212121',
      '1212-121212',
      '',
      'abcdef-ghij',
    ]) {
      expect(personnummer.validate(bad), bad).toBe('wrong-length')
    }
    expect(personnummer.mistakeCodes).toEqual(['wrong-length', 'invalid-date', 'check-digit'])
  })

  it('treats the ten- and twelve-digit forms of one number as equal', () => {
    expect(personnummer.equals('19121212-1212', '121212-1212')).toBe(true)
    expect(personnummer.equals('1212121212', '121212 - 1212')).toBe(true)
    expect(personnummer.equals('121212-1212', '811228-9874')).toBe(false)
  })

  it('takes digits and one dash or plus after the date, on the digits keyboard', () => {
    const typed = (keys: string) =>
      Array.from(keys).reduce((value, key) => typeInto(personnummer, value, key), '')
    expect(typed('121212-1212')).toBe('121212-1212')
    expect(typed('19121212-1212')).toBe('19121212-1212')
    expect(typed('12-1212-1212a')).toBe('121212-1212')
    expect(typed('19121212121299')).toBe('1912121212129')
    expect(personnummer).toMatchObject({ kind: 'digits', keyboard: 'digits', maxLength: 13 })
  })

  it('shows the number with its dash', () => {
    expect(personnummer.display('1212121212')).toBe('121212-1212')
    expect(personnummer.display('191212121212')).toBe('19121212-1212')
    expect(personnummer.display('121212+1212')).toBe('121212+1212')
  })
})
