// troika-three-text ships no type entry; only what the app uses is declared.
declare module 'troika-three-text' {
  import type {
    Color,
    DataTexture,
    InstancedBufferGeometry,
    Material,
    Mesh,
    Object3DEventMap,
    TypedArray,
  } from 'three'

  /** Events a Text sends besides those of any mesh. */
  export interface TextEventMap extends Object3DEventMap {
    syncstart: object
    synccomplete: object
  }

  /** The props that decide where troika puts glyphs: the same for drawing and for measuring. */
  export interface TypesetProps {
    text: string
    font: string | null
    fontSize: number
    lineHeight: number | 'normal'
    letterSpacing: number
    maxWidth: number
    textAlign: 'left' | 'right' | 'center' | 'justify'
    direction: 'auto' | 'ltr' | 'rtl'
    whiteSpace: 'normal' | 'nowrap'
    overflowWrap: 'normal' | 'break-word'
    lang: string | null
  }

  export class Text extends Mesh<InstancedBufferGeometry, Material, TextEventMap> {
    text: string
    font: string | null
    fontSize: number
    lineHeight: number | 'normal'
    letterSpacing: number
    maxWidth: number
    textAlign: TypesetProps['textAlign']
    direction: TypesetProps['direction']
    whiteSpace: TypesetProps['whiteSpace']
    overflowWrap: TypesetProps['overflowWrap']
    lang: string | null
    anchorX: number | 'left' | 'center' | 'right'
    anchorY: number | 'top' | 'top-baseline' | 'middle' | 'bottom-baseline' | 'bottom'
    color: string | number | Color | null
    clipRect: [number, number, number, number] | null
    gpuAccelerateSDF: boolean
    depthOffset: number
    textRenderInfo: { blockBounds: [number, number, number, number] } | null
    sync(callback?: () => void): void
    dispose(): void
    hasOutline(): boolean
    /** Sets the material's uniforms for drawing this text; troika calls it from `onBeforeRender`. */
    _prepareForRender(material: Material): void
  }

  /** A text's glyphs: troika's one-glyph quad, drawn once per glyph (instanced). */
  export class GlyphsGeometry extends InstancedBufferGeometry {
    /** Sets the per-glyph attribute `name` (`itemSize` values a glyph), or removes it given null. */
    updateAttributeData(name: string, array: TypedArray | null, itemSize: number): void
  }

  /** Draws every Text added to it in one draw call. */
  export class BatchedText extends Text {
    addText(text: Text): void
    removeText(text: Text): void
    /** Composes the members' matrices and grows the batch's bounds around them. */
    updateBounds(): void
    /** The members' packed matrices and uniforms, per material ('main', 'outline'), once packed. */
    _dataTextures: { main?: DataTexture; outline?: DataTexture }
  }

  /** The worker module that lays out text; its `measure` gives the block size for a maximum width. */
  export const typesetterWorkerModule: unknown

  /** Lays out text and draws its glyphs into the shared atlas; the callback gets the result. */
  export function getTextRenderInfo(
    args: Partial<Omit<TypesetProps, 'font'>> & { text: string; font: string; gpuAccelerateSDF?: boolean },
    callback: (info: unknown) => void,
  ): void

  export function configureTextBuilder(config: {
    useWorker?: boolean
    defaultFontURL?: string
    unicodeFontsURL?: string
  }): void
}

declare module 'troika-worker-utils' {
  export function defineWorkerModule<Args extends unknown[], Result>(options: {
    name: string
    dependencies?: unknown[]
    init: (...dependencies: never[]) => (...args: Args) => Result | Promise<Result>
    workerId?: string
  }): (...args: Args) => Promise<Result>
}

declare module 'troika-three-text/libs/typr.factory.js' {
  /** A parsed font file (Typr). */
  export interface TyprFont {
    head: { unitsPerEm: number }
  }
  export interface Typr {
    parse(buffer: ArrayBuffer): TyprFont[]
    U: { codeToGlyph(font: TyprFont, code: number): number }
  }
  /** The font parser troika uses in its worker. */
  export default function typrFactory(): Typr
}
