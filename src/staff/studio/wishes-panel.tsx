import type { Locale } from '../../domain/locales'
import type { WishCounts } from '../../domain/practice-wishes'
import { useConsoleState, useConsoleText } from '../console-context'
import { useStaffJson } from '../stats/use-staff-json'
import './wishes-panel.css'

/** The staff route that counts the wishes (see `src/server/routes/wishes.ts`). */
const WISHES_PATH = '/api/staff/wishes'

/** A day as the console's language writes it. */
function dayText(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso))
}

/**
 * The studio's front page: what residents said they would like to practise next, counted, most asked first, with
 * the period the answers cover, so authors see which errand to write next. Each wish in the words the visitor
 * chose it by.
 */
export function WishesPanel() {
  const t = useConsoleText()
  const locale = useConsoleState((state) => state.locale)
  const loaded = useStaffJson<WishCounts>(WISHES_PATH)
  const counts = loaded.state === 'ready' ? loaded.value : null
  const most = counts?.wishes[0]?.count ?? 0
  return (
    <section className="wishes-panel" aria-labelledby="wishes-title" data-testid="wishes-panel">
      <h3 id="wishes-title">{t('wishes.title')}</h3>
      <p className="wishes-help">{t('wishes.help')}</p>
      {loaded.state === 'problem' && <p role="alert">{t('wishes.failed')}</p>}
      {counts !== null && (counts.first === null || counts.last === null) && (
        <p className="empty">{t('wishes.none')}</p>
      )}
      {counts !== null && counts.first !== null && counts.last !== null && (
        <>
          <p className="wishes-period" data-testid="wishes-period">
            <bdi>
              {t('wishes.period', { from: dayText(counts.first, locale), to: dayText(counts.last, locale) })}
            </bdi>
            {' · '}
            <bdi>{t('wishes.total', { n: counts.total })}</bdi>
          </p>
          <table className="wishes-table">
            <thead>
              <tr>
                <th scope="col">{t('wishes.col.wish')}</th>
                <th scope="col">{t('wishes.col.count')}</th>
              </tr>
            </thead>
            <tbody>
              {counts.wishes.map(({ wish, count }) => (
                <tr key={wish} data-wish={wish}>
                  <th scope="row">{t.data(`survey.wish.${wish}`)}</th>
                  <td>
                    <div className="wishes-value">
                      <span className="wishes-bar" style={{ inlineSize: `${(80 * count) / most}%` }} />
                      <span className="wishes-count" data-testid={`wish-count-${wish}`}>
                        {count}
                      </span>
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
