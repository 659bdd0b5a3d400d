import { getTextRenderInfo } from 'troika-three-text'
import { FONTS } from './font-files'
import { configureFonts } from './fonts'

const LATIN_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖÉÜÆØ'
const LATIN = `${LATIN_LETTERS}${LATIN_LETTERS.toLowerCase()}0123456789 .,:;!?-–—()[]/%+&'"“”’«»…·*=@#€$§<>_{}`
const ARABIC_LETTERS = 'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى'
const TATWEEL = 'ـ'
// Each letter as it stands alone, begins, sits inside and ends a word: four shapes, four glyphs.
const ARABIC = [
  ...[...ARABIC_LETTERS].map(
    (letter) => `${letter} ${letter}${TATWEEL} ${TATWEEL}${letter}${TATWEEL} ${TATWEEL}${letter}`,
  ),
  'لا لأ لإ لآ ،؛؟ ٠١٢٣٤٥٦٧٨٩',
].join(' ')

/** The characters drawn into troika's glyph atlas for a font while the app loads. */
export function warmUpText(font: string): string {
  return font === FONTS.arabic.regular || font === FONTS.arabic.bold ? ARABIC : LATIN
}

/**
 * Draws the glyphs a visitor's texts are made of into troika's atlas, as text drawn in that font would, so that
 * a step's new text finds its glyphs there. Without it the first use of a letter, inside a scene, started troika's
 * glyph workers again (they stop when idle), grew the atlas and uploaded it whole: long tasks a visitor sees as a
 * stall. Here they happen on the loading screen.
 */
export function warmUpGlyphs(font: string): Promise<void> {
  configureFonts()
  return new Promise((resolve) => {
    // As the kit's texts are drawn: glyphs made on the CPU (see text-batch.ts), at troika's default glyph size.
    getTextRenderInfo({ text: warmUpText(font), font, fontSize: 0.1, gpuAccelerateSDF: false }, () =>
      resolve(),
    )
  })
}
