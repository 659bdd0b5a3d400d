import { describe, expect, it, vi } from 'vitest'
import { FlatGlyphsGeometry } from '../../../../src/ui/layout/flat-glyphs-geometry'

const values = (geometry: FlatGlyphsGeometry, name: string) => Array.from(geometry.getAttribute(name).array)

describe('FlatGlyphsGeometry', () => {
  it("writes troika's quad out once per glyph, with each glyph's values at its four corners", () => {
    const geometry = new FlatGlyphsGeometry()
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([7, 9]), 1)
    geometry.updateAttributeData('aTroikaGlyphBounds', new Float32Array([0, 0, 1, 1, 2, 0, 3, 1]), 4)
    expect(geometry.glyphCount).toBe(2)
    expect(values(geometry, 'aTroikaGlyphIndex')).toEqual([7, 7, 7, 7, 9, 9, 9, 9])
    expect(values(geometry, 'aTroikaGlyphBounds').slice(12, 20)).toEqual([0, 0, 1, 1, 2, 0, 3, 1])
    // The second quad is the first's corners again, its triangles pointing at its own four vertices.
    const position = values(geometry, 'position')
    expect(position.slice(12, 24)).toEqual(position.slice(0, 12))
    const index = Array.from(geometry.getIndex()?.array ?? [])
    expect(index).toHaveLength(12)
    expect(index.slice(6)).toEqual(index.slice(0, 6).map((vertex) => vertex + 4))
    // Nothing is instanced: three draws all of it as one.
    expect(geometry.getAttribute('aTroikaGlyphIndex')).not.toHaveProperty('isInstancedBufferAttribute', true)
    expect(geometry.instanceCount).toBe(1)
  })

  it('draws nothing while empty, and ignores the instance counts troika sets', () => {
    const geometry = new FlatGlyphsGeometry()
    expect(geometry.instanceCount).toBe(0)
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([1, 2, 3]), 1)
    geometry.instanceCount = 3
    expect(geometry.instanceCount).toBe(1)
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array(0), 1)
    expect(geometry.instanceCount).toBe(0)
  })

  it('writes into the same buffers while the glyph count holds, and frees them on the GPU when it changes', () => {
    const geometry = new FlatGlyphsGeometry()
    const disposed = vi.fn()
    geometry.addEventListener('dispose', disposed)
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([1, 2]), 1)
    const attribute = geometry.getAttribute('aTroikaGlyphIndex')
    disposed.mockClear()
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([3, 4]), 1)
    expect(geometry.getAttribute('aTroikaGlyphIndex')).toBe(attribute)
    expect(values(geometry, 'aTroikaGlyphIndex')).toEqual([3, 3, 3, 3, 4, 4, 4, 4])
    expect(disposed).not.toHaveBeenCalled()
    geometry.updateAttributeData('aTroikaGlyphIndex', new Float32Array([5, 6, 7]), 1)
    expect(disposed).toHaveBeenCalledOnce()
    expect(geometry.getAttribute('position').count).toBe(12)
  })

  it('removes an attribute troika no longer sends', () => {
    const geometry = new FlatGlyphsGeometry()
    geometry.updateAttributeData('aTroikaGlyphColor', new Uint8Array([1, 2, 3]), 3)
    geometry.updateAttributeData('aTroikaGlyphColor', null, 3)
    expect(geometry.getAttribute('aTroikaGlyphColor')).toBeUndefined()
  })
})
