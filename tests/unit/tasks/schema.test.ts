import { describe, expect, it } from 'vitest'
import { mistakeCodesOf, stepSchema, type StepRule } from '../../../src/tasks/schema'

const ruleOf = (complete: unknown): StepRule =>
  stepSchema.parse({
    id: 'step',
    textKey: 'step.text',
    targets: ['target'],
    complete,
    hints: ['step.hint'],
    feedback: {
      empty: 'f',
      mismatch: 'f',
      'wrong-length': 'f',
      'check-digit': 'f',
      cancelled: 'f',
      'wrong-menu': 'f',
    },
    stage: 'stage',
  }).complete

describe('mistakeCodesOf', () => {
  it("lists the codes of an activate rule's wrong targets", () => {
    expect(mistakeCodesOf(ruleOf({ rule: 'activate', params: { target: 'a' } }))).toEqual([])
    const menu = ruleOf({
      rule: 'activate',
      params: { target: 'a', wrongTargets: { b: 'wrong-menu', c: 'cancelled' } },
    })
    expect(mistakeCodesOf(menu).sort()).toEqual(['cancelled', 'wrong-menu'])
  })

  it('adds the check digit for OCR and bankgiro numbers only', () => {
    const codes = (format: string) =>
      mistakeCodesOf(ruleOf({ rule: 'enter-value', params: { field: 'f', expected: '18', format } }))
    expect(codes('ocr')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('bankgiro')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('amount')).toEqual(['empty', 'mismatch'])
    expect(codes('digits')).toEqual(['empty', 'mismatch'])
  })
})
