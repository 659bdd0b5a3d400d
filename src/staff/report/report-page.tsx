import { useEffect, useState } from 'react'
import { isLocale } from '../../domain/locales'
import type { Locale } from '../../domain/locales'
import { translate } from '../../i18n/translate'
import type { TextParams } from '../../i18n/translate'
import type { ReportCueLevels, TaskReport } from '../../stats/report'
import type { ReportCount } from '../../stats/suppression'
import { SUPPRESS_BELOW } from '../../stats/suppression'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsole, useConsoleState } from '../console-context'
import { LanguageSwitch } from '../language-switch'
import { LoginForm } from '../login-form'
import { formatCell, formatDay } from '../stats/format'
import { defaultRange, queryString, readQuery } from '../stats/stats-query'
import { mistakeText, stepText, taskTitle } from '../stats/task-text'
import { useStaffJson } from '../stats/use-staff-json'
import './report.css'

/**
 * The report on one task for the city's administrations, at `/staff/report?task=…&from=…&to=…&site=…&lang=sv|en`:
 * a page to print on A4 (see the print rules in staff.css). It shows what `GET /api/report` gives: counts of visits,
 * with 1 to 4 shown as "<5", and nothing per visit.
 */
export function ReportPage() {
  const { store, tasks } = useConsole()
  const loggedIn = useConsoleState((state) => state.login !== null)
  const consoleLocale = useConsoleState((state) => state.locale)
  const params = new URLSearchParams(location.search)
  const lang = params.get('lang')
  const locale: Locale = isLocale(lang) ? lang : consoleLocale
  // Read once: the address only changes here when the language does.
  const [query] = useState(() =>
    readQuery(location.search, { task: tasks[0]?.id ?? '', site: '', ...defaultRange(Date.now()) }),
  )
  const t = (key: string, textParams?: TextParams) => translate(locale, key, textParams)

  useEffect(() => {
    document.documentElement.lang = locale
    document.title = `${t('report.title')}: ${taskTitle(
      tasks.find((task) => task.id === query.task),
      query.task,
      locale,
    )}`
  })
  // The login form speaks the report's language.
  useEffect(() => store.setState({ locale }), [store, locale])

  const setLanguage = (code: Locale) => {
    history.replaceState(null, '', `${location.pathname}${queryString({ ...query, lang: code })}`)
    store.setState({ locale: code })
  }

  return (
    <div className="console report-page">
      <nav className="report-actions" aria-label={t('report.actions')}>
        <a href={`/staff/stats${queryString(query)}`}>{t('report.back')}</a>
        <LanguageSwitch locale={locale} label={t('staff.language')} onChange={setLanguage} />
        <button type="button" className="primary" onClick={() => window.print()} disabled={!loggedIn}>
          {t('report.print')}
        </button>
      </nav>
      {loggedIn ? <ReportSheet query={query} locale={locale} /> : <LoginForm />}
    </div>
  )
}

function ReportSheet({ query, locale }: { query: ReturnType<typeof readQuery>; locale: Locale }) {
  const { tasks } = useConsole()
  const t = (key: string, params?: TextParams) => translate(locale, key, params)
  const report = useStaffJson<TaskReport>(`/api/report${queryString(query)}`)
  const sites = useStaffJson<{ sites: { id: string; name: string }[] }>('/api/sites')
  const task = tasks.find((candidate) => candidate.id === query.task)
  if (report.state === 'loading') return <p role="status">{t('stats.loading')}</p>
  if (report.state === 'problem') return <p role="alert">{t('stats.failed')}</p>
  const siteName =
    query.site === ''
      ? t('stats.filter.all-sites')
      : sites.state === 'ready'
        ? (sites.value.sites.find((site) => site.id === query.site)?.name ?? query.site)
        : query.site
  return (
    <ReportBody
      report={report.value}
      task={task}
      locale={locale}
      period={`${formatDay(query.from, locale)} – ${formatDay(query.to, locale)}`}
      siteName={siteName}
    />
  )
}

interface BodyProps {
  report: TaskReport
  task: TaskDefinition | undefined
  locale: Locale
  period: string
  siteName: string
}

function ReportBody({ report, task, locale, period, siteName }: BodyProps) {
  const t = (key: string, params?: TextParams) => translate(locale, key, params)
  const count = (value: ReportCount) => (value === '<5' ? '<5' : formatCell('count', value, locale))
  const share = (value: number | null) => (value === null ? '–' : formatCell('share', value, locale))
  const levels = (value: ReportCueLevels) => [value.none, value.one, value.twoOrMore].map(count)
  return (
    <article className="report-sheet" lang={locale} data-testid="report">
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
              {['none', 'one', 'twoOrMore', 'none', 'one', 'twoOrMore'].map((level, index) => (
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

      <section>
        <h2>{t('report.voice-title')}</h2>
        {report.confidence === null && report.feedback === null ? (
          <p>{t('report.voice-none')}</p>
        ) : (
          <VoiceSummary report={report} task={task} locale={locale} />
        )}
      </section>

      <footer className="report-footer">
        <p>{t('report.privacy', { n: SUPPRESS_BELOW, max: SUPPRESS_BELOW - 1 })}</p>
        <p>{t('report.definitions')}</p>
      </footer>
    </article>
  )
}

function VoiceSummary({
  report,
  task,
  locale,
}: {
  report: TaskReport
  task: TaskDefinition | undefined
  locale: Locale
}) {
  const t = (key: string, params?: TextParams) => translate(locale, key, params)
  const count = (value: ReportCount) => (value === '<5' ? '<5' : formatCell('count', value, locale))
  const mean = (value: number | null) => (value === null ? '–' : formatCell('number', value, locale))
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
                chip: t(`survey.unclear.${entry.chip}`),
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
