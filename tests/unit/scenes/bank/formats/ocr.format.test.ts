import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../../../../scenes/bank/bill'
import ocr from '../../../../../scenes/bank/formats/ocr.format'
import { mod10CheckDigit } from '../../../../../src/tasks/check-digit'
import { typeInto } from '../../../../../src/tasks/typing'

describe('format "ocr"', () => {
  it("accepts the bill's OCR reference, with or without spaces", () => {
    expect(ocr.validate(PRACTICE_BILL.ocr, PRACTICE_BILL.ocr)).toBeNull()
    expect(ocr.validate('3100 5712 68', PRACTICE_BILL.ocr)).toBeNull()
    expect(ocr.equals('3100 5712 68', PRACTICE_BILL.ocr)).toBe(true)
  })

  it('names a length other than the expected one before the check digit', () => {
    expect(ocr.validate(PRACTICE_BILL.ocr.slice(0, -1), PRACTICE_BILL.ocr)).toBe('wrong-length')
    expect(ocr.validate(`1${PRACTICE_BILL.ocr}`, PRACTICE_BILL.ocr)).toBe('wrong-length')
    expect(ocr.validate('3100571269', PRACTICE_BILL.ocr)).toBe('check-digit')
  })

  it('on its own, takes 2 to 25 digits with a valid check digit', () => {
    expect(ocr.validate('18')).toBeNull()
    expect(ocr.validate('1')).toBe('wrong-length')
    const longest = '1'.repeat(24) + mod10CheckDigit('1'.repeat(24))
    expect(ocr.validate(longest)).toBeNull()
    expect(ocr.validate(`1${longest}`)).toBe('wrong-length')
    expect(ocr.mistakeCodes).toEqual(['wrong-length', 'check-digit'])
  })

  it('takes digits only, up to 25, on the digits keyboard', () => {
    const typed = Array.from('31 00-57a12,68' + '1'.repeat(30)).reduce(
      (value, key) => typeInto(ocr, value, key),
      '',
    )
    expect(typed).toBe(`${PRACTICE_BILL.ocr}${'1'.repeat(15)}`)
    expect(ocr).toMatchObject({ kind: 'digits', keyboard: 'digits', maxLength: 25 })
  })
})
