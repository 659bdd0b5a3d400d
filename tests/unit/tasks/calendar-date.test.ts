import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  daysInMonth,
  isRealDate,
  localDateOf,
  parseIsoDate,
  toIsoDate,
  weekdayOf,
} from '../../../src/tasks/calendar-date'

const day = (iso: string) => {
  const date = parseIsoDate(iso)
  if (date === null) throw new Error(`not a date: ${iso}`)
  return date
}

describe('calendar dates', () => {
  it('knows the length of every month, leap years included', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2025, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2000, 2)).toBe(29)
    expect(daysInMonth(1900, 2)).toBe(28)
    expect(isRealDate(2025, 13, 1)).toBe(false)
    expect(isRealDate(2025, 4, 31)).toBe(false)
  })

  it('reads and writes YYYY-MM-DD', () => {
    expect(parseIsoDate('2025-03-01')).toEqual({ year: 2025, month: 3, day: 1 })
    expect(parseIsoDate('2025-02-29')).toBeNull()
    expect(parseIsoDate('2025-3-1')).toBeNull()
    expect(toIsoDate({ year: 812, month: 1, day: 5 })).toBe('0812-01-05')
  })

  it('adds months as people count them, keeping to the end of a shorter month', () => {
    expect(toIsoDate(addMonths(day('2025-10-31'), 4))).toBe('2026-02-28')
    expect(toIsoDate(addMonths(day('2027-10-31'), 4))).toBe('2028-02-29')
    expect(toIsoDate(addMonths(day('2025-01-31'), 1))).toBe('2025-02-28')
    expect(toIsoDate(addMonths(day('2025-03-15'), -3))).toBe('2024-12-15')
    expect(toIsoDate(addMonths(day('2025-12-01'), 1))).toBe('2026-01-01')
  })

  it('adds days across months and years', () => {
    expect(toIsoDate(addDays(day('2025-12-31'), 1))).toBe('2026-01-01')
    expect(toIsoDate(addDays(day('2024-02-28'), 1))).toBe('2024-02-29')
    expect(toIsoDate(addDays(day('2025-03-01'), -1))).toBe('2025-02-28')
  })

  it('names the weekday, Sunday as 0', () => {
    expect(weekdayOf(day('2025-03-01'))).toBe(6) // a Saturday
    expect(weekdayOf(day('2025-03-02'))).toBe(0)
    expect(weekdayOf(day('2025-03-03'))).toBe(1)
  })

  it("takes a moment's date on the device's own calendar", () => {
    expect(localDateOf(new Date(2025, 11, 31, 23, 59).getTime())).toEqual({ year: 2025, month: 12, day: 31 })
    expect(localDateOf(new Date(2026, 0, 1, 0, 0).getTime())).toEqual({ year: 2026, month: 1, day: 1 })
  })
})
