import { describe, expect, it } from 'vitest'
import {
  RULES,
  fieldOf,
  judgeStep,
  mistakeCodesOf,
  stepRuleSchema,
  type StepRule,
} from '../../../src/tasks/rule-registry'
import { stepSchema } from '../../../src/tasks/schema'
import { contextOf, press, submit } from '../../fixtures/rules'

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
      'wrong-choice': 'f',
      'too-few': 'f',
    },
    stage: 'stage',
  }).complete

/** Every `*.rule.ts` file's default export. */
const ruleFiles = import.meta.glob<unknown>('../../../src/tasks/rules/*.rule.ts', {
  eager: true,
  import: 'default',
})

describe('the rules registry', () => {
  it('registers every rule file under its own name', () => {
    const registered: unknown[] = Object.values(RULES)
    expect(Object.keys(ruleFiles).length).toBe(registered.length)
    for (const [file, rule] of Object.entries(ruleFiles)) expect(registered, file).toContain(rule)
    for (const [name, rule] of Object.entries(RULES)) expect(rule.name).toBe(name)
  })

  it('derives the task schema from the rules: each option is one rule', () => {
    expect(stepRuleSchema.options.map((option) => option.shape.rule.value).sort()).toEqual(
      Object.keys(RULES).sort(),
    )
  })

  it('names the unknown rule and the known ones', () => {
    const parsed = stepRuleSchema.safeParse({ rule: 'press', params: { target: 'a' } })
    expect(parsed.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['rule'], 'unknown rule "press"; known: activate, choose, confirm, enter-value, pick-date, pick-time'],
    ])
    const missing = stepRuleSchema.safeParse({ params: {} })
    expect(missing.error?.issues[0]?.message).toBe(
      'name a rule; known: activate, choose, confirm, enter-value, pick-date, pick-time',
    )
  })

  it("judges a step by its own rule's judge", () => {
    const rule = ruleOf({ rule: 'activate', params: { target: 'a', wrongTargets: { b: 'cancelled' } } })
    expect(judgeStep(rule, press('a'), contextOf())).toEqual({ kind: 'complete' })
    expect(judgeStep(rule, press('b'), contextOf())).toEqual({ kind: 'mistake', code: 'cancelled' })
  })
})

describe('mistakeCodesOf', () => {
  it("lists the codes of an activate rule's wrong targets", () => {
    expect(mistakeCodesOf(ruleOf({ rule: 'activate', params: { target: 'a' } }))).toEqual([])
    const menu = ruleOf({
      rule: 'activate',
      params: { target: 'a', wrongTargets: { b: 'wrong-menu', c: 'cancelled' } },
    })
    expect([...mistakeCodesOf(menu)].sort()).toEqual(['cancelled', 'wrong-menu'])
  })

  it('adds the check digit for OCR and bankgiro numbers only', () => {
    const codes = (format: string, expected = '18') =>
      mistakeCodesOf(ruleOf({ rule: 'enter-value', params: { field: 'f', expected, format } }))
    expect(codes('ocr')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('bankgiro', '5050-1055')).toEqual(['empty', 'wrong-length', 'check-digit', 'mismatch'])
    expect(codes('amount')).toEqual(['empty', 'mismatch'])
    expect(codes('digits')).toEqual(['empty', 'mismatch'])
  })
})

describe('fieldOf', () => {
  it('gives the field and its format, the same object each time for the same step', () => {
    const rule = ruleOf({ rule: 'enter-value', params: { field: 'ocr', expected: '18', format: 'ocr' } })
    const field = fieldOf(rule)
    expect(field?.field).toBe('ocr')
    expect(field?.format.id).toBe('ocr')
    expect(fieldOf(rule)).toBe(field)
  })

  it('gives a choice list for "choose" and nothing for "activate"', () => {
    expect(
      fieldOf(ruleOf({ rule: 'choose', params: { field: 'lang', expected: ['sv', 'en'] } }))?.format.kind,
    ).toBe('multi-choice')
    expect(fieldOf(ruleOf({ rule: 'activate', params: { target: 'a' } }))).toBeNull()
  })

  it('judges a multi-choice field as a list', () => {
    const rule = ruleOf({ rule: 'choose', params: { field: 'lang', expected: ['sv', 'en'] } })
    expect(judgeStep(rule, submit('lang', ['en', 'sv']), contextOf())).toEqual({ kind: 'complete' })
  })
})
