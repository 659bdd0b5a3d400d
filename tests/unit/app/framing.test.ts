import { PerspectiveCamera, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { fitCamera, fitCameraFocused, type ScreenRegion } from '../../../src/app/framing'

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

/** A phone's canvas above its step sheet, in CSS pixels. */
const PHONE = { width: 390, height: 560 }

/** A target's width and height on screen in CSS pixels, seen from the camera at `position`. */
function pixels(target: Vector3[], position: Vector3, viewport: { width: number; height: number }) {
  const aspect = viewport.width / viewport.height
  const projected = target.map((p) => project(p, position, 58, aspect))
  const xs = projected.map((p) => ((p.x + 1) / 2) * viewport.width)
  const ys = projected.map((p) => ((1 - p.y) / 2) * viewport.height)
  return {
    width: Math.max(...xs) - Math.min(...xs),
    height: Math.max(...ys) - Math.min(...ys),
    inside: projected.every((p) => Math.abs(p.x) <= 1.0001 && Math.abs(p.y) <= 1.0001),
  }
}

describe('fitCameraFocused', () => {
  // A 0.72 m page, 0.9 m tall, with a keyboard of 0.07 m keys in its lower half.
  const page = corners(-0.36, 0.36, 0.6, 1.5, -1)
  const keyboard = corners(-0.2, 0.2, 0.7, 1.05, -1)
  const key = corners(-0.2, -0.13, 0.98, 1.05, -1)
  const aspect = PHONE.width / PHONE.height

  it('frames the whole page when its controls come out large enough', () => {
    const framing = {
      context: page,
      required: key,
      targets: [{ corners: key }],
      viewport: PHONE,
      minTargetPx: 20,
    }
    const focused = fitCameraFocused(framing, basis, 58, aspect, WHOLE, 0.2)
    expect(focused.toArray()).toEqual(fitCamera(page, basis, 58, aspect, WHOLE, 0.2).toArray())
  })

  it('comes nearer on a phone until each key is a finger wide, keeping the keyboard wholly in view', () => {
    const whole = fitCamera(page, basis, 58, aspect, WHOLE, 0.2)
    expect(pixels(key, whole, PHONE).width).toBeLessThan(44)
    const framing = {
      context: page,
      required: keyboard,
      targets: [{ corners: key }],
      viewport: PHONE,
      minTargetPx: 48,
    }
    const focused = fitCameraFocused(framing, basis, 58, aspect, WHOLE, 0.2)
    const seen = pixels(key, focused, PHONE)
    expect(Math.min(seen.width, seen.height)).toBeGreaterThanOrEqual(48)
    expect(Math.min(seen.width, seen.height)).toBeLessThan(49)
    expect(pixels(keyboard, focused, PHONE).inside).toBe(true)
  })

  it('keeps what is required in view when the targets cannot be made large enough', () => {
    // A paper on the desk far to the left must stay in view with the key: the key stays as large as that allows.
    const paper = corners(-1.2, -0.9, 0.7, 1.0, -1)
    const framing = {
      context: page,
      required: [...key, ...paper],
      targets: [{ corners: key }],
      viewport: PHONE,
      minTargetPx: 48,
    }
    const focused = fitCameraFocused(framing, basis, 58, aspect, WHOLE, 0.2)
    expect(pixels(paper, focused, PHONE).inside).toBe(true)
    expect(pixels(key, focused, PHONE).inside).toBe(true)
  })
})
