import { useCallback } from 'react'
import type { Locale } from '../../domain/locales'
import { statsTable } from '../../stats/tables'
import type { Cell } from '../../stats/tables'
import type { Stats } from '../../stats/types'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsoleText } from '../console-context'
import { StatsPanel } from './stats-panel'
import { StatsTableView } from './stats-table'
import { stepText } from './task-text'

/** Props of {@link VoicePanel}. */
export interface VoicePanelProps {
  stats: Stats
  taskId: string
  task: TaskDefinition | undefined
  query: string
  locale: Locale
}

/**
 * Confidence before and after the task, and the feedback chips: what visitors said. Until a visitor in the period
 * has answered (or where staff turned the question off), the panel says there is no data.
 */
export function VoicePanel({ stats, taskId, task, query, locale }: VoicePanelProps) {
  const t = useConsoleText()
  const confidence = statsTable(stats, 'confidence', taskId)
  const feedback = statsTable(stats, 'feedback', taskId)
  const header = useCallback((key: string) => t.data(`stats.col.${key}`), [t])
  const textOf = useCallback(
    (key: string, value: Cell, cellOf: (key: string) => Cell) => {
      if (key === 'measure' || key === 'question') return t.data(`stats.voice.${value}`)
      if (key === 'answer' && cellOf('question') === 'hardest' && typeof value === 'string') {
        const index = task?.steps.findIndex((step) => step.id === value) ?? -1
        return index < 0 ? value : stepText(task, index, value, locale)
      }
      // The chips' own words, as the visitor saw them.
      if (key === 'answer') {
        return t.data(
          cellOf('question') === 'try_real' ? `survey.try-real.${value}` : `survey.unclear.${value}`,
        )
      }
      return undefined
    },
    [t, task, locale],
  )
  const empty = confidence.rows.length === 0 && feedback.rows.length === 0
  const tables = (
    <>
      {[
        { table: confidence, caption: t('stats.voice.confidence') },
        { table: feedback, caption: t('stats.voice.feedback') },
      ]
        .filter(({ table }) => table.rows.length > 0)
        .map(({ table, caption }) => (
          <StatsTableView
            key={table.id}
            table={table}
            caption={caption}
            header={header}
            textOf={textOf}
            locale={locale}
          />
        ))}
    </>
  )
  return (
    <StatsPanel
      table={confidence.rows.length > 0 ? 'confidence' : 'feedback'}
      title={t('stats.panel.voice')}
      help={t('stats.panel.voice-help')}
      query={query}
      empty={empty ? t('stats.voice.none') : null}
      plots={tables}
      tableView={tables}
    />
  )
}
