import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { fitCamera, type ScreenRegion } from '../../../src/app/framing'

const basis = { right: new Vector3(1, 0, 0), up: new Vector3(0, 1, 0), forward: new Vector3(0, 0, -1) }
const WHOLE: ScreenRegion = { left: -1, right: 1, bottom: -1, top: 1 }

function project(point: Vector3, position: Vector3, fov: number, aspect: number): Vector3 {
  const camera = new PerspectiveCamera(fov, aspect, 0.01, 100)
  camera.position.copy(position)
  camera.lookAt(position.clone().add(basis.forward))
  camera.updateMatrixWorld()
  return point.clone().project(camera)
}

const corners = (x0: number, x1: number, y0: number, y1: number, z: number) => [
  new Vector3(x0, y0, z),
  new Vector3(x1, y0, z),
  new Vector3(x0, y1, z),
  new Vector3(x1, y1, z),
]

describe('fitCamera', () => {
  it('fits a wide panel edge to edge on a portrait phone', () => {
    const points = corners(-0.45, 0.45, 1.0, 1.5, -1)
    const aspect = 390 / 550
    const position = fitCamera(points, basis, 55, aspect, WHOLE, 0.2)
    const projected = points.map((p) => project(p, position, 55, aspect))
    const xs = projected.map((p) => p.x)
    expect(Math.max(...xs)).toBeCloseTo(1, 2)
    expect(Math.min(...xs)).toBeCloseTo(-1, 2)
    for (const p of projected) expect(Math.abs(p.y)).toBeLessThanOrEqual(1.0001)
  })

  it('puts the points inside a part of the screen, leaving the rest free', () => {
    const points = [...corners(-0.2, 0.2, 0.9, 1.3, -0.6), ...corners(-0.3, 0.3, 1.0, 1.6, -1.0)]
    const region: ScreenRegion = { left: -1, right: 1, bottom: -1, top: 0.2 }
    const position = fitCamera(points, basis, 60, 0.75, region, 0.2)
    for (const point of points) {
      const p = project(point, position, 60, 0.75)
      expect(p.y).toBeLessThanOrEqual(0.2001)
      expect(p.y).toBeGreaterThanOrEqual(-1.0001)
      expect(Math.abs(p.x)).toBeLessThanOrEqual(1.0001)
    }
  })

  it('never comes nearer than the minimum distance', () => {
    const points = corners(-0.01, 0.01, 1, 1.02, -1)
    const position = fitCamera(points, basis, 60, 1.6, WHOLE, 0.4)
    expect(position.z - -1).toBeCloseTo(0.4, 3)
  })
})
