import { useState, type ReactNode } from 'react'
import { useConsoleState, useConsoleText } from '../console-context'
import { downloadFile } from './staff-api'

/** Props of {@link StatsPanel}. */
export interface StatsPanelProps {
  /** The panel's table, as the CSV download names it (`funnel` → `/api/stats/funnel.csv`). */
  table: string
  title: string
  help: string
  /** The query of the CSV download, e.g. `?task=pay-bill&from=…`. */
  query: string
  plots: ReactNode
  tableView: ReactNode
  /** Shown instead of the plot and table, e.g. "no visits yet". */
  empty?: string | null
}

/** A panel of the statistics: its plots, or the same numbers as a table, and the table as a CSV file. */
export function StatsPanel({ table, title, help, query, plots, tableView, empty = null }: StatsPanelProps) {
  const t = useConsoleText()
  const login = useConsoleState((state) => state.login)
  const [showTable, setShowTable] = useState(false)
  const [downloadFailed, setDownloadFailed] = useState(false)
  const titleId = `panel-${table}-title`
  return (
    <section className="stats-panel" aria-labelledby={titleId} data-panel={table}>
      <header className="stats-panel-head">
        <h3 id={titleId}>{title}</h3>
        {empty === null && (
          <span className="stats-panel-actions">
            <span role="group" aria-label={title}>
              <button type="button" aria-pressed={!showTable} onClick={() => setShowTable(false)}>
                {t('stats.show-plot')}
              </button>
              <button type="button" aria-pressed={showTable} onClick={() => setShowTable(true)}>
                {t('stats.show-table')}
              </button>
            </span>
            <button
              type="button"
              data-testid={`download-${table}`}
              disabled={login === null}
              onClick={() => {
                if (login === null) return
                setDownloadFailed(false)
                downloadFile(`/api/stats/${table}.csv${query}`, login).catch(() => setDownloadFailed(true))
              }}
            >
              {t('stats.download')}
            </button>
          </span>
        )}
      </header>
      <p className="stats-help">{help}</p>
      {downloadFailed && <p role="alert">{t('stats.download-failed')}</p>}
      {empty !== null ? <p className="empty">{empty}</p> : showTable ? tableView : plots}
    </section>
  )
}
