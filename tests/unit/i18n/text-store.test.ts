import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A text store of its own for each test: the shared one has every language installed by the unit setup. */
async function freshStore() {
  vi.resetModules()
  const store = await import('../../../src/i18n/text-store')
  const { translate } = await import('../../../src/i18n/translate')
  const { loadLocaleTexts, loadStaffTexts } = await import('../../../src/i18n/load-locale')
  return { ...store, translate, loadLocaleTexts, loadStaffTexts }
}

describe('the text store', () => {
  let texts: Awaited<ReturnType<typeof freshStore>>
  beforeEach(async () => {
    texts = await freshStore()
  })

  it('loads only the languages asked for', async () => {
    await texts.loadLocaleTexts('ar')
    expect(texts.isLocaleLoaded('ar')).toBe(true)
    expect(texts.isLocaleLoaded('sv')).toBe(false)
    expect(texts.textOf('ar', 'lobby.welcome')).toBeDefined()
  })

  it("gives a visitor's page no console texts, and the console both its own and the visitor's", async () => {
    const staffKeys = Object.keys((await import('../../../src/staff/locales/sv.json')).default)
    await texts.loadLocaleTexts('sv')
    expect(staffKeys.filter((key) => texts.textOf('sv', key) !== undefined)).toEqual([])
    await texts.loadStaffTexts('sv')
    expect(staffKeys.filter((key) => texts.textOf('sv', key) === undefined)).toEqual([])
    expect(texts.textOf('sv', 'lobby.welcome')).toBeDefined()
  })

  it('shows the default language while another one is still loading, never a bare key', async () => {
    await texts.loadLocaleTexts('sv')
    expect(texts.translate('en', 'lobby.welcome')).toBe(texts.textOf('sv', 'lobby.welcome'))
    await texts.loadLocaleTexts('en')
    expect(texts.translate('en', 'lobby.welcome')).toBe(texts.textOf('en', 'lobby.welcome'))
  })

  it("adds and takes away an authored errand's texts, and tells its listeners", () => {
    const heard = vi.fn()
    texts.subscribeTexts(heard)
    texts.addErrandTexts('parking', { sv: { 'parking.title': 'Parkera' } })
    expect(texts.textOf('sv', 'parking.title')).toBe('Parkera')
    texts.removeErrandTexts('parking')
    expect(texts.textOf('sv', 'parking.title')).toBeUndefined()
    expect(heard).toHaveBeenCalledTimes(2)
  })
})
