import { describe, expect, it } from 'vitest'
import phone from '../../../../src/tasks/formats/phone-se.format'
import { typeInto } from '../../../../src/tasks/typing'

describe('format "phone-se"', () => {
  it('accepts a Swedish mobile number written any usual way', () => {
    for (const number of [
      '0701234567',
      '070-123 45 67',
      '072-123 45 67',
      '073 1234567',
      '076-1234567',
      '079-123 45 67',
    ]) {
      expect(phone.validate(number), number).toBeNull()
    }
    for (const number of ['+46701234567', '+46 70-123 45 67', '0046 70 123 45 67']) {
      expect(phone.validate(number), number).toBeNull()
    }
  })

  it('reports a landline, a foreign number and a non-mobile 07 prefix as "not-mobile"', () => {
    for (const number of [
      '08-123 456 78',
      '031-123 45 67',
      '+1 555 123 4567',
      '074-123 45 67',
      '+46 8 123 456 78',
    ]) {
      expect(phone.validate(number), number).toBe('not-mobile')
    }
  })

  it('reports too few or too many digits as "wrong-length"', () => {
    for (const number of ['070-123 45 6', '070-123 45 678', '07', '+46 70']) {
      expect(phone.validate(number), number).toBe('wrong-length')
    }
    expect(phone.mistakeCodes).toEqual(['wrong-length', 'not-mobile'])
  })

  it('treats the national and international forms as equal, and shows the national one', () => {
    expect(phone.equals('+46 70-123 45 67', '0701234567')).toBe(true)
    expect(phone.equals('0701234567', '0701234568')).toBe(false)
    expect(phone.display('+46701234567')).toBe('070-123 45 67')
  })

  it('takes digits, a leading plus and single spaces or dashes, on the phone keyboard', () => {
    const typed = (keys: string) => Array.from(keys).reduce((value, key) => typeInto(phone, value, key), '')
    expect(typed('+46 70-123 45 67')).toBe('+46 70-123 45 67')
    expect(typed(' 0+70--1a2')).toBe('070-12')
    expect(phone).toMatchObject({ kind: 'digits', keyboard: 'phone', maxLength: 16 })
  })
})
