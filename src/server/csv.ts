import { TASK_TITLE_COLUMN } from './csv-titles'
import { inRange } from './date-range'
import type { DateRange } from './date-range'
import type { Db } from './db/schema'
import { EVENT_COLUMNS, type EventColumn } from './db/schema'

/** Columns kept out of the export: arrival order, and values derived from the payload, which the export has whole. */
const NOT_EXPORTED = ['step_count', 'seq', 'detail'] as const satisfies readonly EventColumn[]
type Exported = Exclude<EventColumn, (typeof NOT_EXPORTED)[number]>

/** The columns of the CSV export, in the table's order. */
export const CSV_COLUMNS: readonly Exported[] = EVENT_COLUMNS.filter(
  (column): column is Exported => !(NOT_EXPORTED as readonly EventColumn[]).includes(column),
)

/** Characters a spreadsheet may split a line at: `,` (RFC 4180), `;` (Swedish regional settings), tab, line breaks. */
const SEPARATOR = /[",;\t\r\n]/
/** A formula start: `= + - @`, after nothing but spaces, at the start of the cell... */
const FORMULA_AT_START = /^(?:[^\S\t\r\n]*[=+\-@]|[\t\r])/
/** ...or after any separator, where a spreadsheet that splits there would start a new cell. */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])(?=[^\S\t\r\n]*[=+\-@])/g

/**
 * One cell, RFC 4180 quoted. Wherever a spreadsheet could begin a cell (the start, or after any separator it
 * may split on) and a formula would begin, a `'` goes first, so the text shows instead of running. A cell
 * with any separator in it is quoted.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return ''
  if (typeof value === 'number') return String(value)
  const guarded = value.replace(FORMULA_AFTER_SEPARATOR, "$1'")
  const safe = FORMULA_AT_START.test(guarded) ? `'${guarded}` : guarded
  return SEPARATOR.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe
}

/** One CSV line, ended by CRLF as RFC 4180 asks. */
export function csvLine(cells: readonly (string | number | null)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`
}

/**
 * Every event in the range (of one site, when `site` is given) as CSV with a header row, oldest first. With
 * `titleOf`, a last column `task_title` names each event's task (see `csv-titles.ts`).
 */
export async function eventsCsv(
  db: Db,
  range: DateRange,
  site: string | null = null,
  titleOf?: (task: string | null) => string | null,
): Promise<string> {
  const rows = await db
    .selectFrom('events')
    .select(CSV_COLUMNS)
    .where(inRange('ts', range))
    .$if(site !== null, (query) => query.where('site_id', '=', site ?? ''))
    .orderBy('ts')
    .orderBy('seq')
    .execute()
  const lines = [csvLine(titleOf === undefined ? CSV_COLUMNS : [...CSV_COLUMNS, TASK_TITLE_COLUMN])]
  for (const row of rows) {
    const cells = CSV_COLUMNS.map((column) => row[column])
    lines.push(csvLine(titleOf === undefined ? cells : [...cells, titleOf(row.task)]))
  }
  return lines.join('')
}
