import { localeInfo, type Locale } from '../../src/domain/locales'

/** A six-digit number from the visit's random id: the same all visit, different for the next visitor. */
function visitNumber(sessionId: string): string {
  return String(parseInt(sessionId.replace(/-/g, '').slice(-8), 16) % 1_000_000).padStart(6, '0')
}

/** The preschool application's case number, as the confirmation and My pages show it. */
export function caseNumber(sessionId: string, startedAt: number): string {
  return `FSK-${new Date(startedAt).getFullYear()}-${visitNumber(sessionId)}`
}

/** The booking's reference. */
export function bookingNumber(sessionId: string): string {
  return `BOK-${visitNumber(sessionId)}`
}

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
