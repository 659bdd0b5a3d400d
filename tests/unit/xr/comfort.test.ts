import { Group, Quaternion, Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import { COMFORT, recenterOrigin, snapTurn, turnOriginAboutHead } from '../../../src/xr/comfort'

/** Where a point held in the origin's frame (a head pose from the headset) ends up in the room. */
function inRoom(origin: Group, local: Vector3): Vector3 {
  origin.updateMatrixWorld(true)
  return local.clone().applyMatrix4(origin.matrixWorld)
}

describe('snap turn', () => {
  it('turns once per push of the stick, either way, and again only after it came back', () => {
    const stick = { armed: true }
    expect(snapTurn(0.9, stick)).toBe(1)
    expect(snapTurn(0.95, stick)).toBe(0)
    expect(snapTurn(0.5, stick)).toBe(0)
    expect(snapTurn(0.1, stick)).toBe(0)
    expect(snapTurn(-0.8, stick)).toBe(-1)
    expect(snapTurn(0.45, { armed: true })).toBe(0)
  })

  it('turns the visitor on the spot: the head stays where it is, the view turns by one step', () => {
    const origin = new Group()
    const headLocal = new Vector3(0.4, 1.6, -0.3)
    const before = inRoom(origin, headLocal)
    turnOriginAboutHead(origin, before, 1)
    expect(inRoom(origin, headLocal).distanceTo(before)).toBeLessThan(1e-9)
    const forward = new Vector3(0, 0, -1).applyQuaternion(origin.quaternion)
    // Turning right: looking along -Z, the view swings towards +X.
    expect(forward.x).toBeCloseTo(Math.sin((COMFORT.snapDegrees * Math.PI) / 180))
  })
})

describe('recenter', () => {
  it('brings a visitor who walked and turned back above the start, looking ahead', () => {
    const origin = new Group()
    const headLocal = new Vector3(0.8, 1.5, 0.6)
    const headTurn = new Quaternion().setFromAxisAngle(new Vector3(0, 1, 0), 1.1)
    turnOriginAboutHead(origin, inRoom(origin, headLocal), -1)
    recenterOrigin(origin, inRoom(origin, headLocal), origin.quaternion.clone().multiply(headTurn))
    const head = inRoom(origin, headLocal)
    expect(head.x).toBeCloseTo(0)
    expect(head.z).toBeCloseTo(0)
    expect(head.y).toBeCloseTo(1.5)
    const looking = new Vector3(0, 0, -1).applyQuaternion(origin.quaternion.clone().multiply(headTurn))
    expect(looking.x).toBeCloseTo(0)
    expect(looking.z).toBeCloseTo(-1)
  })
})
