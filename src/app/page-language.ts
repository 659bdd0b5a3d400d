import { useEffect } from 'react'
import { localeInfo } from '../i18n/locales'
import { useTranslate } from '../i18n/use-translate'
import { useApp } from '../state/store-context'

/**
 * The page's own language, direction and title follow the visitor's language (WCAG 3.1.1): `<html lang="ar"
 * dir="rtl">` for Arabic, so a screen reader picks its Arabic voice for everything, the browser's own UI included.
 * The primary language subtag is what `lang` needs; the app's root keeps the full tag for dates and voices.
 */
export function usePageLanguage(): void {
  const locale = useApp((state) => state.locale)
  const t = useTranslate()
  useEffect(() => {
    const { tag, dir } = localeInfo(locale)
    const root = document.documentElement
    root.lang = tag.split('-')[0] ?? tag
    root.dir = dir
    document.title = t('app.page-title')
  }, [locale, t])
}
