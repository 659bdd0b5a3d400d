import { localeInfo, type Locale } from '../domain/locales'

/** A `YYYY-MM-DD` date as people write it in the visitor's language: "14 september 2026", "tisdag 12 maj". */
export function dateText(isoDate: string, locale: Locale, withWeekday = false): string {
  const [year = 0, month = 1, day = 1] = isoDate.split('-').map(Number)
  return new Intl.DateTimeFormat(localeInfo(locale).tag, {
    weekday: withWeekday ? 'long' : undefined,
    day: 'numeric',
    month: 'long',
    year: withWeekday ? undefined : 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)))
}
