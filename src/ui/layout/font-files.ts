import { hasRtlLetters } from '../../i18n/bidi'
import { localeInfo, type Locale } from '../../domain/locales'

/**
 * The fonts of in-world text, all served from `public/fonts` (Noto, SIL Open Font License).
 *
 * Why a font per text, chosen by script, plus one fallback font: troika 0.52.5 draws with a single `font` URL
 * (a list only reaches its typesetter, not `getTextRenderInfo`), and for any glyph that font lacks it tries the
 * builder's `defaultFontURL` and then its CDN. Noto Sans has no Arabic letters and Noto Sans Arabic has no Latin
 * letters and no bidi isolates (U+2066-2069). So text with Arabic letters is drawn in Noto Sans Arabic (bold or
 * regular, as asked), everything else in Noto Sans, and Noto Sans Regular is the default font that covers the
 * Latin letters, isolates and punctuation inside Arabic text. A merged Latin+Arabic font per weight would keep
 * bold Latin words bold inside Arabic text too, but needs a font build step and makes every visitor download the
 * Arabic glyphs twice over; the only cost here is that a Latin word inside bold Arabic text is regular.
 * The CDN is pointed at this origin: a glyph no local font has shows up as a request to NO_FALLBACK_URL, which
 * the end-to-end tests fail on, and never leaves the origin.
 */
export const FONTS = {
  latin: { regular: '/fonts/NotoSans-Regular.ttf', bold: '/fonts/NotoSans-Bold.ttf' },
  arabic: { regular: '/fonts/NotoSansArabic-Regular.ttf', bold: '/fonts/NotoSansArabic-Bold.ttf' },
} as const

const LATIN_FONTS: readonly string[] = [FONTS.latin.regular, FONTS.latin.bold]
const LATIN_AND_ARABIC_FONTS: readonly string[] = [...LATIN_FONTS, FONTS.arabic.regular, FONTS.arabic.bold]

/**
 * The font files to load before a visitor in this language sees the first text: the Latin fonts always (they are
 * the fallback, and carry digits and isolates), the Arabic ones only for a language written in Arabic letters,
 * as its own name is. Any other text in Arabic letters (the lobby's "العربية") fetches its font when drawn.
 * The same list (same object) for the same fonts, so it can be an effect's dependency.
 */
export function fontsFor(locale: Locale): readonly string[] {
  return hasRtlLetters(localeInfo(locale).name) ? LATIN_AND_ARABIC_FONTS : LATIN_FONTS
}

/** troika's fallback for glyphs a text's own font lacks. */
export const FALLBACK_FONT = FONTS.latin.regular
/** Where troika would look up fonts for glyphs no local font has: nothing is there, and it is this origin. */
export const NO_FALLBACK_URL = '/fonts/no-fallback'

/** The font a text is drawn and measured in: by its script and weight. */
export function fontFor(text: string, bold: boolean): string {
  const family = hasRtlLetters(text) ? FONTS.arabic : FONTS.latin
  return bold ? family.bold : family.regular
}
