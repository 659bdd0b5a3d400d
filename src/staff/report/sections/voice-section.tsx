import { stepText } from '../../stats/task-text'
import { reportFormat, type SectionProps } from './report-format'

/** What visitors said, once they are asked. */
export function VoiceSection({ report, task, locale }: SectionProps) {
  const { t } = reportFormat(locale)
  return (
    <section>
      <h2>{t('report.voice-title')}</h2>
      {report.confidence === null && report.feedback === null ? (
        <p>{t('report.voice-none')}</p>
      ) : (
        <VoiceSummary report={report} task={task} locale={locale} />
      )}
    </section>
  )
}

/** What visitors said: their confidence before and after, and their feedback. */
function VoiceSummary({ report, task, locale }: SectionProps) {
  const { t, count, mean } = reportFormat(locale)
  const { confidence, feedback } = report
  return (
    <>
      {confidence && (
        <p>
          {t('report.confidence', {
            before: mean(confidence.before.mean),
            after: mean(confidence.after.mean),
            change: mean(confidence.paired.meanChange),
            visits: count(confidence.paired.visits),
          })}
        </p>
      )}
      {feedback && (
        <ul>
          {feedback.hardest.map((entry) => (
            <li key={`hardest:${entry.step}`}>
              {t('report.feedback-hardest', {
                step: stepText(
                  task,
                  task?.steps.findIndex((step) => step.id === entry.step) ?? 0,
                  entry.step,
                  locale,
                ),
                visits: count(entry.visits),
              })}
            </li>
          ))}
          {feedback.unclear.map((entry) => (
            <li key={`unclear:${entry.chip}`}>
              {t('report.feedback-unclear', {
                chip: t.data(`survey.unclear.${entry.chip}`),
                visits: count(entry.visits),
              })}
            </li>
          ))}
          <li>
            {t('report.feedback-try', {
              yes: count(feedback.tryReal.yes),
              maybe: count(feedback.tryReal.maybe),
              no: count(feedback.tryReal.no),
            })}
          </li>
        </ul>
      )}
    </>
  )
}
