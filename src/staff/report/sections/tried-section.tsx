import { reportFormat, type SectionProps } from './report-format'

/** How many tried the task and how many finished it. */
export function TriedSection({ report, locale }: SectionProps) {
  const { t, count, share } = reportFormat(locale)
  return (
    <section>
      <h2>{t('report.tried-title')}</h2>
      <div className="report-figures">
        <p>
          <strong data-testid="report-tried">{count(report.tried)}</strong>
          {t('report.tried')}
        </p>
        <p>
          <strong data-testid="report-finished">{count(report.finished)}</strong>
          {t('report.finished')}
        </p>
        <p>
          <strong>{share(report.finishedShare)}</strong>
          {t('report.finished-share')}
        </p>
      </div>
    </section>
  )
}
