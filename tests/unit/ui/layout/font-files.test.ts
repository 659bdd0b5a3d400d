import { describe, expect, it } from 'vitest'
import { FONTS, fontsFor } from '../../../../src/ui/layout/font-files'

describe('fontsFor', () => {
  it('loads the Arabic fonts for Arabic only', () => {
    const arabic: string[] = [FONTS.arabic.regular, FONTS.arabic.bold]
    for (const locale of ['sv', 'sv-easy', 'en'] as const) {
      expect(fontsFor(locale)).toEqual([FONTS.latin.regular, FONTS.latin.bold])
    }
    expect(fontsFor('ar')).toEqual([FONTS.latin.regular, FONTS.latin.bold, ...arabic])
  })

  it('gives the same list for the same fonts, so a change between Latin languages loads nothing again', () => {
    expect(fontsFor('sv')).toBe(fontsFor('en'))
  })
})
