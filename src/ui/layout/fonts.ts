import { configureTextBuilder } from 'troika-three-text'
import { assetUrl } from './asset-url'
import { FALLBACK_FONT, NO_FALLBACK_URL } from './font-files'

// troika's font configuration: the fallback font and where it looks up missing glyphs (why: font-files.ts).
let configured = false

/** Sets troika's fallback font and fallback lookup once, before any text is drawn. */
export function configureFonts(): void {
  if (configured) return
  configured = true
  configureTextBuilder({
    defaultFontURL: assetUrl(FALLBACK_FONT),
    unicodeFontsURL: assetUrl(NO_FALLBACK_URL),
  })
}

/**
 * The fonts troika tries for a text, as its text builder lists them for drawing (the default font, then the
 * text's own; its resolver tries them last to first): measuring with the same list gives the same glyphs.
 */
export function fontChain(font: string | null): { label: string; src: string }[] {
  const chain = [{ label: 'default', src: assetUrl(FALLBACK_FONT) }]
  if (font !== null) chain.push({ label: 'user', src: assetUrl(font) })
  return chain
}
