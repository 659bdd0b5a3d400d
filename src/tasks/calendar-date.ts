/** A day on the calendar, with no time of day and no time zone. Months count from 1. */
export interface CalendarDate {
  readonly year: number
  readonly month: number
  readonly day: number
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
}

/** How many days `month` (1 to 12) of `year` has. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29
  return MONTH_DAYS[month - 1] ?? 0
}

/** Whether the year, month and day name a day that exists, e.g. not 31 April or 29 February 2025. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month)
}

/** Reads a `YYYY-MM-DD` date; null unless it is one that exists. */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return isRealDate(year, month, day) ? { year, month, day } : null
}

/** Writes a date as `YYYY-MM-DD`, which also sorts as text. */
export function toIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`
}

/** The day a moment falls on in the device's own time zone: the date the visitor sees on the wall. */
export function localDateOf(ms: number): CalendarDate {
  const moment = new Date(ms)
  return { year: moment.getFullYear(), month: moment.getMonth() + 1, day: moment.getDate() }
}

/**
 * The same day `months` later (or earlier), kept inside the target month as people count months:
 * 31 October plus four months is the last day of February.
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months
  const year = Math.floor(index / 12)
  const month = index - year * 12 + 1
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) }
}

function utcDay(date: CalendarDate): Date {
  const day = new Date(0)
  day.setUTCFullYear(date.year, date.month - 1, date.day)
  return day
}

/** The day `days` later (or earlier). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const day = utcDay(date)
  day.setUTCDate(day.getUTCDate() + days)
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() }
}

/** The day of the week, as JavaScript counts it: 0 is Sunday, 1 Monday, ... 6 Saturday. */
export function weekdayOf(date: CalendarDate): number {
  return utcDay(date).getUTCDay()
}
