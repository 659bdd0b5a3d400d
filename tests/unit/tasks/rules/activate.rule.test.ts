import { describe, expect, it } from 'vitest'
import activate from '../../../../src/tasks/rules/activate.rule'
import { codesOf, complete, ignored, judgeOf, mistake, press, submit } from '../../../fixtures/rules'

describe('rule "activate"', () => {
  const judge = judgeOf(activate, {
    target: 'bank.phone.confirm',
    wrongTargets: { 'bank.phone.cancel': 'cancelled' },
  })

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
    const plain = judgeOf(activate, { target: 'bank.bill' })
    expect(plain(press('bank.bill'))).toEqual(complete)
    expect(plain(press('bank.phone.cancel'))).toEqual(ignored)
  })

  it('lists the codes of its wrong targets, each once, and asks for no field', () => {
    expect(codesOf(activate, { target: 'a' })).toEqual([])
    const menu = { target: 'a', wrongTargets: { b: 'wrong-menu', c: 'cancelled', d: 'wrong-menu' } }
    expect(codesOf(activate, menu)).toEqual(['wrong-menu', 'cancelled'])
    expect(activate.field(activate.params.parse(menu))).toBeNull()
  })
})
