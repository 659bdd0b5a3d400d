import { describe, expect, it } from 'vitest'
import pickTime, { offeredTimes } from '../../../../src/tasks/rules/pick-time.rule'
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

const params = { field: 'visit-time', times: ['09:00', '09:30', '10:00', '13:00'], taken: ['09:00', '10:00'] }

describe('rule "pick-time"', () => {
  const judge = judgeOf(pickTime, params)

  it('completes on any free time', () => {
    expect(judge(submit('visit-time', '09:30'))).toEqual(complete)
    expect(judge(submit('visit-time', '13:00'))).toEqual(complete)
  })

  it('reports a taken time as "taken" and nothing picked as "empty"', () => {
    expect(judge(submit('visit-time', '09:00'))).toEqual(mistake('taken'))
    expect(judge(submit('visit-time', '10:00'))).toEqual(mistake('taken'))
    expect(judge(submit('visit-time', ''))).toEqual(mistake('empty'))
  })

  it('ignores times not on offer, other fields and presses: the slots cannot send them', () => {
    expect(judge(submit('visit-time', '11:00'))).toEqual(ignored)
    expect(judge(submit('visit-time', ['09:30']))).toEqual(ignored)
    expect(judge(submit('visit-day', '09:30'))).toEqual(ignored)
    expect(judge(press('visit-time'))).toEqual(ignored)
  })

  it('lists "taken" only when some time is taken', () => {
    expect(codesOf(pickTime, params)).toEqual(['empty', 'taken'])
    expect(codesOf(pickTime, { field: 'visit-time', times: ['09:00'] })).toEqual(['empty'])
  })

  it('offers the times in their order, each marked free or taken, for the time slots', () => {
    expect(offeredTimes(pickTime.params.parse(params))).toEqual([
      { time: '09:00', taken: true },
      { time: '09:30', taken: false },
      { time: '10:00', taken: true },
      { time: '13:00', taken: false },
    ])
  })

  it('refuses times that are no times, taken times not on offer, and a day with every time taken', () => {
    expect(paramProblems(pickTime, { field: 't', times: ['9:00'] })).toEqual([
      'times.0: write a time as HH:MM',
    ])
    expect(paramProblems(pickTime, { field: 't', times: ['24:00'] })).toEqual([
      'times.0: write a time as HH:MM',
    ])
    expect(paramProblems(pickTime, { field: 't', times: ['09:00', '09:00', '10:00'] })).toEqual([
      'times: a time is listed twice',
    ])
    expect(paramProblems(pickTime, { field: 't', times: ['09:00', '10:00'], taken: ['11:00'] })).toEqual([
      'taken.0: "11:00" is not among the times',
    ])
    expect(paramProblems(pickTime, { field: 't', times: ['09:00'], taken: ['09:00'] })).toEqual([
      'taken: leave at least one time free',
    ])
  })
})
