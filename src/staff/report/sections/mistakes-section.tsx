import { mistakeText } from '../../stats/task-text'
import { reportFormat, type SectionProps } from './report-format'

/** The most common mistakes, in plain words. */
export function MistakesSection({ report, task, locale }: SectionProps) {
  const { t, count } = reportFormat(locale)
  return (
    <section>
      <h2>{t('report.mistakes-title')}</h2>
      {report.mistakes.length === 0 ? (
        <p>{t('report.mistakes-none')}</p>
      ) : (
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t('report.mistake')}</th>
              <th scope="col">{t('report.step')}</th>
              <th scope="col" className="cell-count">
                {t('report.visits')}
              </th>
            </tr>
          </thead>
          <tbody>
            {report.mistakes.map((mistake) => (
              <tr key={`${mistake.stepIndex}:${mistake.code}`}>
                <td>{mistakeText(task, mistake.stepIndex, mistake.step, mistake.code, locale)}</td>
                <td>{mistake.stepIndex + 1}</td>
                <td className="cell-count">{count(mistake.visits)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
