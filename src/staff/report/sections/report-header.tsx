import { translate } from '../../../i18n/translate'
import { formatDay } from '../../stats/format'
import { taskTitle } from '../../stats/task-text'
import { reportFormat, type SectionProps } from './report-format'

/** The task, its summary, the period, the site and the day the report was made. */
export function ReportHeader({
  report,
  task,
  locale,
  period,
  siteName,
}: SectionProps & { period: string; siteName: string }) {
  const { t } = reportFormat(locale)
  return (
    <header className="report-header">
      <p className="report-kicker">{t('report.kicker')}</p>
      <h1>{taskTitle(task, report.task, locale)}</h1>
      {task && <p className="report-summary">{translate(locale, task.summaryKey)}</p>}
      <dl className="report-meta">
        <dt>{t('report.period')}</dt>
        <dd>{period}</dd>
        <dt>{t('report.site')}</dt>
        <dd>{siteName}</dd>
        <dt>{t('report.made')}</dt>
        <dd>{formatDay(new Date().toISOString().slice(0, 10), locale)}</dd>
      </dl>
    </header>
  )
}
