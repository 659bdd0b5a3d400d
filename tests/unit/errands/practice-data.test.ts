import { describe, expect, it } from 'vitest'
import {
  checkPracticeData,
  isPracticeRef,
  practiceValues,
  resolvePracticeRef,
  type PracticeData,
} from '../../../src/errands/practice-data'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import billPractice from '../../../scenes/bank/errands/pay-bill/practice.json'

const FAMILY: PracticeData = {
  values: {
    'child-personnummer': { value: '20240315-9821', format: 'personnummer' },
    'guardian-mobile': { value: '070-174 06 52', format: 'phone-se' },
    'visit-date': { daysFromToday: 3 },
  },
}

describe('practice data', () => {
  it('accepts every package in the repository', () => {
    const files = import.meta.glob<unknown>('../../../scenes/*/errands/*/practice.json', {
      eager: true,
      import: 'default',
    })
    expect(Object.keys(files).length).toBeGreaterThanOrEqual(3)
    for (const [file, data] of Object.entries(files)) expect(checkPracticeData(data), file).toEqual([])
  })

  it('refuses a personnummer with a wrong check digit, naming its path', () => {
    const data = { values: { 'child-personnummer': { value: '20240315-9822', format: 'personnummer' } } }
    expect(checkPracticeData(data)).toEqual([
      {
        path: ['values', 'child-personnummer', 'value'],
        message: expect.stringContaining('check-digit'),
      },
    ])
  })

  it('refuses an unknown format, a bad name and a value of the wrong shape', () => {
    expect(checkPracticeData({ values: { 'bill-ocr': { value: '1', format: 'nope' } } })).toEqual([
      { path: ['values', 'bill-ocr', 'format'], message: 'unknown format "nope"' },
    ])
    expect(checkPracticeData({ values: { BillOcr: { value: '1' } } })[0]?.path).toEqual(['values', 'BillOcr'])
    expect(checkPracticeData({ values: { 'bill-ocr': { daysFromToday: 'soon' } } })[0]?.path).toEqual([
      'values',
      'bill-ocr',
    ])
  })

  it('prints values in their format and dates in the visitor’s language', () => {
    const startedAt = Date.UTC(2026, 11, 7, 9)
    expect(practiceValues(FAMILY, 'sv', startedAt)).toEqual({
      'child-personnummer': '20240315-9821',
      'guardian-mobile': '070-174 06 52',
      'visit-date': '10 december 2026',
    })
    expect(practiceValues(FAMILY, 'en', startedAt)['visit-date']).toBe('10 December 2026')
    expect(practiceValues(billPractice as PracticeData, 'sv', startedAt)['bill-amount']).toBe('845,00')
  })

  it('resolves a reference to the raw value a task expects', () => {
    expect(isPracticeRef({ $practice: 'guardian-mobile' })).toBe(true)
    expect(isPracticeRef('guardian-mobile')).toBe(false)
    expect(resolvePracticeRef({ $practice: 'guardian-mobile' }, FAMILY)).toBe('070-174 06 52')
    expect(() => resolvePracticeRef({ $practice: 'nobody' }, FAMILY)).toThrow(/nobody/)
  })

  it('is where the bill the tasks expect comes from', () => {
    expect(PRACTICE_BILL).toEqual({
      payee: 'Stadens Energi AB',
      bankgiro: '5050-1055',
      ocr: '3100571268',
      amount: '845',
      dueInDays: 10,
      lateByDays: 6,
    })
  })
})
