import { isLocale, type Locale } from '../domain/locales'

/** What the page's URL asks for. */
export interface UrlOptions {
  /** `?automation=1`: expose `window.__digidel` for tests and tools. */
  automation: boolean
  /**
   * `?emulate=1`: force the emulated Quest 3 on any host, with its on-screen controls (without them beside
   * `?automation=1`, where the emulator is driven through its remote). Never set for real headsets.
   */
  emulate: boolean
  /** `?lang=sv|en`: the starting language. */
  locale: Locale | null
  /**
   * `?renderScale=0.5`: draw the 3D view at this fraction of the screen's pixels (0.25 to 1), for tests and tools
   * on software GL, where every pixel is shaded on the CPU. Only the sharpness changes: sizes, framing and what a
   * tap or click meets are in CSS pixels. Absent or out of range: the screen's own pixel ratio.
   */
  renderScale: number | null
}

const RENDER_SCALE = { min: 0.25, max: 1 }

export function readUrlOptions(search: string): UrlOptions {
  const params = new URLSearchParams(search)
  const lang = params.get('lang')
  return {
    automation: params.get('automation') === '1',
    emulate: params.get('emulate') === '1',
    locale: isLocale(lang) ? lang : null,
    renderScale: readRenderScale(params.get('renderScale')),
  }
}

function readRenderScale(value: string | null): number | null {
  const scale = Number(value)
  return scale >= RENDER_SCALE.min && scale <= RENDER_SCALE.max ? scale : null
}
