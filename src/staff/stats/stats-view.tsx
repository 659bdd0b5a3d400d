import { useEffect, useState } from 'react'
import type { Stats } from '../../stats/types'
import { useConsole, useConsoleState, useConsoleText } from '../console-context'
import { defaultRange, queryString, readQuery } from './stats-query'
import type { StatsQuery } from './stats-query'
import { StatsFilters } from './stats-filters'
import { StatsPanels } from './stats-panels'
import { useStaffJson } from './use-staff-json'
import './stats.css'

/** The statistics view: filters, then a panel per question, each with plots, a table and a CSV file. */
export function StatsView() {
  const t = useConsoleText()
  const { tasks } = useConsole()
  const [query, setQuery] = useState<StatsQuery>(() =>
    readQuery(location.search, { task: tasks[0]?.id ?? '', site: '', ...defaultRange(Date.now()) }),
  )
  // The address keeps the filters, so a reload or a bookmark shows the same numbers.
  useEffect(() => {
    history.replaceState(history.state, '', `${location.pathname}${queryString(query)}`)
  }, [query])
  const apiQuery = queryString(query)
  const sites = useStaffJson<{ sites: { id: string; name: string }[]; current: string }>('/api/sites')
  const stats = useStaffJson<Stats>(query.from <= query.to ? `/api/stats${apiQuery}` : null)
  const locale = useConsoleState((state) => state.locale)

  return (
    <main className="stats" aria-labelledby="stats-title">
      <div className="stats-head">
        <h2 id="stats-title">{t('stats.title')}</h2>
        <a
          className="report-link"
          href={`/staff/report${queryString({ ...query, lang: locale })}`}
          data-testid="report-link"
        >
          {t('stats.report')}
        </a>
      </div>
      <StatsFilters
        query={query}
        setQuery={setQuery}
        tasks={tasks}
        sites={sites.state === 'ready' ? sites.value.sites : []}
        locale={locale}
      />
      {query.from > query.to ? (
        <p role="alert">{t('stats.range-backwards')}</p>
      ) : stats.state === 'loading' ? (
        <p className="empty" role="status">
          {t('stats.loading')}
        </p>
      ) : stats.state === 'problem' ? (
        <p role="alert">{t(stats.problem === 'offline' ? 'staff.login-offline' : 'stats.failed')}</p>
      ) : (
        <StatsPanels
          stats={stats.value}
          task={tasks.find((task) => task.id === query.task)}
          taskId={query.task}
          query={apiQuery}
          locale={locale}
        />
      )}
    </main>
  )
}
