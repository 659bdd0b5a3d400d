import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Locale } from '../../domain/locales'
import { statsTable } from '../../stats/tables'
import type { Cell, StatsTable } from '../../stats/tables'
import type { Stats } from '../../stats/types'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsole, useConsoleState, useConsoleText } from '../console-context'
import { formatCell } from './format'
import { Plot } from './plot'
import {
  cuesPlot,
  funnelPlot,
  mistakesPlot,
  timePlot,
  visitsByLanguagePlot,
  visitsByModePlot,
} from './plot-specs'
import type { PlotSpec } from './plot-specs'
import { defaultRange, queryString, readQuery } from './stats-query'
import type { StatsQuery } from './stats-query'
import { StatsPanel } from './stats-panel'
import { StatsTableView } from './stats-table'
import { mistakeText, stepText, taskTitle } from './task-text'
import { useStaffJson } from './use-staff-json'
import { VoicePanel } from './voice-panel'
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
            {sites.state === 'ready' &&
              sites.value.sites.map((site) => (
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

interface PanelsProps {
  stats: Stats
  task: TaskDefinition | undefined
  taskId: string
  query: string
  locale: Locale
}

function StatsPanels({ stats, task, taskId, query, locale }: PanelsProps) {
  const t = useConsoleText()
  const tables = useMemo(() => {
    const table = (id: Parameters<typeof statsTable>[1]) => statsTable(stats, id, taskId)
    return {
      funnel: table('funnel'),
      time: table('time'),
      cues: table('cues'),
      mistakes: table('mistakes'),
      visits: table('visits'),
    }
  }, [stats, taskId])
  const specs = useMemo(
    () => ({
      funnel: funnelPlot(tables.funnel),
      time: timePlot(tables.time),
      cuesApp: cuesPlot(tables.cues, 'app'),
      cuesStaff: cuesPlot(tables.cues, 'staff'),
      mistakes: mistakesPlot(tables.mistakes),
      visitsMode: visitsByModePlot(tables.visits),
      visitsLanguage: visitsByLanguagePlot(tables.visits),
    }),
    [tables],
  )
  const taskStats = stats.tasks.find((candidate) => candidate.task === taskId)

  const labelText = useCallback(
    (label: string) => {
      if (label === 'started' || label === 'completed') return t(`stats.axis.${label}`)
      if (label.startsWith('step:')) return label.slice('step:'.length)
      return label.replace(':', ' · ')
    },
    [t],
  )
  const seriesText = useCallback(
    (key: string) =>
      key.startsWith('lang_') ? languageName(key.slice(5), locale) : t(`stats.series.${key}`),
    [t, locale],
  )
  const header = useCallback(
    (key: string) => (key.startsWith('lang_') ? languageName(key.slice(5), locale) : t(`stats.col.${key}`)),
    [t, locale],
  )
  const textOf = useCallback(
    (key: string, value: Cell, cellOf: (key: string) => Cell) => {
      const stepNumber = cellOf('step_number')
      const stepIndex = typeof stepNumber === 'number' ? stepNumber - 1 : null
      const stepId = typeof cellOf('step') === 'string' ? String(cellOf('step')) : null
      if (key === 'stage') {
        return value === 'step' ? t('stats.stage.step', { n: String(stepNumber) }) : t(`stats.stage.${value}`)
      }
      if (key === 'step') return stepIndex === null ? '' : stepText(task, stepIndex, stepId, locale)
      if (key === 'code' && typeof value === 'string' && stepIndex !== null) {
        return mistakeText(task, stepIndex, stepId, value, locale)
      }
      return undefined
    },
    [t, task, locale],
  )

  const panel = (
    table: StatsTable,
    titleKey: string,
    plots: PlotSpec[],
    empty: string | null = null,
    plotTitles: string[] = [],
  ) => (
    <StatsPanel
      table={table.id}
      title={t(titleKey)}
      help={t(`${titleKey}-help`)}
      query={query}
      empty={empty}
      plots={
        <div className={plots.length > 1 ? 'plot-pair' : undefined}>
          {plots.map((spec, index) => (
            <div key={spec.id}>
              {plotTitles[index] && <h4>{plotTitles[index]}</h4>}
              <Plot
                spec={spec}
                title={plotTitles[index] ?? t(titleKey)}
                labelText={labelText}
                seriesText={seriesText}
                locale={locale}
              />
            </div>
          ))}
        </div>
      }
      tableView={
        <StatsTableView table={table} caption={t(titleKey)} header={header} textOf={textOf} locale={locale} />
      }
    />
  )

  const noVisits = taskStats === undefined ? t('stats.no-visits') : null
  return (
    <div className="stats-panels">
      <p className="stats-summary" data-testid="stats-summary">
        {taskStats === undefined
          ? t('stats.no-visits')
          : t('stats.summary', {
              started: formatCell('count', taskStats.visits.started, locale),
              completed: formatCell('count', taskStats.visits.completed, locale),
              share: formatCell(
                'share',
                taskStats.visits.started === 0 ? null : taskStats.visits.completed / taskStats.visits.started,
                locale,
              ),
            })}
      </p>
      {panel(tables.funnel, 'stats.panel.funnel', [specs.funnel], noVisits)}
      {panel(tables.time, 'stats.panel.time', [specs.time], noVisits)}
      {panel(tables.cues, 'stats.panel.cues', [specs.cuesApp, specs.cuesStaff], noVisits, [
        t('stats.panel.cues-app'),
        t('stats.panel.cues-staff'),
      ])}
      {panel(
        tables.mistakes,
        'stats.panel.mistakes',
        [specs.mistakes],
        tables.mistakes.rows.length === 0 ? t('stats.no-mistakes') : null,
      )}
      {panel(
        tables.visits,
        'stats.panel.visits',
        [specs.visitsMode, specs.visitsLanguage],
        stats.sessions.total === 0 ? t('stats.no-visits') : null,
        [t('stats.panel.visits-mode'), t('stats.panel.visits-language')],
      )}
      <VoicePanel stats={stats} taskId={taskId} task={task} query={query} locale={locale} />
    </div>
  )
}

/** A language's name in the console's language, e.g. `ar` → "arabiska". */
function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
