// @vitest-environment jsdom
import { act } from 'react'
import type { BufferGeometry, Object3D, Texture } from 'three'
import { BatchedText } from 'troika-three-text'
import { describe, expect, it } from 'vitest'
import { RectBatch } from '../../../../src/ui/layout/rect-batch'
import { Box, Row } from '../../../../src/ui/kit/box'
import { Panel } from '../../../../src/ui/kit/panel'
import { Text } from '../../../../src/ui/kit/text'
import { layoutNodes, render3d, type Rendered } from '../../../fixtures/render-3d'

const LONG_SWEDISH =
  'Räkningen har kommit med posten. Ta upp den från skrivbordet och läs den noga innan du betalar: ' +
  'förfallodag, bankgironummer och OCR-nummer står längst ned på räkningen.'

function rootOf(renderer: Rendered) {
  const root = layoutNodes(renderer).find((node) => node.parent === null)
  if (!root) throw new Error('no panel')
  return root
}

function xOf(renderer: Rendered, name: string): number {
  return (renderer.scene.findByProps({ name }).instance as { position: { x: number } }).position.x
}

describe('Panel', () => {
  it('grows to fit a long Swedish text, wrapped to its width', async () => {
    const panel = (text: string) => (
      <Panel width={0.5} padding={0.02}>
        <Text>{text}</Text>
      </Panel>
    )
    const { renderer, update } = await render3d(panel('Kort'))
    const oneLine = rootOf(renderer).layout.height
    await update(panel(LONG_SWEDISH))
    const root = rootOf(renderer)
    const [text] = root.ordered
    expect(root.layout.width).toBeCloseTo(0.5, 4)
    expect(text?.layout.width).toBeCloseTo(0.46, 4)
    // At least four lines of 2.8 cm type at 1.3 line height, and the board grew with them.
    expect(text?.layout.height).toBeGreaterThanOrEqual(0.028 * 1.3 * 4 - 0.0002)
    expect(root.layout.height).toBeGreaterThan(oneLine * 3)
    expect(root.layout.height).toBeCloseTo((text?.layout.height ?? 0) + 0.04, 3)
  })

  it('mirrors a row for a right-to-left language', async () => {
    const panel = (dir: 'ltr' | 'rtl') => (
      <Panel width={0.6} dir={dir}>
        <Row>
          <Box style={{ width: 0.1, height: 0.05 }} background="#d00000" name="first" />
          <Box style={{ width: 0.1, height: 0.05 }} background="#00a000" name="second" />
        </Row>
      </Panel>
    )
    const ltr = await render3d(panel('ltr'))
    expect(xOf(ltr.renderer, 'first')).toBeLessThan(xOf(ltr.renderer, 'second'))
    // The row starts at the left edge in LTR…
    expect(xOf(ltr.renderer, 'first')).toBeCloseTo(-0.6 / 2 + 0.02 + 0.05, 4)

    const rtl = await render3d(panel('rtl'))
    // …and at the right edge in RTL, in reverse order.
    expect(xOf(rtl.renderer, 'first')).toBeGreaterThan(xOf(rtl.renderer, 'second'))
    expect(xOf(rtl.renderer, 'first')).toBeCloseTo(0.6 / 2 - 0.02 - 0.05, 4)
  })

  it('gives back its geometries and textures when it goes away (a panel of every errand, visitor after visitor)', async () => {
    const { renderer } = await render3d(
      <Panel width={0.5}>
        <Text>Välkommen</Text>
      </Panel>,
    )
    const held: (BufferGeometry | Texture)[] = []
    renderer.scene.instance.traverse((object: Object3D) => {
      if (object instanceof RectBatch)
        object.traverse((part) => 'geometry' in part && held.push(part.geometry as BufferGeometry))
      if (object instanceof BatchedText) {
        held.push(object.geometry)
        const textures = (object as unknown as { _dataTextures: Record<string, Texture> })._dataTextures
        held.push(...Object.values(textures))
      }
    })
    // The rectangles' geometry, the glyphs' geometry and the glyph data texture, at least.
    expect(held.length).toBeGreaterThanOrEqual(2)
    const disposed = new Set<BufferGeometry | Texture>()
    for (const resource of held) resource.addEventListener('dispose', () => disposed.add(resource))
    await act(async () => renderer.unmount())
    expect(held.filter((resource) => !disposed.has(resource))).toEqual([])
  })
})
