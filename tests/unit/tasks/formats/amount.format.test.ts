import { describe, expect, it } from 'vitest'
import amount from '../../../../src/tasks/formats/amount.format'
import { typeInto } from '../../../../src/tasks/typing'

const typed = (keys: string) => Array.from(keys).reduce((value, key) => typeInto(amount, value, key), '')

describe('format "amount"', () => {
  it('takes digits and one decimal comma, on the amount keyboard', () => {
    expect(typed('8,,4a5')).toBe('8,45')
    expect(typed('845.50')).toBe('84550')
    expect(amount).toMatchObject({ kind: 'amount', keyboard: 'amount', maxLength: 12, mistakeCodes: [] })
  })

  it('compares in whole öre', () => {
    for (const same of ['845', '845,00', '845.0', '845,0', ' 845 ', '0845']) {
      expect(amount.equals(same, '845'), same).toBe(true)
    }
    for (const other of ['854', '84,5', '845,50', '8450', '845,001', 'abc', '']) {
      expect(amount.equals(other, '845'), other).toBe(false)
    }
  })

  it('shows kronor and öre with a decimal comma', () => {
    expect(amount.display('845')).toBe('845,00')
    expect(amount.display('12.5')).toBe('12,50')
    expect(amount.display('abc')).toBe('abc')
  })
})
