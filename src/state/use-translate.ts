import { useMemo, useSyncExternalStore } from 'react'
import { useApp } from './store-context'
import type { Locale } from '../domain/locales'
import type { Translator } from '../i18n/text-key'
import { translatorFor } from '../i18n/translator'
import { subscribeTexts, textsVersion } from '../i18n/text-store'

/** A lookup in one language; a new one for each version of the texts, so its users draw texts that arrive later. */
function translatorAt(locale: Locale, textsVersion: number): Translator {
  void textsVersion
  return translatorFor(locale)
}

/** The visitor's language as a text lookup: `t('bank.step.enter-ocr')`, or `t.data(task.titleKey)`. */
export function useTranslate(): Translator {
  const locale = useApp((state) => state.locale)
  // An authored errand's texts can arrive while a page is open (it was published, or a preview started).
  const version = useSyncExternalStore(subscribeTexts, textsVersion)
  return useMemo(() => translatorAt(locale, version), [locale, version])
}
