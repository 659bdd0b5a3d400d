import { isLocale, type Locale } from '../domain/locales'

/** What the page's URL asks for. */
export interface UrlOptions {
  /** `?automation=1`: expose `window.__digidel` for tests and tools. */
  automation: boolean
  /**
   * `?emulate=1`: force the emulated Quest 3 on any host, with its on-screen controls (without them beside
   * `?automation=1`, where the emulator is driven through its remote). Never set for real headsets.
   */
  emulate: boolean
  /** `?lang=sv|en`: the starting language. */
  locale: Locale | null
}

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  return {
    automation: params.get('automation') === '1',
    emulate: params.get('emulate') === '1',
    locale: isLocale(lang) ? lang : null,
  }
}
