import type { Locale } from '../../domain/locales'
import type { Cell, StatsTable } from '../../stats/tables'
import { formatCell } from './format'

/** Props of {@link StatsTableView}. */
export interface StatsTableViewProps {
  table: StatsTable
  caption: string
  /** A column's header text. */
  header: (key: string) => string
  /**
   * Text for a text cell (a stage, a step id, a mistake code), given the other cells of its row by column key; the
   * value itself when it returns undefined.
   */
  textOf?: (key: string, value: Cell, cellOf: (key: string) => Cell) => string | undefined
  locale: Locale
}

/** A stats table as HTML: the same cells as the CSV file, formatted for reading; raw values in `data-value`. */
export function StatsTableView({ table, caption, header, textOf, locale }: StatsTableViewProps) {
  const cellText = (kind: string, key: string, value: Cell, cellOf: (key: string) => Cell) => {
    if (kind !== 'text')
      return formatCell(table.columns.find((column) => column.key === key)?.kind ?? 'text', value, locale)
    return textOf?.(key, value, cellOf) ?? (value === null ? '–' : String(value))
  }
  return (
    <div className="stats-table-scroll">
      <table className="stats-table" data-table={table.id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column.key} scope="col" className={`cell-${column.kind}`}>
                {header(column.key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, rowIndex) => {
            const cellOf = (key: string) =>
              row[table.columns.findIndex((column) => column.key === key)] ?? null
            return (
              <tr key={rowIndex}>
                {table.columns.map((column, index) => {
                  const value = row[index] ?? null
                  return (
                    <td
                      key={column.key}
                      className={`cell-${column.kind}`}
                      data-column={column.key}
                      data-value={JSON.stringify(value)}
                    >
                      {cellText(column.kind, column.key, value, cellOf)}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
