import { describe, expect, it } from 'vitest'
import { BoxGeometry, Group, Mesh, MeshBasicMaterial, PerspectiveCamera, PlaneGeometry, Scene } from 'three'
import { coveredPoints } from '../../../src/app/line-of-sight'
import { createInteractableRegistry } from '../../../src/ui/interactable-registry'

/** A 0.2 × 0.3 m paper facing a camera 1 m in front of it, and a registry that knows it as `paper`. */
function setUp() {
  const scene = new Scene()
  const paper = new Group()
  paper.add(new Mesh(new PlaneGeometry(0.2, 0.3), new MeshBasicMaterial()))
  scene.add(paper)
  const camera = new PerspectiveCamera(50, 1, 0.05, 10)
  camera.position.set(0, 0, 1)
  scene.add(camera)
  const registry = createInteractableRegistry()
  registry.register({
    id: 'paper',
    role: 'document',
    name: 'Paper',
    enabled: true,
    object: paper,
    bounds: () => ({ width: 0.2, height: 0.3 }),
    activate: () => undefined,
  })
  return { scene, camera, registry }
}

describe('coveredPoints', () => {
  it('finds nothing over a paper in plain view', () => {
    const { scene, camera, registry } = setUp()
    expect(coveredPoints(scene, camera, null, registry, 'paper')).toEqual([])
  })

  it('names the points of the paper a box in front of it covers, and only those', () => {
    const { scene, camera, registry } = setUp()
    // A keypad-like box over the paper's right edge, between it and the camera.
    const keypad = new Mesh(new BoxGeometry(0.06, 0.5, 0.02), new MeshBasicMaterial())
    keypad.name = 'keypad'
    keypad.position.set(0.09, 0, 0.3)
    scene.add(keypad)
    const covered = coveredPoints(scene, camera, null, registry, 'paper') ?? []
    expect(covered.map((point) => point.at[0])).toEqual([0.45, 0.45, 0.45, 0.45, 0.45])
    expect(new Set(covered.map((point) => point.by))).toEqual(new Set(['keypad']))
  })

  it('is null for a paper that is not laid out', () => {
    const { scene, camera, registry } = setUp()
    expect(coveredPoints(scene, camera, null, registry, 'letter')).toBeNull()
  })
})
