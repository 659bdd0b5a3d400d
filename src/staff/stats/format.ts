import { localeInfo, type Locale } from '../../domain/locales'
import type { Cell, CellKind } from '../../stats/tables'

/** A cell as staff read it: whole numbers, percentages, seconds; "–" for none. */
export function formatCell(kind: CellKind, value: Cell, locale: Locale): string {
  if (value === null || value === '') return '–'
  if (typeof value === 'string') return value
  const tag = localeInfo(locale).tag
  switch (kind) {
    case 'share':
      return new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 }).format(value)
    case 'ms':
      return new Intl.NumberFormat(tag, {
        style: 'unit',
        unit: 'second',
        maximumFractionDigits: 1,
        minimumFractionDigits: 1,
      }).format(value / 1000)
    case 'number':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(value)
    case 'count':
    case 'text':
      return new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }).format(value)
  }
}

/** Whole seconds, short, for a plot's axis: `10s`. */
export function formatWholeSeconds(seconds: number, locale: Locale): string {
  return new Intl.NumberFormat(localeInfo(locale).tag, {
    style: 'unit',
    unit: 'second',
    unitDisplay: 'narrow',
    maximumFractionDigits: 0,
  }).format(seconds)
}

/** A date as the locale writes it, e.g. `1 mars 2025`. */
export function formatDay(day: string, locale: Locale): string {
  return new Intl.DateTimeFormat(localeInfo(locale).tag, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  )
}
