import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { digitsOnly, hasValidMod10CheckDigit, mod10CheckDigit } from '../../../src/tasks/check-digit'
import { RULE_PARAM_SCHEMAS, RULES, type RuleInput } from '../../../src/tasks/rules'

const complete = { kind: 'complete' }
const ignored = { kind: 'ignored' }
const mistake = (code: string) => ({ kind: 'mistake', code })

const press = (target: string): RuleInput => ({ type: 'activate', target })
const submit = (field: string, value: string): RuleInput => ({ type: 'submit', field, value })

describe('rule "activate"', () => {
  const params = RULE_PARAM_SCHEMAS.activate.parse({
    target: 'bank.phone.confirm',
    wrongTargets: { 'bank.phone.cancel': 'cancelled' },
  })
  const judge = (input: RuleInput) => RULES.activate(params, input)

  it('completes when the target is activated', () => {
    expect(judge(press('bank.phone.confirm'))).toEqual(complete)
  })

  it('reports a listed wrong target as a mistake with its code', () => {
    expect(judge(press('bank.phone.cancel'))).toEqual(mistake('cancelled'))
  })

  it('ignores any other target and any typed value', () => {
    expect(judge(press('bank.bill'))).toEqual(ignored)
    expect(judge(submit('bank.phone.confirm', '1'))).toEqual(ignored)
  })

  it('ignores every other target when no wrong targets are listed', () => {
    const plain = RULE_PARAM_SCHEMAS.activate.parse({ target: 'bank.bill' })
    expect(RULES.activate(plain, press('bank.bill'))).toEqual(complete)
    expect(RULES.activate(plain, press('bank.phone.cancel'))).toEqual(ignored)
  })
})

describe('rule "enter-value"', () => {
  const rule = (field: string, expected: string, format: 'digits' | 'amount' | 'ocr' | 'bankgiro') => {
    const params = RULE_PARAM_SCHEMAS['enter-value'].parse({ field, expected, format })
    return (input: RuleInput) => RULES['enter-value'](params, input)
  }

  it('ignores other fields and button presses', () => {
    const judge = rule('ocr', PRACTICE_BILL.ocr, 'ocr')
    expect(judge(submit('amount', PRACTICE_BILL.ocr))).toEqual(ignored)
    expect(judge(press('bank.keypad.ok'))).toEqual(ignored)
  })

  it('reports an empty field as "empty" in every format', () => {
    for (const format of ['digits', 'amount', 'ocr', 'bankgiro'] as const) {
      const judge = rule('field', '18', format)
      expect(judge(submit('field', '')), format).toEqual(mistake('empty'))
      expect(judge(submit('field', '   ')), format).toEqual(mistake('empty'))
    }
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
})
