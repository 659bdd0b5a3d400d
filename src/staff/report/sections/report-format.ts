import type { Locale } from '../../../domain/locales'
import { translatorFor } from '../../../i18n/translator'
import type { ReportCueLevels, TaskReport } from '../../../stats/report'
import type { ReportCount } from '../../../stats/suppression'
import type { TaskDefinition } from '../../../tasks/schema'
import { formatCell } from '../../stats/format'

/** What every section of the report shares: the report, its task (if the app still has it) and its language. */
export interface SectionProps {
  report: TaskReport
  task: TaskDefinition | undefined
  locale: Locale
}

/** The report's words and numbers in one language: counts under 5 read "<5", a missing share or mean "–". */
export function reportFormat(locale: Locale) {
  const count = (value: ReportCount) => (value === '<5' ? '<5' : formatCell('count', value, locale))
  return {
    t: translatorFor(locale),
    count,
    share: (value: number | null) => (value === null ? '–' : formatCell('share', value, locale)),
    mean: (value: number | null) => (value === null ? '–' : formatCell('number', value, locale)),
    /** A cue level's three counts: none, one, two or more. */
    levels: (value: ReportCueLevels) => [value.none, value.one, value.twoOrMore].map(count),
  }
}
