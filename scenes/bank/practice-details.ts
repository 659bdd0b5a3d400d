import { localeInfo, type Locale } from '../../src/domain/locales'
import { PRACTICE_BILL } from './bill'

const DAY_MS = 24 * 3600 * 1000

/** The bill's dates, relative to the visit, so the due date is always ahead. */
export function billDates(visitStartedAt: number): { due: Date; late: Date } {
  const due = new Date(visitStartedAt + PRACTICE_BILL.dueInDays * DAY_MS)
  return { due, late: new Date(due.getTime() + PRACTICE_BILL.lateByDays * DAY_MS) }
}

/** A date as people write it in the visitor's language, e.g. "8 december 2026". */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).tag, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(date)
}

/** The receipt's reference number. */
export function receiptReference(sessionId: string): string {
  return `PB-${parseInt(sessionId.slice(-8), 16).toString().padStart(10, '0')}`
}
