import { useEffect, useState } from 'react'
import { isLocale } from '../../domain/locales'
import type { Locale } from '../../domain/locales'
import { translatorFor } from '../../i18n/translator'
import type { TaskReport } from '../../stats/report'
import { SUPPRESS_BELOW } from '../../stats/suppression'
import type { TaskDefinition } from '../../tasks/schema'
import { useConsole, useConsoleState } from '../console-context'
import { LanguageSwitch } from '../language-switch'
import { LoginForm } from '../login-form'
import { formatDay } from '../stats/format'
import { defaultRange, queryString, readQuery } from '../stats/stats-query'
import { taskTitle } from '../stats/task-text'
import { useStaffJson } from '../stats/use-staff-json'
import { CuesSection } from './sections/cues-section'
import { MistakesSection } from './sections/mistakes-section'
import { reportFormat } from './sections/report-format'
import { ReportHeader } from './sections/report-header'
import { StuckSection } from './sections/stuck-section'
import { TriedSection } from './sections/tried-section'
import { VoiceSection } from './sections/voice-section'
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
  const t = translatorFor(locale)

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
  const t = translatorFor(locale)
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
  const { t } = reportFormat(locale)
  return (
    <article className="report-sheet" lang={locale} data-testid="report">
      <ReportHeader report={report} task={task} locale={locale} period={period} siteName={siteName} />
      <TriedSection report={report} task={task} locale={locale} />
      <StuckSection report={report} task={task} locale={locale} />
      <MistakesSection report={report} task={task} locale={locale} />
      <CuesSection report={report} task={task} locale={locale} />
      <VoiceSection report={report} task={task} locale={locale} />
      <footer className="report-footer">
        <p>{t('report.privacy', { n: SUPPRESS_BELOW, max: SUPPRESS_BELOW - 1 })}</p>
        <p>{t('report.definitions')}</p>
      </footer>
    </article>
  )
}
