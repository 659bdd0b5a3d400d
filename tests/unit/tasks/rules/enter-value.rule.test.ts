import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../../scenes/bank/bill'
import { digitsOnly, hasValidMod10CheckDigit, mod10CheckDigit } from '../../../../src/tasks/check-digit'
import enterValue from '../../../../src/tasks/rules/enter-value.rule'
import {
  codesOf,
  complete,
  ignored,
  judgeOf,
  mistake,
  paramProblems,
  press,
  submit,
} from '../../../fixtures/rules'

const rule = (field: string, expected: string, format: string) =>
  judgeOf(enterValue, { field, expected, format })

describe('rule "enter-value"', () => {
  it('ignores other fields, button presses and lists of options', () => {
    const judge = rule('ocr', PRACTICE_BILL.ocr, 'ocr')
    expect(judge(submit('amount', PRACTICE_BILL.ocr))).toEqual(ignored)
    expect(judge(press('bank.keypad.ok'))).toEqual(ignored)
    expect(judge(submit('ocr', [PRACTICE_BILL.ocr]))).toEqual(ignored)
  })

  it('reports an empty field as "empty" in every format', () => {
    for (const format of ['digits', 'amount', 'ocr', 'bankgiro', 'text', 'personnummer', 'phone-se']) {
      const valid: Record<string, string> = {
        bankgiro: PRACTICE_BILL.bankgiro,
        personnummer: '121212-1212',
        'phone-se': '070-123 45 67',
      }
      const expected = valid[format] ?? '18'
      const judge = rule('field', expected, format)
      expect(judge(submit('field', '')), format).toEqual(mistake('empty'))
      expect(judge(submit('field', '   ')), format).toEqual(mistake('empty'))
    }
  })

  it("asks for the field in the rule's format", () => {
    const params = enterValue.params.parse({ field: 'ocr', expected: PRACTICE_BILL.ocr, format: 'ocr' })
    expect(enterValue.field(params)).toEqual({ field: 'ocr', format: 'ocr' })
  })

  it("lists empty, the format's own codes and mismatch, in that order", () => {
    const codes = (format: string, expected = '18') => codesOf(enterValue, { field: 'f', expected, format })
    expect(codes('ocr')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('bankgiro', '5050-1055')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('amount')).toEqual(['empty', 'mismatch'])
    expect(codes('digits')).toEqual(['empty', 'mismatch'])
    expect(codes('text')).toEqual(['empty', 'mismatch'])
    expect(codes('date', '2025-03-01')).toEqual(['empty', 'invalid-date', 'mismatch'])
    expect(codes('personnummer', '19121212-1212')).toEqual([
      'empty',
      'wrong-length',
      'invalid-date',
      'check-digit',
      'mismatch',
    ])
    expect(codes('phone-se', '0701234567')).toEqual(['empty', 'wrong-length', 'not-mobile', 'mismatch'])
  })

  it('refuses an unknown format, a format that is not typed, and an expected value its format finds wrong', () => {
    expect(paramProblems(enterValue, { field: 'f', expected: '1', format: 'ocrx' })).toEqual([
      expect.stringMatching(/^format: unknown format "ocrx"; known: amount, bankgiro, date, digits, ocr, /),
    ])
    expect(paramProblems(enterValue, { field: 'f', expected: 'a', format: 'choice' })).toEqual([
      'format: format "choice" holds choice values; this rule takes text, digits, amount, date',
    ])
    expect(paramProblems(enterValue, { field: 'f', expected: '5050-1056', format: 'bankgiro' })).toEqual([
      'expected: "5050-1056" is no valid bankgiro value (check-digit)',
    ])
  })

  describe('format "digits"', () => {
    const judge = rule('pin', '0042', 'digits')

    it('completes on the same digits, leading zeros included', () => {
      expect(judge(submit('pin', '0042'))).toEqual(complete)
    })

    it('reports other digits as a mismatch', () => {
      expect(judge(submit('pin', '42'))).toEqual(mistake('mismatch'))
      expect(judge(submit('pin', '0024'))).toEqual(mistake('mismatch'))
    })
  })

  describe('format "amount"', () => {
    const judge = rule('amount', PRACTICE_BILL.amount, 'amount')

    it('treats 845, 845,00 and 845.0 as the same amount', () => {
      for (const same of ['845', '845,00', '845.0', '845,0', ' 845 ']) {
        expect(judge(submit('amount', same)), same).toEqual(complete)
      }
    })

    it('reports a different amount as a mismatch', () => {
      for (const other of ['854', '84,5', '845,50', '8450', '845,001', 'abc']) {
        expect(judge(submit('amount', other)), other).toEqual(mistake('mismatch'))
      }
    })
  })

  describe('format "ocr"', () => {
    const judge = rule('ocr', PRACTICE_BILL.ocr, 'ocr')
    const otherValidOcr = '310057125' + mod10CheckDigit('310057125')

    it("completes on the bill's OCR reference, with or without spaces", () => {
      expect(judge(submit('ocr', PRACTICE_BILL.ocr))).toEqual(complete)
      expect(judge(submit('ocr', '3100 5712 68'))).toEqual(complete)
    })

    it('reports a typo as a bad check digit', () => {
      expect(judge(submit('ocr', '3100571269'))).toEqual(mistake('check-digit'))
      expect(judge(submit('ocr', '3100517268'))).toEqual(mistake('check-digit'))
    })

    it('reports a valid OCR reference of another bill as a mismatch', () => {
      expect(judge(submit('ocr', otherValidOcr))).toEqual(mistake('mismatch'))
    })

    it('reports a missing or extra digit as a wrong length, even where mod 10 would pass', () => {
      expect(judge(submit('ocr', PRACTICE_BILL.ocr.slice(0, -1)))).toEqual(mistake('wrong-length'))
      const extra = PRACTICE_BILL.ocr.slice(0, 3) + '1' + PRACTICE_BILL.ocr.slice(3)
      expect(hasValidMod10CheckDigit(extra)).toBe(true)
      expect(judge(submit('ocr', extra))).toEqual(mistake('wrong-length'))
    })

    it('still refuses the one swap mod 10 cannot see (09 and 90), as a mismatch', () => {
      const expected = '1209' + mod10CheckDigit('1209')
      const swapped = '1290' + expected.slice(-1)
      expect(rule('ocr', expected, 'ocr')(submit('ocr', swapped))).toEqual(mistake('mismatch'))
    })
  })

  describe('format "bankgiro"', () => {
    const judge = rule('bankgiro', PRACTICE_BILL.bankgiro, 'bankgiro')

    it('ignores dashes and spaces', () => {
      for (const same of ['5050-1055', '50501055', '5050 1055', ' 505-01055 ']) {
        expect(judge(submit('bankgiro', same)), same).toEqual(complete)
      }
    })

    it('reports a typo as a bad check digit and another valid bankgiro as a mismatch', () => {
      expect(judge(submit('bankgiro', '5050-1056'))).toEqual(mistake('check-digit'))
      const otherBankgiro = '5050107' + mod10CheckDigit('5050107')
      expect(otherBankgiro).not.toBe(digitsOnly(PRACTICE_BILL.bankgiro))
      expect(judge(submit('bankgiro', otherBankgiro))).toEqual(mistake('mismatch'))
    })
  })

  describe('format "text"', () => {
    const judge = rule('name', 'Åsa Öberg', 'text')

    it('completes on the same words, whatever the case and the spaces', () => {
      for (const same of ['Åsa Öberg', 'åsa öberg', '  ÅSA   ÖBERG ']) {
        expect(judge(submit('name', same)), same).toEqual(complete)
      }
    })

    it('reports other words as a mismatch', () => {
      expect(judge(submit('name', 'Asa Oberg'))).toEqual(mistake('mismatch'))
      expect(judge(submit('name', 'Åsa'))).toEqual(mistake('mismatch'))
    })
  })

  describe('format "personnummer"', () => {
    const judge = rule('pnr', '19121212-1212', 'personnummer')

    it('completes on the same number in either form', () => {
      for (const same of ['19121212-1212', '191212121212', '121212-1212', '1212121212']) {
        expect(judge(submit('pnr', same)), same).toEqual(complete)
      }
    })

    it("gives the format's own codes before comparing", () => {
      expect(judge(submit('pnr', '121212-121'))).toEqual(mistake('wrong-length'))
      expect(judge(submit('pnr', '121312-1212'))).toEqual(mistake('invalid-date'))
      expect(judge(submit('pnr', '121212-1213'))).toEqual(mistake('check-digit'))
      expect(judge(submit('pnr', '811228-9874'))).toEqual(mistake('mismatch'))
    })
  })

  describe('format "phone-se"', () => {
    const judge = rule('mobile', '070-123 45 67', 'phone-se')

    it('completes on the same number written any usual way', () => {
      for (const same of [
        '0701234567',
        '070-123 45 67',
        '+46 70-123 45 67',
        '+46701234567',
        '0046701234567',
      ]) {
        expect(judge(submit('mobile', same)), same).toEqual(complete)
      }
    })

    it('tells a landline and a short number apart from another mobile number', () => {
      expect(judge(submit('mobile', '08-123 456 78'))).toEqual(mistake('not-mobile'))
      expect(judge(submit('mobile', '070-123 45'))).toEqual(mistake('wrong-length'))
      expect(judge(submit('mobile', '073-123 45 67'))).toEqual(mistake('mismatch'))
    })
  })
})
