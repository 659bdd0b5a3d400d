import { describe, expect, it } from 'vitest'
import digits from '../../../../src/tasks/formats/digits.format'
import { typeInto } from '../../../../src/tasks/typing'

describe('format "digits"', () => {
  it('takes digits only, on the digits keyboard', () => {
    const typed = Array.from('12a,b-3 4ö').reduce((value, key) => typeInto(digits, value, key), '')
    expect(typed).toBe('1234')
    expect(digits).toMatchObject({ kind: 'digits', keyboard: 'digits', mistakeCodes: [] })
  })

  it('compares the digits, leading zeros included, whatever spaces surround them', () => {
    expect(digits.equals('0042', ' 00 42 ')).toBe(true)
    expect(digits.equals('0042', '42')).toBe(false)
  })
})
