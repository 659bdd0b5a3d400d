import { Color, DataTexture, MeshBasicMaterial, type Material } from 'three'
import { BatchedText, Text } from 'troika-three-text'
import { describe, expect, it } from 'vitest'
import { FlatGlyphsGeometry } from '../../../../src/ui/layout/flat-glyphs-geometry'
import { PanelTextBatch } from '../../../../src/ui/layout/text-batch'

// troika's typesetting (its worker, the font files, the glyph atlas) is replaced in both batches by the same fixed
// result for each text, delivered as troika delivers it: the member's glyphs set, then `synccomplete`.
interface GlyphGeometry {
  updateGlyphs(bounds: Float32Array, indices: Float32Array, block: number[], chunks: null, colors: null): void
}

function typesetAtOnce(text: Text): void {
  const member = text as Text & { _needsSync: boolean; _textRenderInfo: unknown }
  member.sync = (callback) => {
    if (!member._needsSync) return
    member._needsSync = false
    const glyphs = text.text.length
    const bounds = new Float32Array(glyphs * 4).map((_, i) => (i % 4) * 0.01 + Math.floor(i / 4) * 0.02)
    const indices = new Float32Array(glyphs).map((_, i) => i)
    const block = [0, -text.fontSize, glyphs * 0.02, 0]
    member._textRenderInfo = {
      glyphAtlasIndices: indices,
      glyphBounds: bounds,
      blockBounds: block,
      sdfTexture: new DataTexture(new Uint8Array(4), 1, 1),
      sdfGlyphSize: 64,
      sdfExponent: 9,
    }
    ;(text.geometry as unknown as GlyphGeometry).updateGlyphs(bounds, indices, block, null, null)
    text.dispatchEvent({ type: 'synccomplete' })
    callback?.()
  }
}

function member(content: string, x: number, color: string): Text {
  const text = new Text()
  typesetAtOnce(text)
  text.text = content
  text.fontSize = 0.03
  text.position.set(x, 0.1, 0.001)
  text.color = new Color(color)
  return text
}

type Batch = BatchedText & { _prepareForRender(material: Material): void }

/** One frame as three draws it: troika's sync from onBeforeRender, world matrices, then the draw preparation. */
async function frame(batch: Batch) {
  batch.sync()
  await new Promise((done) => setTimeout(done, 0))
  batch.updateMatrixWorld()
  const material = batch.material as Material & { uniforms: Record<string, { value: unknown }> }
  batch._prepareForRender(material)
  const texture = batch._dataTextures.main
  return {
    data: Array.from(texture?.image.data ?? []),
    size: [texture?.image.width, texture?.image.height],
    bounds: batch.geometry.boundingSphere?.clone(),
    glyphs: glyphIndices(batch),
    atlas: material.uniforms.uTroikaSDFTexture?.value !== null,
    totalBounds: material.uniforms.uTroikaTotalBounds?.value,
  }
}

/**
 * The atlas index of each glyph packed: troika's batch holds one per instance, ours one per corner of each
 * glyph's written-out quad (see FlatGlyphsGeometry), so every fourth.
 */
function glyphIndices(batch: Batch): number[] {
  const values = Array.from(batch.geometry.getAttribute('aTroikaGlyphIndex')?.array ?? [])
  return batch.geometry instanceof FlatGlyphsGeometry ? values.filter((_, i) => i % 4 === 0) : values
}

/** A scene of three texts that move, change colour, get clipped, change text and leave, frame by frame. */
async function play(batch: Batch, changed: () => void) {
  const frames = []
  const texts = [
    member('Betala', 0, '#1d2430'),
    member('Bankgiro 5050-1055', 0.2, '#0b5'),
    member('OCR', -0.1, '#c00'),
  ]
  for (const text of texts) batch.addText(text)
  frames.push(await frame(batch), await frame(batch), await frame(batch))
  const [first, second, third] = texts as [Text, Text, Text]
  second.position.set(0.25, -0.05, 0.002)
  third.color = new Color('#123456')
  third.clipRect = [0, -0.02, 0.05, 0]
  changed()
  frames.push(await frame(batch), await frame(batch))
  first.text = 'Betala räkningen'
  changed()
  frames.push(await frame(batch), await frame(batch))
  batch.removeText(second)
  changed()
  frames.push(await frame(batch), await frame(batch))
  return frames
}

function batchOf<T extends BatchedText>(batch: T): T & Batch {
  batch.material = new MeshBasicMaterial({ transparent: true, toneMapped: false })
  return batch as T & Batch
}

describe('PanelTextBatch', () => {
  it("packs every frame exactly what troika's own batch packs, through moves, colours, clips, new text and removal", async () => {
    const troika = await play(batchOf(new BatchedText()), () => undefined)
    const panel = batchOf(new PanelTextBatch())
    const ours = await play(panel, () => panel.memberChanged())
    expect(ours).toEqual(troika)
    // The scene really changed the packed data, so the comparison above compared something.
    expect(troika[3]?.data).not.toEqual(troika[2]?.data)
    expect(troika[7]?.data).not.toEqual(troika[6]?.data)
  })

  it('leaves its members alone in frames where none of them changed', async () => {
    const batch = batchOf(new PanelTextBatch())
    const texts = [member('Ja', 0, '#000'), member('Nej', 0.1, '#000')]
    let prepared = 0
    for (const text of texts) {
      const prepare = text._prepareForRender.bind(text)
      text._prepareForRender = (material) => {
        prepared++
        prepare(material)
      }
      batch.addText(text)
    }
    await frame(batch)
    await frame(batch)
    prepared = 0
    for (let i = 0; i < 10; i++) await frame(batch)
    expect(prepared).toBe(0)
    batch.memberChanged()
    await frame(batch)
    expect(prepared).toBe(texts.length)
  })
})
