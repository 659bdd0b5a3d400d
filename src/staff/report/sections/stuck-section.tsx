import { stepText } from '../../stats/task-text'
import { reportFormat, type SectionProps } from './report-format'

/** The steps where most got stuck. */
export function StuckSection({ report, task, locale }: SectionProps) {
  const { t, count, share } = reportFormat(locale)
  return (
    <section>
      <h2>{t('report.stuck-title')}</h2>
      <p className="report-note">{t('report.stuck-help')}</p>
      {report.stuck.length === 0 ? (
        <p>{t('report.stuck-none')}</p>
      ) : (
        <ol className="report-stuck">
          {report.stuck.map((step) => (
            <li key={step.stepIndex}>
              <strong>{t('stats.stage.step', { n: step.stepIndex + 1 })}:</strong>{' '}
              {stepText(task, step.stepIndex, step.step, locale)}
              <br />
              <span>
                {t('report.stuck-count', { stuck: count(step.stuck), reached: count(step.reached) })}
                {step.share !== null && ` (${share(step.share)})`}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
