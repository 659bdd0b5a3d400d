import { describe, expect, it } from 'vitest'
import confirm from '../../../../src/tasks/rules/confirm.rule'
import {
  codesOf,
  complete,
  contextOf,
  ignored,
  judgeOf,
  mistake,
  paramProblems,
  press,
  submit,
} from '../../../fixtures/rules'

const params = {
  target: 'form.send',
  requires: { consent: 'true', terms: 'read' },
  codes: { consent: 'not-accepted', terms: 'terms-unread' },
}

describe('rule "confirm"', () => {
  it('completes when the target is pressed while every named field holds its value', () => {
    const judge = judgeOf(
      confirm,
      params,
      contextOf({ entries: { consent: 'true', terms: 'read', name: 'Åsa' } }),
    )
    expect(judge(press('form.send'))).toEqual(complete)
  })

  it('also reads values the task accepted earlier', () => {
    const judge = judgeOf(
      confirm,
      params,
      contextOf({ entries: { consent: 'true' }, values: { terms: 'read' } }),
    )
    expect(judge(press('form.send'))).toEqual(complete)
  })

  it('reports the first field that does not hold its value, with its code', () => {
    expect(judgeOf(confirm, params)(press('form.send'))).toEqual(mistake('not-accepted'))
    const unticked = contextOf({ entries: { consent: 'false', terms: 'read' } })
    expect(judgeOf(confirm, params, unticked)(press('form.send'))).toEqual(mistake('not-accepted'))
    const unread = contextOf({ entries: { consent: 'true', terms: ['read'] } })
    expect(judgeOf(confirm, params, unread)(press('form.send'))).toEqual(mistake('terms-unread'))
  })

  it('ignores other targets and sent-off fields', () => {
    const judge = judgeOf(confirm, params)
    expect(judge(press('form.cancel'))).toEqual(ignored)
    expect(judge(submit('consent', 'true'))).toEqual(ignored)
  })

  it('lists its codes and asks for no single field', () => {
    expect(codesOf(confirm, params)).toEqual(['not-accepted', 'terms-unread'])
    expect(confirm.field(confirm.params.parse(params))).toBeNull()
  })

  it('wants a code for every required field, and no other', () => {
    expect(paramProblems(confirm, { target: 't', requires: {}, codes: {} })).toEqual([
      'requires: name at least one field',
    ])
    expect(
      paramProblems(confirm, {
        target: 't',
        requires: { consent: 'true' },
        codes: { concent: 'not-accepted' },
      }),
    ).toEqual([
      'codes.consent: no mistake code for field "consent"',
      'codes.concent: "concent" is not in requires',
    ])
  })
})
