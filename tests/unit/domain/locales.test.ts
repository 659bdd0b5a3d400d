import { describe, expect, it } from 'vitest'
import { DEFAULT_LOCALE, isLocale, LOCALES, localeInfo } from '../../../src/domain/locales'

describe('locales', () => {
  it('offers Swedish first, as the default, then easy-read Swedish, English and Arabic', () => {
    expect(DEFAULT_LOCALE).toBe('sv')
    expect(LOCALES.map((locale) => locale.code)).toEqual(['sv', 'sv-easy', 'en', 'ar'])
    expect(localeInfo('sv')).toEqual({ code: 'sv', name: 'Svenska', dir: 'ltr', tag: 'sv-SE' })
    expect(localeInfo('en').name).toBe('English')
  })

  it('reads Arabic right to left, with Swedish weeks and the digits on the bill', () => {
    expect(localeInfo('ar').dir).toBe('rtl')
    expect(new Intl.Locale(localeInfo('ar').tag).language).toBe('ar')
    expect(new Intl.NumberFormat(localeInfo('ar').tag).format(5050)).toMatch(/^5.?050$/)
    expect(localeInfo('sv-easy')).toMatchObject({ dir: 'ltr', tag: 'sv-SE' })
  })

  it('accepts only the offered languages, e.g. from ?lang=', () => {
    expect(isLocale('en')).toBe(true)
    expect(isLocale('EN')).toBe(false)
    expect(isLocale('de')).toBe(false)
    expect(isLocale(undefined)).toBe(false)
  })
})
