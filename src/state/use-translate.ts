import { useCallback } from 'react'
import { useApp } from './store-context'
import { translate, type TextParams } from '../i18n/translate'

/** The visitor's language as a text lookup: `t('bank.step.enter-ocr')`. */
export function useTranslate(): (key: string, params?: TextParams) => string {
  const locale = useApp((state) => state.locale)
  return useCallback((key, params) => translate(locale, key, params), [locale])
}
