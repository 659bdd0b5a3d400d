import { typesetterWorkerModule, type TypesetProps } from 'troika-three-text'
import { defineWorkerModule } from 'troika-worker-utils'
import { NO_FALLBACK_URL } from './font-files'
import { fontChain } from './fonts'
import { assetUrl } from './asset-url'
import { warmUpGlyphs } from './glyph-warm-up'

/** The size of a laid-out block of text, in metres. */
export interface TextBlockSize {
  width: number
  height: number
}

type FontList = { label: string; src: string }[]
type MeasureArgs = Omit<TypesetProps, 'font' | 'maxWidth'> & {
  font: FontList
  maxWidth?: number
  unicodeFontsURL: string
}
interface Typesetter {
  measure(args: MeasureArgs, callback: (size: TextBlockSize) => void): void
}

/**
 * troika's own typesetter, asked for metrics only, in troika's worker: the size comes from the same code that
 * later draws the text, so layout and glyphs always agree. No glyph atlas is touched.
 */
const measureInWorker = defineWorkerModule<[MeasureArgs], TextBlockSize>({
  name: 'DigidelTextMeasure',
  dependencies: [typesetterWorkerModule],
  init: (typesetter: Typesetter) => (args: MeasureArgs) =>
    new Promise<TextBlockSize>((resolve) => typesetter.measure(args, resolve)),
})

/** Measures text as troika would draw it (the worker needs absolute font URLs: it has no base of its own) with these props, wrapped at `maxWidth` (Infinity: no wrapping). */
export function measureText(props: TypesetProps, maxWidth: number): Promise<TextBlockSize> {
  const { font, maxWidth: drawnWidth, ...rest } = props
  return measureInWorker({
    ...rest,
    font: fontChain(font),
    unicodeFontsURL: assetUrl(NO_FALLBACK_URL),
    ...(Number.isFinite(maxWidth) ? { maxWidth } : {}),
  })
}

/**
 * Loads and parses fonts in troika's worker before any text needs them, then draws their common glyphs into the
 * atlas (glyph-warm-up.ts), calling `onLoaded` for each. Measuring a letter loads a font without drawing glyphs
 * (troika's own preload draws its glyphs on the GPU, which shears them on some renderers).
 */
export function preloadFonts(fonts: readonly string[], onLoaded: () => void): void {
  for (const font of fonts) {
    void measureText(
      {
        text: 'Å',
        font,
        fontSize: 1,
        lineHeight: 1,
        letterSpacing: 0,
        maxWidth: Infinity,
        textAlign: 'left',
        direction: 'ltr',
        whiteSpace: 'normal',
        overflowWrap: 'normal',
        lang: null,
      },
      Infinity,
    )
      .then(() => warmUpGlyphs(font))
      .then(onLoaded, onLoaded)
  }
}

/** Widths closer than this are the same width: layout rounds to a tenth of a millimetre. */
const EPSILON = 0.00015
/** A rough advance per character, as a share of the font size, for the first layout before measuring. */
const ESTIMATED_ADVANCE = 0.55

interface Measured extends TextBlockSize {
  maxWidth: number
}

/**
 * The measured sizes of one text at the widths layout asked for. Layout is synchronous and measuring is not:
 * a width not measured yet gets an estimate now and a measurement soon, after which `onMeasured` asks for a
 * new layout. Text that fits on one line at width W has the same size at any width from its own width up.
 */
export class TextSizes {
  private props: TypesetProps | null = null
  private measured: Measured[] = []
  private inFlight = new Set<number>()
  private version = 0

  constructor(
    private readonly onMeasured: () => void,
    /** +1 when a measurement starts, -1 when it ends: layout is settled only at zero. */
    private readonly onPending: (delta: 1 | -1) => void,
    private readonly measure: typeof measureText = measureText,
  ) {}

  /** Sets what is measured; returns false when nothing changed. */
  setProps(props: TypesetProps): boolean {
    if (this.props && sameTypesetting(this.props, props)) return false
    this.props = props
    this.measured = []
    this.inFlight.clear()
    this.version++
    return true
  }

  /** The size at this maximum width: measured, or estimated while a measurement runs. */
  sizeAt(maxWidth: number): TextBlockSize {
    const known = this.measured.find((entry) => fits(entry, maxWidth))
    if (known) return known
    this.request(maxWidth)
    return this.estimate(maxWidth)
  }

  /**
   * The maximum width to draw at, for a box laid out `width` wide: the very width a wrapped text was measured
   * at, so it wraps the same; no limit for text that fits on its lines; the box's width before measuring.
   */
  drawWidth(width: number): number {
    const known = this.measured.find((entry) => fits(entry, width))
    if (!known) return width
    return isWrapped(known) ? known.maxWidth : Infinity
  }

  private request(maxWidth: number): void {
    const props = this.props
    if (!props || this.inFlight.has(maxWidth)) return
    this.inFlight.add(maxWidth)
    const version = this.version
    this.onPending(1)
    this.measure(props, maxWidth)
      .then((size) => {
        if (version !== this.version) return
        this.inFlight.delete(maxWidth)
        this.measured.push({ ...size, maxWidth })
        this.onMeasured()
      })
      .catch(() => undefined)
      .finally(() => this.onPending(-1))
  }

  private estimate(maxWidth: number): TextBlockSize {
    const props = this.props
    if (!props) return { width: 0, height: 0 }
    const lineHeight = (typeof props.lineHeight === 'number' ? props.lineHeight : 1.2) * props.fontSize
    const natural = props.text.length * props.fontSize * ESTIMATED_ADVANCE
    const width = Math.min(natural, maxWidth)
    const lines = width > 0 ? Math.max(1, Math.ceil(natural / width)) : 1
    return { width, height: lines * lineHeight }
  }
}

/** Whether a measurement answers for this width: the same width, or any width the one-line text fits in. */
function fits(entry: Measured, maxWidth: number): boolean {
  if (Math.abs(entry.maxWidth - maxWidth) < EPSILON) return true
  return !isWrapped(entry) && maxWidth >= entry.width - EPSILON
}

/** troika reports a wrapped block as wide as its maximum width. */
function isWrapped(entry: Measured): boolean {
  return Number.isFinite(entry.maxWidth) && entry.width >= entry.maxWidth - EPSILON
}

const TYPESET_KEYS = [
  'text',
  'font',
  'fontSize',
  'lineHeight',
  'letterSpacing',
  'textAlign',
  'direction',
  'whiteSpace',
  'overflowWrap',
  'lang',
] as const satisfies readonly (keyof TypesetProps)[]

function sameTypesetting(a: TypesetProps, b: TypesetProps): boolean {
  return TYPESET_KEYS.every((key) => a[key] === b[key])
}
