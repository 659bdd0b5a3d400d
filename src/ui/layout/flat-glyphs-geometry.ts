import { BufferAttribute, type TypedArray } from 'three'
import { GlyphsGeometry } from 'troika-three-text'

/** Corners of a glyph's quad: troika's template geometry at detail 1 (four vertices, two triangles). */
const CORNERS = 4
const TEMPLATE_ATTRIBUTES = ['position', 'normal', 'uv'] as const

type TypedArrayConstructor = new (length: number) => TypedArray

/**
 * troika's glyph geometry, drawn as one plain mesh instead of one instance per glyph: each glyph's quad is written
 * out, and each per-glyph value given to its four corners, so troika's shaders read the same values per vertex.
 *
 * A software renderer (SwiftShader: the tests, and a library PC whose GPU the browser refuses) draws every
 * instance as a draw of its own, about 30 µs each: a panel of a thousand glyphs cost 50–65 ms a frame, half of an
 * emulated headset's frame, against 6–7 ms for the same quads written out. A GPU draws either at the same speed;
 * the attributes take four times the memory, a few hundred KB for the largest panel.
 *
 * troika keeps writing per-glyph arrays through {@link updateAttributeData}: the glyph count is that of the last
 * one written. The instance counts troika sets (all glyphs, or fewer for a clipped text) are ignored: all are drawn.
 */
export class FlatGlyphsGeometry extends GlyphsGeometry {
  /** Glyphs written out. */
  private glyphs = 0
  /** troika's one-glyph quad, copied out before it is replaced by the written-out one. */
  private readonly template: Record<(typeof TEMPLATE_ATTRIBUTES)[number], BufferAttribute>
  private readonly templateIndex: ArrayLike<number>

  constructor() {
    super()
    const index = this.getIndex()
    if (!index) throw new Error("troika's glyph template has no index")
    this.templateIndex = Array.from(index.array)
    this.template = {
      position: this.getAttribute('position') as BufferAttribute,
      normal: this.getAttribute('normal') as BufferAttribute,
      uv: this.getAttribute('uv') as BufferAttribute,
    }
    // One "instance" of all the written-out glyphs, or none: whatever troika asks, the glyphs are all drawn.
    Object.defineProperty(this, 'instanceCount', {
      get: () => (this.glyphs > 0 ? 1 : 0),
      set: () => undefined,
    })
    this.writeQuads(0)
  }

  /** The number of glyphs drawn. */
  get glyphCount(): number {
    return this.glyphs
  }

  /** troika's per-glyph array for `name` (`itemSize` values a glyph), written out to each glyph's four corners. */
  override updateAttributeData(name: string, perGlyph: TypedArray | null, itemSize: number): void {
    if (!perGlyph) {
      if (this.getAttribute(name)) this.deleteAttribute(name)
      return
    }
    const glyphs = perGlyph.length / itemSize
    // New sizes of every buffer: free the old ones on the GPU, as troika does when its arrays change size.
    if (glyphs !== this.glyphs) {
      this.dispose()
      this.writeQuads(glyphs)
    }
    const current = this.getAttribute(name) as BufferAttribute | undefined
    const perVertex =
      current && current.array.length === perGlyph.length * CORNERS && current.itemSize === itemSize
        ? current.array
        : new (perGlyph.constructor as TypedArrayConstructor)(perGlyph.length * CORNERS)
    for (let glyph = 0; glyph < glyphs; glyph++) {
      const values = perGlyph.subarray(glyph * itemSize, (glyph + 1) * itemSize)
      for (let corner = 0; corner < CORNERS; corner++)
        perVertex.set(values, (glyph * CORNERS + corner) * itemSize)
    }
    if (perVertex === current?.array) current.needsUpdate = true
    else this.setAttribute(name, new BufferAttribute(perVertex, itemSize))
  }

  /** The template quad written out `glyphs` times, with its index. */
  private writeQuads(glyphs: number): void {
    this.glyphs = glyphs
    for (const name of TEMPLATE_ATTRIBUTES) {
      const quad = this.template[name]
      const array = new Float32Array(quad.array.length * glyphs)
      for (let glyph = 0; glyph < glyphs; glyph++) array.set(quad.array, glyph * quad.array.length)
      this.setAttribute(name, new BufferAttribute(array, quad.itemSize))
    }
    const index = new Uint32Array(this.templateIndex.length * glyphs)
    for (let glyph = 0; glyph < glyphs; glyph++) {
      for (let i = 0; i < this.templateIndex.length; i++) {
        index[glyph * this.templateIndex.length + i] = (this.templateIndex[i] ?? 0) + glyph * CORNERS
      }
    }
    this.setIndex(new BufferAttribute(index, 1))
  }
}
