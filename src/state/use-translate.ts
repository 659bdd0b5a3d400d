import { useMemo } from 'react'
import { useApp } from './store-context'
import type { Translator } from '../i18n/text-key'
import { translatorFor } from '../i18n/translator'

/** The visitor's language as a text lookup: `t('bank.step.enter-ocr')`, or `t.data(task.titleKey)`. */
export function useTranslate(): Translator {
  const locale = useApp((state) => state.locale)
  return useMemo(() => translatorFor(locale), [locale])
}
