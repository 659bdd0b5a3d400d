import { describe, expect, it } from 'vitest'
import pickDate, { dateProblem, dateWindowOf } from '../../../../src/tasks/rules/pick-date.rule'
import {
  codesOf,
  complete,
  contextOf,
  ignored,
  judgeOf,
  mistake,
  press,
  submit,
} from '../../../fixtures/rules'

/** A task started at this local time on the device. */
const startedOn = (year: number, month: number, day: number, hour = 10, minute = 0) =>
  contextOf({ startedAt: new Date(year, month - 1, day, hour, minute).getTime() })

describe('rule "pick-date"', () => {
  describe('four months ahead at the earliest', () => {
    const params = { field: 'visit', earliest: { months: 4 } }

    it('allows exactly four months after the start date, and not the day before', () => {
      const judge = judgeOf(pickDate, params, startedOn(2025, 3, 15))
      expect(judge(submit('visit', '2025-07-15'))).toEqual(complete)
      expect(judge(submit('visit', '2026-01-01'))).toEqual(complete)
      expect(judge(submit('visit', '2025-07-14'))).toEqual(mistake('too-early'))
      expect(judge(submit('visit', '2025-03-15'))).toEqual(mistake('too-early'))
    })

    it('counts 31 October plus four months as the last day of February, leap years too', () => {
      const judge = judgeOf(pickDate, params, startedOn(2025, 10, 31))
      expect(judge(submit('visit', '2026-02-28'))).toEqual(complete)
      expect(judge(submit('visit', '2026-02-27'))).toEqual(mistake('too-early'))
      const leap = judgeOf(pickDate, params, startedOn(2027, 10, 31))
      expect(leap(submit('visit', '2028-02-29'))).toEqual(complete)
      expect(leap(submit('visit', '2028-02-28'))).toEqual(mistake('too-early'))
    })

    it('counts from the local date the task started, even a minute before midnight', () => {
      const judge = judgeOf(pickDate, params, startedOn(2025, 12, 31, 23, 59))
      expect(judge(submit('visit', '2026-04-30'))).toEqual(complete)
      expect(judge(submit('visit', '2026-04-29'))).toEqual(mistake('too-early'))
    })
  })

  describe('a window of days with the weekend closed', () => {
    const params = {
      field: 'slot',
      earliest: { days: 1 },
      latest: { months: 1 },
      unavailableWeekdays: [0, 6],
    }
    // 1 March 2025 is a Saturday: the window runs from Sunday 2 March to Tuesday 1 April.
    const judge = judgeOf(pickDate, params, startedOn(2025, 3, 1))

    it('completes on an open day inside the window, at both ends', () => {
      expect(judge(submit('slot', '2025-03-03'))).toEqual(complete)
      expect(judge(submit('slot', '2025-04-01'))).toEqual(complete)
    })

    it('reports a day before the window, after it, and on a closed weekday', () => {
      expect(judge(submit('slot', '2025-03-01'))).toEqual(mistake('too-early'))
      expect(judge(submit('slot', '2025-04-02'))).toEqual(mistake('too-late'))
      expect(judge(submit('slot', '2025-03-08'))).toEqual(mistake('unavailable'))
      expect(judge(submit('slot', '2025-03-09'))).toEqual(mistake('unavailable'))
    })

    it('reports nothing picked, and ignores non-dates, other fields, lists and presses', () => {
      expect(judge(submit('slot', ''))).toEqual(mistake('empty'))
      expect(judge(submit('slot', '2025-02-30'))).toEqual(ignored)
      expect(judge(submit('slot', 'tomorrow'))).toEqual(ignored)
      expect(judge(submit('visit', '2025-03-03'))).toEqual(ignored)
      expect(judge(submit('slot', ['2025-03-03']))).toEqual(ignored)
      expect(judge(press('slot'))).toEqual(ignored)
    })

    it('gives a calendar the same window', () => {
      const window = dateWindowOf(pickDate.params.parse(params), startedOn(2025, 3, 1).startedAt)
      expect(window).toEqual({ earliest: '2025-03-02', latest: '2025-04-01', unavailableWeekdays: [0, 6] })
      expect(dateProblem(window, '2025-03-02')).toBe('unavailable')
      expect(dateProblem(window, '2025-03-04')).toBeNull()
    })

    it('lists every code its limits can give', () => {
      expect(codesOf(pickDate, params)).toEqual(['empty', 'too-early', 'too-late', 'unavailable'])
      expect(pickDate.field(pickDate.params.parse(params))).toEqual({ field: 'slot', format: 'date' })
    })
  })

  it('with no limits, allows any date and lists only "empty"', () => {
    const judge = judgeOf(pickDate, { field: 'day' }, startedOn(2025, 3, 1))
    expect(judge(submit('day', '1999-12-31'))).toEqual(complete)
    expect(codesOf(pickDate, { field: 'day' })).toEqual(['empty'])
    expect(codesOf(pickDate, { field: 'day', latest: { days: 7 }, unavailableWeekdays: [] })).toEqual([
      'empty',
      'too-late',
    ])
  })
})
