import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { fixRtlMirroring } from '../../../build/troika-rtl-mirror'

const troikaSource = readFileSync(
  createRequire(import.meta.url)
    .resolve('troika-three-text')
    .replace(/umd\.js$/, 'esm.js'),
  'utf8',
)

describe("troika's right-to-left bracket mirroring, as the build fixes it", () => {
  it('draws the mirrored glyph by its own id: the id is read again after the swap', () => {
    const fixed = fixRtlMirroring(troikaSource)
    const swap = fixed.indexOf('forEachGlyph(mirrored, 0, 0, setGlyphObj);')
    const readAgain = fixed.indexOf('glyphId = glyphObj.index;', swap)
    expect(swap).toBeGreaterThan(0)
    expect(readAgain).toBeGreaterThan(swap)
    // Before the draw data is built from the id.
    expect(readAgain).toBeLessThan(fixed.indexOf('fontGlyphData[glyphId]'))
    expect(fixed).not.toContain('const glyphId = glyphObj.index;')
  })

  it('stops the build when troika changes, rather than losing the fix silently', () => {
    expect(() => fixRtlMirroring('export const nothing = 1')).toThrow(/troika-three-text changed/)
  })
})
