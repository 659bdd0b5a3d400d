import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, isLocale, localeInfo } from '../../../src/i18n/locales'

describe('locales', () => {
  it('offers Swedish first, as the default, and English', () => {
    expect(DEFAULT_LOCALE).toBe('sv')
    expect(localeInfo('sv')).toEqual({ code: 'sv', name: 'Svenska', dir: 'ltr', tag: 'sv-SE' })
    expect(localeInfo('en').name).toBe('English')
  })

  it('accepts only the offered languages, e.g. from ?lang=', () => {
    expect(isLocale('en')).toBe(true)
    expect(isLocale('EN')).toBe(false)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
