import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../../../scenes/bank/bill'
import bankgiro from '../../../../../scenes/bank/formats/bankgiro.format'
import { mod10CheckDigit } from '../../../../../src/tasks/check-digit'
import { typeInto } from '../../../../../src/tasks/typing'

describe('format "bankgiro"', () => {
  it('ignores dashes and spaces', () => {
    for (const same of ['5050-1055', '50501055', '5050 1055', ' 505-01055 ']) {
      expect(bankgiro.validate(same, PRACTICE_BILL.bankgiro), same).toBeNull()
      expect(bankgiro.equals(same, PRACTICE_BILL.bankgiro), same).toBe(true)
    }
  })

  it('names a wrong length, then a wrong check digit', () => {
    expect(bankgiro.validate('5050-105', PRACTICE_BILL.bankgiro)).toBe('wrong-length')
    expect(bankgiro.validate('5050-1056', PRACTICE_BILL.bankgiro)).toBe('check-digit')
  })

  it('on its own, takes 7 or 8 digits with a valid check digit', () => {
    const seven = '505010' + mod10CheckDigit('505010')
    expect(bankgiro.validate(seven)).toBeNull()
    expect(bankgiro.validate(PRACTICE_BILL.bankgiro)).toBeNull()
    expect(bankgiro.validate('50501')).toBe('wrong-length')
    expect(bankgiro.validate('5050-10552')).toBe('wrong-length')
  })

  it('shows the number with a dash before the last four digits', () => {
    expect(bankgiro.display('50501055')).toBe('5050-1055')
    expect(bankgiro.display('5051234')).toBe('505-1234')
    expect(bankgiro.display('12')).toBe('12')
  })

  it('takes digits only', () => {
    expect(Array.from('5050-1055').reduce((value, key) => typeInto(bankgiro, value, key), '')).toBe(
      '50501055',
    )
  })
})
