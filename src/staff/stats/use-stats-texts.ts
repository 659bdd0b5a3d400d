import { useCallback } from 'react'
import type { Locale } from '../../domain/locales'
import type { Cell } from '../../stats/tables'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsoleText } from '../console-context'
import { mistakeText, stepText } from './task-text'

/** How the statistics name what they show: axis labels, series, table headers and cells, in the console's language. */
export function useStatsTexts(task: TaskDefinition | undefined, locale: Locale) {
  const t = useConsoleText()
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
      key.startsWith('lang_') ? languageName(key.slice(5), locale) : t.data(`stats.series.${key}`),
    [t, locale],
  )
  const header = useCallback(
    (key: string) =>
      key.startsWith('lang_') ? languageName(key.slice(5), locale) : t.data(`stats.col.${key}`),
    [t, locale],
  )
  const textOf = useCallback(
    (key: string, value: Cell, cellOf: (key: string) => Cell) => {
      const stepNumber = cellOf('step_number')
      const stepIndex = typeof stepNumber === 'number' ? stepNumber - 1 : null
      const stepId = typeof cellOf('step') === 'string' ? String(cellOf('step')) : null
      if (key === 'stage') {
        return value === 'step'
          ? t('stats.stage.step', { n: String(stepNumber) })
          : t.data(`stats.stage.${value}`)
      }
      if (key === 'step') return stepIndex === null ? '' : stepText(task, stepIndex, stepId, locale)
      if (key === 'code' && typeof value === 'string' && stepIndex !== null) {
        return mistakeText(task, stepIndex, stepId, value, locale)
      }
      return undefined
    },
    [t, task, locale],
  )

  return { labelText, seriesText, header, textOf }
}

/** A language's name in the console's language, e.g. `ar` → "arabiska". */
function languageName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code
  } catch {
    return code
  }
}
