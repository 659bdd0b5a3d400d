// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import typrFactory, { type TyprFont } from 'troika-three-text/libs/typr.factory.js'
import { describe, expect, it } from 'vitest'
import { DICTIONARY } from '../../../../src/i18n/dictionary'
import { LOCALES } from '../../../../src/domain/locales'
import { translate } from '../../../../src/i18n/translate'
import { FALLBACK_FONT, FONTS, fontFor } from '../../../../src/ui/layout/font-files'
import { fontChain } from '../../../../src/ui/layout/fonts'

const typr = typrFactory()
const parsed = new Map<string, TyprFont>()

/** Whether a font file from public/ has a glyph for a code point, as troika's resolver asks it. */
function supports(font: string, codePoint: number): boolean {
  let typrFont = parsed.get(font)
  if (!typrFont) {
    const file = readFileSync(resolve(import.meta.dirname, '../../../../public', font.replace(/^\//, '')))
    typrFont = typr.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))[0]
    if (!typrFont) throw new Error(`cannot parse ${font}`)
    parsed.set(font, typrFont)
  }
  return typr.U.codeToGlyph(typrFont, codePoint) > 0
}

/** Characters of a text that neither its own font nor the fallback has: troika would look them up elsewhere. */
function unresolved(text: string, bold: boolean): string[] {
  const font = fontFor(text, bold)
  return [...text].filter((char) => {
    // troika gives whitespace the font of the character before it, without asking.
    if (/\s/.test(char)) return false
    const code = char.codePointAt(0) ?? 0
    return !supports(font, code) && !supports(FALLBACK_FONT, code)
  })
}

describe('in-world fonts', () => {
  it('draw Arabic text in Noto Sans Arabic and everything else in Noto Sans, in the asked weight', () => {
    expect(fontFor('ادفع الفاتورة', false)).toBe(FONTS.arabic.regular)
    expect(fontFor('ادفع الفاتورة', true)).toBe(FONTS.arabic.bold)
    expect(fontFor('Betala räkningen', true)).toBe(FONTS.latin.bold)
    expect(fontFor('5050-1055', false)).toBe(FONTS.latin.regular)
  })

  it('fall back to Noto Sans for what the Arabic font lacks: Latin letters and the bidi isolates', () => {
    expect(supports(FONTS.arabic.regular, 0x2066)).toBe(false)
    expect(supports(FONTS.arabic.regular, 'k'.codePointAt(0) ?? 0)).toBe(false)
    expect(supports(FALLBACK_FONT, 0x2066)).toBe(true)
    expect(supports(FALLBACK_FONT, 0x2069)).toBe(true)
  })

  it('measure with the fonts troika draws with: the fallback first, then the text’s own', () => {
    expect(fontChain(FONTS.arabic.bold).map((font) => font.label)).toEqual(['default', 'user'])
    expect(fontChain(FONTS.arabic.bold)[0]?.src).toMatch(/NotoSans-Regular\.ttf$/)
  })

  it.each(LOCALES.map((locale) => locale.code))(
    'cover every glyph of every %s text locally, with numbers isolated, in both weights',
    (code) => {
      const missing = Object.keys(DICTIONARY[code]).flatMap((key) => {
        const text = translate(code, key, { n: 3, count: 11, amount: '845,00', date: '2026-12-08' })
        return [...unresolved(text, false), ...unresolved(text, true)].map((char) => `${key}: ${char}`)
      })
      expect(missing).toEqual([])
    },
  )

  it('cover the language names the lobby lists', () => {
    for (const { name } of LOCALES) expect(unresolved(name, true), name).toEqual([])
  })

  it('cover a real Arabic sentence with a bankgiro number, an amount and a date', () => {
    const line = translate('ar', 'bank.hint.enter-bankgiro-digits')
    expect(line).toMatch(/[\u0600-\u06ff]/)
    expect(unresolved(line, false)).toEqual([])
    expect(unresolved(`${line} 1 250,00 kr 2026-12-08`, true)).toEqual([])
  })
})
