import { useCallback } from 'react'
import type { Locale } from '../../domain/locales'
import { useConsoleState } from '../console-context'
import ar from './locales/ar.json'
import en from './locales/en.json'
import svEasy from './locales/sv-easy.json'
import sv from './locales/sv.json'

/**
 * The studio's own texts, in the studio's chunk: the visitor's bundle carries the console's texts in its
 * dictionary, and these would only grow it.
 */
export const STUDIO_TEXTS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  sv,
  'sv-easy': svEasy,
  en,
  ar,
}

/** Parameters filled into a studio text's `{name}` placeholders. */
export type StudioParams = Readonly<Record<string, string | number>>

/** A studio text in a locale with its placeholders filled; the key itself where it is missing. */
export function studioText(locale: Locale, key: string, params?: StudioParams): string {
  const text = STUDIO_TEXTS[locale][key] ?? key
  return text.replace(/\{([\w-]+)\}/g, (whole, name: string) => String(params?.[name] ?? whole))
}

/**
 * The studio's texts in the console's language. A key with a `|` names what to show where the studio has no text
 * of its own for it: `code.wrong-service|wrong-service` shows an author's own mistake code as written.
 */
export function useStudioText(): (key: string, params?: StudioParams) => string {
  const locale = useConsoleState((state) => state.locale)
  return useCallback(
    (key, params) => {
      const [own = key, fallback] = key.split('|')
      return fallback !== undefined && STUDIO_TEXTS[locale][own] === undefined
        ? fallback
        : studioText(locale, own, params)
    },
    [locale],
  )
}
