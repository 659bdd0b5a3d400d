import { useMemo, useSyncExternalStore } from 'react'
import { useApp } from './store-context'
import { translate, type TextParams } from '../i18n/translate'
import type { Locale } from '../domain/locales'
import { subscribeTexts, textsVersion } from '../i18n/text-store'

/** A lookup in one language; a new one for each version of the texts, so its users draw texts that arrive later. */
function lookupIn(locale: Locale, textsVersion: number): (key: string, params?: TextParams) => string {
  void textsVersion
  return (key, params) => translate(locale, key, params)
}

/** The visitor's language as a text lookup: `t('bank.step.enter-ocr')`; it changes when new texts arrive too. */
export function useTranslate(): (key: string, params?: TextParams) => string {
  const locale = useApp((state) => state.locale)
  // An authored errand's texts can arrive while a page is open (it was published, or a preview started).
  const version = useSyncExternalStore(subscribeTexts, textsVersion)
  return useMemo(() => lookupIn(locale, version), [locale, version])
}
