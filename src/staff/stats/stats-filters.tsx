import type { TaskDefinition } from '../../tasks/schema'
import type { Locale } from '../../domain/locales'
import { useConsoleText } from '../console-context'
import type { StatsQuery } from './stats-query'
import { taskTitle } from './task-text'

/** Props of {@link StatsFilters}. */
export interface StatsFiltersProps {
  query: StatsQuery
  setQuery: (query: StatsQuery) => void
  tasks: readonly TaskDefinition[]
  /** The sites to choose from, once known. */
  sites: readonly { id: string; name: string }[]
  locale: Locale
}

/** The statistics' filters: the task, the site and the range of days. */
export function StatsFilters({ query, setQuery, tasks, sites, locale }: StatsFiltersProps) {
  const t = useConsoleText()
  return (
    <form className="stats-filters" onSubmit={(event) => event.preventDefault()}>
      <label>
        {t('stats.filter.task')}
        <select
          value={query.task}
          data-testid="stats-task"
          onChange={(event) => setQuery({ ...query, task: event.target.value })}
        >
          {tasks.map((task) => (
            <option key={task.id} value={task.id}>
              {taskTitle(task, task.id, locale)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('stats.filter.site')}
        <select
          value={query.site}
          data-testid="stats-site"
          onChange={(event) => setQuery({ ...query, site: event.target.value })}
        >
          <option value="">{t('stats.filter.all-sites')}</option>
          {sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <DayField
        label={t('stats.filter.from')}
        value={query.from}
        max={query.to}
        testId="stats-from"
        onChange={(from) => setQuery({ ...query, from })}
      />
      <DayField
        label={t('stats.filter.to')}
        value={query.to}
        min={query.from}
        testId="stats-to"
        onChange={(to) => setQuery({ ...query, to })}
      />
    </form>
  )
}

interface DayFieldProps {
  label: string
  /** `2025-03-01` */
  value: string
  min?: string
  max?: string
  testId: string
  onChange: (day: string) => void
}

/** A day picker; clearing it keeps the day it had. */
function DayField({ label, value, min, max, testId, onChange }: DayFieldProps) {
  return (
    <label>
      {label}
      <input
        type="date"
        value={value}
        min={min}
        max={max}
        data-testid={testId}
        onChange={(event) => event.target.value && onChange(event.target.value)}
      />
    </label>
  )
}
