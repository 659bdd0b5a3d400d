import { describe, expect, it } from 'vitest'
import choose from '../../../../src/tasks/rules/choose.rule'
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

describe('rule "choose"', () => {
  describe('one option', () => {
    const params = { field: 'language', expected: 'sv', wrongOptions: { ar: 'not-your-language' } }
    const judge = judgeOf(choose, params)

    it('completes on the expected option', () => {
      expect(judge(submit('language', 'sv'))).toEqual(complete)
    })

    it('reports nothing chosen, a listed wrong option and any other option, each with its code', () => {
      expect(judge(submit('language', ''))).toEqual(mistake('empty'))
      expect(judge(submit('language', 'ar'))).toEqual(mistake('not-your-language'))
      expect(judge(submit('language', 'en'))).toEqual(mistake('wrong-choice'))
    })

    it('ignores other fields, presses and lists', () => {
      expect(judge(submit('country', 'sv'))).toEqual(ignored)
      expect(judge(press('language'))).toEqual(ignored)
      expect(judge(submit('language', ['sv']))).toEqual(ignored)
    })

    it('lists its codes and asks for a choice field', () => {
      expect(codesOf(choose, params)).toEqual(['empty', 'not-your-language', 'wrong-choice'])
      expect(choose.field(choose.params.parse(params))).toEqual({ field: 'language', format: 'choice' })
    })
  })

  describe('several options', () => {
    const params = { field: 'days', expected: ['monday', 'wednesday'], wrongOptions: { sunday: 'closed' } }
    const judge = judgeOf(choose, params)

    it('completes on exactly the expected options, in any order', () => {
      expect(judge(submit('days', ['monday', 'wednesday']))).toEqual(complete)
      expect(judge(submit('days', ['wednesday', 'monday']))).toEqual(complete)
    })

    it('reports nothing, a listed wrong option, another option and too few, each with its code', () => {
      expect(judge(submit('days', []))).toEqual(mistake('empty'))
      expect(judge(submit('days', ''))).toEqual(mistake('empty'))
      expect(judge(submit('days', ['monday', 'sunday']))).toEqual(mistake('closed'))
      expect(judge(submit('days', ['monday', 'wednesday', 'friday']))).toEqual(mistake('wrong-choice'))
      expect(judge(submit('days', ['monday']))).toEqual(mistake('too-few'))
      expect(judge(submit('days', 'monday'))).toEqual(mistake('too-few'))
      expect(judge(submit('days', ['monday', 'monday']))).toEqual(mistake('too-few'))
    })

    it('ignores other fields and presses', () => {
      expect(judge(submit('weeks', ['monday', 'wednesday']))).toEqual(ignored)
      expect(judge(press('days'))).toEqual(ignored)
    })

    it('lists its codes, without an order, and asks for a multi-choice field', () => {
      expect(codesOf(choose, params)).toEqual(['empty', 'closed', 'wrong-choice', 'too-few'])
      expect(choose.field(choose.params.parse(params))).toEqual({ field: 'days', format: 'multi-choice' })
    })
  })

  describe('several options in order of preference', () => {
    const params = { field: 'times', expected: ['morning', 'noon', 'evening'], ordered: true }
    const judge = judgeOf(choose, params)

    it('completes only in the listed order', () => {
      expect(judge(submit('times', ['morning', 'noon', 'evening']))).toEqual(complete)
      expect(judge(submit('times', ['morning', 'evening', 'noon']))).toEqual(mistake('wrong-order'))
    })

    it('names too few before the order', () => {
      expect(judge(submit('times', ['noon', 'morning']))).toEqual(mistake('too-few'))
    })

    it('lists "wrong-order" among its codes', () => {
      expect(codesOf(choose, params)).toEqual(['empty', 'wrong-choice', 'too-few', 'wrong-order'])
    })
  })

  it('refuses contradictory parameters, naming the field', () => {
    expect(paramProblems(choose, { field: 'f', expected: ['a', 'a'] })).toEqual([
      'expected: an option is listed twice',
    ])
    expect(paramProblems(choose, { field: 'f', expected: 'a', ordered: true })).toEqual([
      'ordered: only a list of options has an order',
    ])
    expect(paramProblems(choose, { field: 'f', expected: ['a', 'b'], wrongOptions: { b: 'no' } })).toEqual([
      'wrongOptions.b: "b" is also expected',
    ])
    expect(paramProblems(choose, { field: 'f', expected: [] })).toHaveLength(1)
  })
})
