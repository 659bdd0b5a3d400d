// @vitest-environment jsdom
import { act } from 'react'
import type { BufferGeometry, Material, Mesh, Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import { HighlightFrame } from '../../../src/ui/highlight-frame'
import { Box } from '../../../src/ui/kit/box'
import { Panel } from '../../../src/ui/kit/panel'
import { render3d, type Rendered } from '../../fixtures/render-3d'

/** The rings drawn: meshes whose geometry is a ring (ShapeGeometry), with their material. */
function rings(renderer: Rendered): Mesh[] {
  const found: Mesh[] = []
  renderer.scene.instance.traverse((object: Object3D) => {
    const mesh = object as Mesh
    if (mesh.isMesh && mesh.geometry.type === 'ShapeGeometry') found.push(mesh)
  })
  return found
}

function scene(frames: ('target' | 'focus')[]) {
  return (
    <>
      <Panel>
        <Box style={{ width: 0.1, height: 0.05 }} />
      </Panel>
      {frames.map((kind, index) => (
        <HighlightFrame key={index} size={[0.1 + index * 0.05, 0.05]} kind={kind} />
      ))}
    </>
  )
}

describe('HighlightFrame', () => {
  it('keeps its material (and so its shader program) when the last frame goes, for the next step', async () => {
    const { renderer, update } = await render3d(scene(['target', 'target', 'focus']))
    const [first, second, focus] = rings(renderer)
    expect(first?.material).toBe(second?.material)
    expect(focus?.material).not.toBe(first?.material)

    const disposed: (Material | BufferGeometry)[] = []
    const note = (thing: Material | BufferGeometry) =>
      thing.addEventListener('dispose', () => disposed.push(thing))
    const material = first?.material as Material
    note(material)
    const geometries = rings(renderer).map((ring) => ring.geometry)
    geometries.forEach(note)

    // The step ends: every frame goes. Their rings are freed; the material is not.
    await update(scene([]))
    await act(async () => {
      await new Promise((done) => setTimeout(done, 10))
    })
    expect(rings(renderer)).toHaveLength(0)
    expect(disposed).toEqual(expect.arrayContaining(geometries))
    expect(disposed).not.toContain(material)

    // The next step's frame draws with the very same material: three has its program already.
    await update(scene(['target']))
    expect(rings(renderer)[0]?.material).toBe(material)
  })

  it('pulses a target frame and holds a focus ring steady, each on its own material', async () => {
    const { renderer } = await render3d(scene(['target', 'focus']))
    const [target, focus] = rings(renderer) as [Mesh, Mesh]
    await act(async () => {
      await renderer.advanceFrames(2, 0.03)
    })
    expect((target.material as Material).opacity).toBeLessThan(1)
    expect((focus.material as Material).opacity).toBe(1)
  })
})
