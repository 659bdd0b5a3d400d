// @vitest-environment jsdom
import type { ReactNode } from 'react'
import type { BufferGeometry, Mesh, Object3D } from 'three'
import { describe, expect, it } from 'vitest'
import BankSet from '../../../scenes/bank/set'
import EServiceSet from '../../../scenes/e-service/set'
import HomeSet from '../../../scenes/home/set'
import LobbySet from '../../../scenes/lobby/set'
import TutorialSet from '../../../scenes/tutorial/set'
import { Box } from '../../../src/ui/kit/box'
import { Panel } from '../../../src/ui/kit/panel'
import { ReadingViewProvider } from '../../../src/ui/reading-view'
import { Room } from '../../../src/ui/room'
import { render3d, type Rendered } from '../../fixtures/render-3d'

/** Every geometry drawn in the scene now. */
function geometries(renderer: Rendered): Set<BufferGeometry> {
  const found = new Set<BufferGeometry>()
  renderer.scene.instance.traverse((object: Object3D) => {
    const mesh = object as Mesh
    if (mesh.isMesh) found.add(mesh.geometry)
  })
  return found
}

/** A panel that stays: the test renderer waits for a panel's layout. */
const staying = (
  <Panel>
    <Box style={{ width: 0.1, height: 0.05 }} />
  </Panel>
)

/**
 * Enters and leaves `scene` twice, as two visitors would, and describes the geometries the first visit drew that
 * were never disposed: not the ones still drawn by what stays, nor the ones the second visit drew again (made once
 * and shared, such as the pressables' hit plane).
 */
async function keptAfterLeaving(scene: ReactNode): Promise<string[]> {
  const visit = (
    <ReadingViewProvider>
      {staying}
      {scene}
    </ReadingViewProvider>
  )
  const left = <ReadingViewProvider>{staying}</ReadingViewProvider>
  const { renderer, update } = await render3d(visit)
  const first = geometries(renderer)
  const disposed = new Set<BufferGeometry>()
  for (const geometry of first) geometry.addEventListener('dispose', () => disposed.add(geometry))
  await update(left)
  const still = geometries(renderer)
  await update(visit)
  const second = geometries(renderer)
  await update(left)
  return [...first]
    .filter((geometry) => !disposed.has(geometry) && !still.has(geometry) && !second.has(geometry))
    .map((geometry) => `${geometry.type} of ${geometry.getAttribute('position').count} vertices`)
}

describe('a scene gives back its geometries when the visitor leaves it (the soak found ~9 kept per visitor)', () => {
  it('a room', async () => {
    expect(await keptAfterLeaving(<Room floorColor="#888888" wallColor="#eeeeee" />)).toEqual([])
  })
  it('the lobby', async () => {
    expect(await keptAfterLeaving(<LobbySet />)).toEqual([])
  })
  it('the tutorial', async () => {
    expect(await keptAfterLeaving(<TutorialSet />)).toEqual([])
  })
  it('the bank', async () => {
    expect(await keptAfterLeaving(<BankSet />)).toEqual([])
  })
  it('the service centre', async () => {
    expect(await keptAfterLeaving(<EServiceSet />)).toEqual([])
  })
  it('the home', async () => {
    expect(await keptAfterLeaving(<HomeSet />)).toEqual([])
  })
})
