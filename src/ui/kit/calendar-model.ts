/** A day in a month grid. */
export interface CalendarDay {
  /** 'YYYY-MM-DD'. */
  date: string
  /** Day of the month, 1 to 31. */
  day: number
}

/** One week row: a day, or null for the days of the neighbouring months. */
export type CalendarWeek = readonly (CalendarDay | null)[]

const pad = (n: number) => String(n).padStart(2, '0')

/** A local calendar date as 'YYYY-MM-DD'. */
export function isoDate(year: number, monthIndex: number, day: number): string {
  return `${year}-${pad(monthIndex + 1)}-${pad(day)}`
}

/** The month of a date, 'YYYY-MM'. */
export function monthOf(date: string): string {
  return date.slice(0, 7)
}

/** The month `count` months after 'YYYY-MM'. */
export function addMonths(month: string, count: number): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  const index = year * 12 + (monthNumber - 1) + count
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`
}

/** Which weekday a week starts on in a language and region (0 Sunday … 6 Saturday): Monday in Sweden. */
export function weekStart(languageTag: string): number {
  const locale = new Intl.Locale(languageTag) as Intl.Locale & {
    getWeekInfo?: () => { firstDay: number }
    weekInfo?: { firstDay: number }
  }
  const info = locale.getWeekInfo?.() ?? locale.weekInfo
  return (info?.firstDay ?? 1) % 7
}

/** The month's days in week rows that start on `firstDay`. */
export function monthGrid(month: string, firstDay: number): CalendarWeek[] {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  const monthIndex = monthNumber - 1
  const days = new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate()
  const leading = (new Date(Date.UTC(year, monthIndex, 1)).getUTCDay() - firstDay + 7) % 7
  const cells: (CalendarDay | null)[] = Array.from({ length: leading }, () => null)
  for (let day = 1; day <= days; day++) cells.push({ date: isoDate(year, monthIndex, day), day })
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: CalendarWeek[] = []
  for (let start = 0; start < cells.length; start += 7) weeks.push(cells.slice(start, start + 7))
  return weeks
}

/** The longest weekday name a day's column fits on one line ("tors"). */
const MAX_WEEKDAY_CHARS = 4

/**
 * Short weekday names in display order, e.g. "mån" … "sön" for Swedish. Where a language's short names are whole
 * words (Arabic's "الاثنين"), which would break across lines in a day's column, its narrow names ("ن") are used.
 */
export function weekdayNames(languageTag: string, firstDay: number): string[] {
  const names = (weekday: 'short' | 'narrow') => {
    const format = new Intl.DateTimeFormat(languageTag, { weekday, timeZone: 'UTC' })
    // 2023-01-01 was a Sunday.
    return Array.from({ length: 7 }, (_, index) =>
      format.format(new Date(Date.UTC(2023, 0, 1 + ((firstDay + index) % 7)))),
    )
  }
  const short = names('short')
  return short.some((name) => [...name].length > MAX_WEEKDAY_CHARS) ? names('narrow') : short
}

/** Full weekday names in display order, for accessible names. */
export function longDate(date: string, languageTag: string): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number)
  return new Intl.DateTimeFormat(languageTag, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}

/** "mars 2026", "March 2026". */
export function monthTitle(month: string, languageTag: string): string {
  const [year = 0, monthNumber = 1] = month.split('-').map(Number)
  return new Intl.DateTimeFormat(languageTag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  )
}
