import { sql } from 'kysely'
import type { Expression, SqlBool } from 'kysely'
import { SITE_ID_PATTERN } from './config'
import { inRange, parseDateRange } from './date-range'
import type { DateRange } from './date-range'

/** Which events a staff read covers: a date range, and optionally one site and one task. */
export interface EventFilter {
  range: DateRange
  /** A `SITE_ID`, or null for every site. */
  site: string | null
  /** A task id, or null for every task. */
  task: string | null
}

const TASK_ID = /^[a-z0-9][a-z0-9.-]{0,63}$/

/** Every event, every site, every task. */
export const ALL_EVENTS: EventFilter = { range: { from: null, to: null }, site: null, task: null }

/**
 * Reads `?from=&to=&site=&task=` (see `parseDateRange` for the dates; `site` a site id, `task` a task id, each
 * optional). Returns an error message for anything malformed.
 */
export function parseEventFilter(query: unknown): { filter: EventFilter } | { error: string } {
  const parsed = parseDateRange(query)
  if ('error' in parsed) return parsed
  const source = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>
  const site = optionalId(source.site, SITE_ID_PATTERN)
  if (site === undefined) return { error: 'site: expected a site id (a-z, 0-9 and -), as in SITE_ID' }
  const task = optionalId(source.task, TASK_ID)
  if (task === undefined) return { error: 'task: expected a task id such as pay-bill' }
  return { filter: { range: parsed.range, site, task } }
}

/** null for absent or empty, the id when it matches, undefined when it does not (or is given twice). */
function optionalId(value: unknown, pattern: RegExp): string | null | undefined {
  if (value === undefined || value === '') return null
  return typeof value === 'string' && pattern.test(value) ? value : undefined
}

/** Column names a filter applies to, for tables aliased in a query. */
export interface FilterColumns {
  ts: string
  site: string
  task: string
}

const EVENT_COLUMNS: FilterColumns = { ts: 'ts', site: 'site_id', task: 'task' }

/** A SQL condition keeping the events the filter covers. */
export function matchesFilter(
  filter: EventFilter,
  columns: FilterColumns = EVENT_COLUMNS,
): Expression<SqlBool> {
  const conditions: Expression<SqlBool>[] = [inRange(columns.ts, filter.range)]
  if (filter.site !== null) conditions.push(sql<SqlBool>`${sql.ref(columns.site)} = ${filter.site}`)
  if (filter.task !== null) conditions.push(sql<SqlBool>`${sql.ref(columns.task)} = ${filter.task}`)
  return sql<SqlBool>`(${sql.join(conditions, sql` and `)})`
}
