import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { digitsOnly, hasValidMod10CheckDigit, mod10CheckDigit } from '../../../src/tasks/check-digit'

const billOcr = PRACTICE_BILL.ocr
const billBankgiro = digitsOnly(PRACTICE_BILL.bankgiro)

/** Every number that differs from `digits` in exactly one position. */
function oneDigitTypos(digits: string): string[] {
  const typos: string[] = []
  for (let i = 0; i < digits.length; i++) {
    for (let d = 0; d <= 9; d++) {
      if (String(d) !== digits[i]) typos.push(digits.slice(0, i) + d + digits.slice(i + 1))
    }
  }
  return typos
}

/** Every number made by swapping two neighbouring, different digits. */
function adjacentTranspositions(digits: string): { swapped: string; pair: string }[] {
  const out: { swapped: string; pair: string }[] = []
  for (let i = 0; i + 1 < digits.length; i++) {
    const a = digits.charAt(i)
    const b = digits.charAt(i + 1)
    if (a !== b) out.push({ swapped: digits.slice(0, i) + b + a + digits.slice(i + 2), pair: a + b })
  }
  return out
}

describe('hasValidMod10CheckDigit', () => {
  it("accepts the practice bill's own OCR reference and bankgiro number", () => {
    expect(hasValidMod10CheckDigit(billOcr)).toBe(true)
    expect(hasValidMod10CheckDigit(billBankgiro)).toBe(true)
  })

  it('accepts other valid numbers and rejects them with a wrong last digit', () => {
    // The textbook Luhn example and two numbers made valid by mod10CheckDigit.
    for (const valid of ['79927398713', '12345674', '4000000000000002']) {
      expect(hasValidMod10CheckDigit(valid)).toBe(true)
      const wrongLast = valid.slice(0, -1) + ((Number(valid.at(-1)) + 1) % 10)
      expect(hasValidMod10CheckDigit(wrongLast)).toBe(false)
    }
  })

  it('catches every one-digit typo in the OCR reference and the bankgiro number', () => {
    for (const number of [billOcr, billBankgiro]) {
      const missed = oneDigitTypos(number).filter(hasValidMod10CheckDigit)
      expect(missed).toEqual([])
    }
  })

  it('catches every swap of two neighbouring digits (except 0 and 9, which mod 10 cannot tell apart)', () => {
    for (const number of [billOcr, billBankgiro, '79927398713']) {
      const swaps = adjacentTranspositions(number).filter(({ pair }) => pair !== '09' && pair !== '90')
      expect(swaps.length).toBeGreaterThan(0)
      expect(swaps.filter(({ swapped }) => hasValidMod10CheckDigit(swapped))).toEqual([])
    }
  })

  it('rejects anything but 2 to 25 plain digits', () => {
    expect(hasValidMod10CheckDigit(PRACTICE_BILL.bankgiro)).toBe(false) // the dash: clean with digitsOnly first
    for (const bad of ['', '0', ' 3100571268', '3100 571268', '31005712a8', '-18', '３１']) {
      expect(hasValidMod10CheckDigit(bad), JSON.stringify(bad)).toBe(false)
    }
    expect(hasValidMod10CheckDigit('18')).toBe(true)
    expect(hasValidMod10CheckDigit('0'.repeat(25))).toBe(true)
    expect(hasValidMod10CheckDigit('0'.repeat(26))).toBe(false)
  })
})

describe('mod10CheckDigit', () => {
  it("computes the bill's check digits from the rest of the number", () => {
    expect(mod10CheckDigit(billOcr.slice(0, -1))).toBe(billOcr.slice(-1))
    expect(mod10CheckDigit(billBankgiro.slice(0, -1))).toBe(billBankgiro.slice(-1))
  })

  it('refuses a body that is not digits', () => {
    expect(() => mod10CheckDigit('12a')).toThrow(/not a digit string/)
  })
})

describe('digitsOnly', () => {
  it('drops the dashes and spaces people type in bankgiro and OCR numbers', () => {
    expect(digitsOnly('5050-1055')).toBe('50501055')
    expect(digitsOnly(' 3100 5712 68 ')).toBe('3100571268')
    expect(digitsOnly('--')).toBe('')
  })
})
