// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import typrFactory, { type TyprFont } from 'troika-three-text/libs/typr.factory.js'
import { describe, expect, it } from 'vitest'
import { FONTS } from '../../../../src/ui/layout/font-files'
import { warmUpText } from '../../../../src/ui/layout/glyph-warm-up'

const typr = typrFactory()

function parse(font: string): TyprFont {
  const file = readFileSync(resolve(import.meta.dirname, '../../../../public', font.replace(/^\//, '')))
  const parsed = typr.parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength))[0]
  if (!parsed) throw new Error(`cannot parse ${font}`)
  return parsed
}

describe('glyph warm-up', () => {
  it.each(Object.values(FONTS).flatMap((family) => [family.regular, family.bold]))(
    'draws only characters %s has: warming up never asks for a fallback font',
    (font) => {
      const parsed = parse(font)
      const missing = [...new Set(warmUpText(font))].filter(
        (char) => char !== ' ' && typr.U.codeToGlyph(parsed, char.codePointAt(0) ?? 0) === 0,
      )
      expect(missing).toEqual([])
    },
  )

  it('warms the Swedish letters and digits in the Latin fonts, and each Arabic letter in its four shapes', () => {
    const latin = warmUpText(FONTS.latin.bold)
    for (const char of 'åäöÅÄÖ0123456789kr,.') expect(latin).toContain(char)
    const arabic = warmUpText(FONTS.arabic.regular)
    // Alone, first, inside and last in a word (joined to a tatweel).
    for (const shape of ['ب', 'بـ', 'ـبـ', 'ـب']) expect(arabic.split(' ')).toContain(shape)
  })
})
