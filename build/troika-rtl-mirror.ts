import type { Plugin } from 'vite'

/**
 * troika-three-text 0.52 swaps a bracket for its mirror image in right-to-left text ("(" drawn as ")", as the
 * Unicode bidi algorithm asks), but reads the glyph's id before the swap and draws by that id: so "(تدريب)" came
 * out as ")تدريب(" on every Arabic page and paper. This moves the id read after the swap, in troika's own source,
 * at build time (the typesetter runs in a worker made from that source text, so a wrapper cannot reach it).
 * It fails the build if troika's code changes, so the fix is looked at again rather than silently lost.
 */
const READ_ID = 'const glyphId = glyphObj.index;'
const SWAP = 'glyphInfo.fontData.fontObj.forEachGlyph(mirrored, 0, 0, setGlyphObj);'

/** troika's module source with the mirrored glyph's own id drawn. */
export function fixRtlMirroring(source: string): string {
  if (source.split(READ_ID).length !== 2 || source.split(SWAP).length !== 2) {
    throw new Error(
      'troika-three-text changed: check whether its right-to-left bracket mirroring still needs fixing',
    )
  }
  return source
    .replace(READ_ID, 'let glyphId = glyphObj.index;')
    .replace(SWAP, `${SWAP} glyphId = glyphObj.index;`)
}

/** The Vite plugin applying {@link fixRtlMirroring} to troika-three-text wherever it is bundled. */
export function troikaRtlMirror(): Plugin {
  return {
    name: 'troika-rtl-mirror',
    enforce: 'pre',
    transform(code, id) {
      if (!/troika-three-text[\\/]dist[\\/]troika-three-text\.esm\.js$/.test(id)) return null
      return { code: fixRtlMirroring(code), map: null }
    },
  }
}
