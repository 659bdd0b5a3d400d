import { sql } from 'kysely'
import type { Expression, SqlBool } from 'kysely'
import { z } from 'zod'

/** A time window over event timestamps, as normalised UTC ISO strings: `from` inclusive, `to` exclusive. */
export interface DateRange {
  from: string | null
  to: string | null
}

const DAY_MS = 24 * 60 * 60 * 1000
const bound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional()
const rangeQuery = z.object({ from: bound, to: bound })

/**
 * Reads `?from=&to=`: each an ISO date (`2025-03-01`, whole UTC days, so `to=2025-03-31` includes the 31st) or
 * an ISO date-time with a zone (`2025-03-01T08:00:00+01:00`). Both are optional. Returns an error message for
 * anything else, or when `from` is after `to`.
 */
export function parseDateRange(query: unknown): { range: DateRange } | { error: string } {
  const source = typeof query === 'object' && query !== null ? query : {}
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => (key === 'from' || key === 'to') && value !== ''),
  )
  const parsed = rangeQuery.safeParse(cleaned)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = String(issue?.path[0] ?? 'from')
    return {
      error: `${field}: expected an ISO date such as 2025-03-01 or a date-time such as 2025-03-01T08:00:00Z`,
    }
  }
  const from = parsed.data.from === undefined ? null : startOf(parsed.data.from)
  const end = parsed.data.to === undefined ? 'open' : endOf(parsed.data.to)
  if (from === null && parsed.data.from !== undefined) return { error: 'from: not a real date' }
  if (end === null) return { error: 'to: not a real date' }
  const to = end === 'open' ? null : end
  if (from !== null && to !== null && from >= to) return { error: 'from must be before to' }
  return { range: { from, to } }
}

/**
 * The first instant after year 9999. Stored timestamps have four-digit years, so they sort as text; a bound at
 * or past this instant would print as `+010000-…`, which sorts before every one of them.
 */
const AFTER_YEAR_9999 = Date.UTC(10_000, 0, 1)
/** The last instant of year 9999, the latest bound that still sorts as text with stored timestamps. */
const LAST_INSTANT = new Date(AFTER_YEAR_9999 - 1).toISOString()

function startOf(text: string): string | null {
  const time = Date.parse(isDateOnly(text) ? `${text}T00:00:00Z` : text)
  if (Number.isNaN(time)) return null
  return time >= AFTER_YEAR_9999 ? LAST_INSTANT : new Date(time).toISOString()
}

/** The exclusive end; `to=9999-12-31` ends after year 9999, so it leaves the range open. */
function endOf(text: string): string | null | 'open' {
  const time = Date.parse(isDateOnly(text) ? `${text}T00:00:00Z` : text)
  if (Number.isNaN(time)) return null
  const end = isDateOnly(text) ? time + DAY_MS : time
  return end >= AFTER_YEAR_9999 ? 'open' : new Date(end).toISOString()
}

function isDateOnly(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text)
}

/** A SQL condition keeping rows whose timestamp column lies in the range (`TRUE` when unbounded). */
export function inRange(column: string, range: DateRange): Expression<SqlBool> {
  const conditions = []
  if (range.from !== null) conditions.push(sql`${sql.ref(column)} >= ${range.from}`)
  if (range.to !== null) conditions.push(sql`${sql.ref(column)} < ${range.to}`)
  return conditions.length === 0 ? sql<SqlBool>`1 = 1` : sql<SqlBool>`(${sql.join(conditions, sql` and `)})`
}
