import { useMemo } from 'react'
import type { Locale } from '../../domain/locales'
import type { TextKey } from '../../i18n/text-key'
import { statsTable } from '../../stats/tables'
import type { StatsTable } from '../../stats/tables'
import type { Stats } from '../../stats/types'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsoleText } from '../console-context'
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
import { StatsPanel } from './stats-panel'
import { StatsTableView } from './stats-table'

/** A panel's title key: one that has a `<key>-help` text beside it, which the panel shows as its explanation. */
type PanelTitleKey = { [K in TextKey]: `${K}-help` extends TextKey ? K : never }[TextKey]
import { useStatsTexts } from './use-stats-texts'
import { VoicePanel } from './voice-panel'

/** Props of {@link StatsPanels}. */
export interface PanelsProps {
  stats: Stats
  task: TaskDefinition | undefined
  taskId: string
  query: string
  locale: Locale
}

/** A panel per question, each with its plots, its table and its CSV file, over one set of statistics. */
export function StatsPanels({ stats, task, taskId, query, locale }: PanelsProps) {
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

  const { labelText, seriesText, header, textOf } = useStatsTexts(task, locale)

  const panel = (
    table: StatsTable,
    titleKey: PanelTitleKey,
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
