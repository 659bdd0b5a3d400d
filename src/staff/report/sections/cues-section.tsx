import { stepText } from '../../stats/task-text'
import { reportFormat, type SectionProps } from './report-format'

/** The level of cues per step: the app's hints and staff's help apart. */
export function CuesSection({ report, task, locale }: SectionProps) {
  const { t, count, levels } = reportFormat(locale)
  return (
    <section className="report-cues">
      <h2>{t('report.cues-title')}</h2>
      <p className="report-note">{t('report.cues-help')}</p>
      <table className="report-table" data-testid="report-cues">
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('report.step')}
            </th>
            <th scope="col" rowSpan={2} className="cell-count">
              {t('report.visits')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('stats.panel.cues-app')}
            </th>
            <th scope="colgroup" colSpan={3}>
              {t('stats.panel.cues-staff')}
            </th>
          </tr>
          <tr>
            {(['none', 'one', 'twoOrMore', 'none', 'one', 'twoOrMore'] as const).map((level, index) => (
              <th key={index} scope="col" className="cell-count">
                {t(`stats.series.${level}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.cues.map((step) => (
            <tr key={step.stepIndex}>
              <td>
                <strong>{step.stepIndex + 1}.</strong> {stepText(task, step.stepIndex, step.step, locale)}
              </td>
              {[count(step.reached), ...levels(step.visitor), ...levels(step.staff)].map((cell, index) => (
                <td key={index} className="cell-count">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
