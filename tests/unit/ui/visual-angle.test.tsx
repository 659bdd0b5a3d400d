// @vitest-environment jsdom
import { WorkplaceProvider } from '../../../src/ui/workplace'
import { useThree } from '@react-three/fiber'
import { act, useLayoutEffect } from 'react'
import { Vector3 } from 'three'
import { describe, expect, it } from 'vitest'
import BankSet from '../../../scenes/bank/set'
import bankScene from '../../../scenes/bank/scene'
import HomeSet from '../../../scenes/home/set'
import homeScene from '../../../scenes/home/scene'
import LobbySet from '../../../scenes/lobby/set'
import { ReadingViewProvider } from '../../../src/ui/reading-view'
import { StepPanel3D } from '../../../src/ui/step-panel-3d'
import { SettingsMenu3D } from '../../../src/ui/settings-menu-3d'
import type { LayoutNode } from '../../../src/ui/layout/layout-node'
import { layoutNodes, render3d, settleLayout, type Rendered } from '../../fixtures/render-3d'
import { createTestStore } from '../../fixtures/test-store'

/** Where a standing visitor's eyes are in VR: the headset starts here (a seated visitor's world is lowered). */
const EYE = new Vector3(0, 1.6, 0)
/** Meta's legibility guidance for body text in a headset. */
const MIN_DEGREES = 1.5

/** The visual angle of a text's font size (its em) seen from the eye, in degrees. */
function visualAngle(fontSize: number, distance: number): number {
  return (2 * Math.atan(fontSize / (2 * distance)) * 180) / Math.PI
}

const position = new Vector3()

/** Every text laid out in the scene, with its size in degrees as seen from the eye. */
function textAngles(renderer: Rendered): { text: string; degrees: number; distance: number }[] {
  return layoutNodes(renderer)
    .filter(
      (node): node is LayoutNode & { fontSize: number } => node.fontSize !== null && !node.layout.hidden,
    )
    .map((node) => {
      const object = node.object
      if (!object) throw new Error('a text box without its group')
      object.updateWorldMatrix(true, false)
      const distance = object.getWorldPosition(position).distanceTo(EYE)
      return { text: textOf(node), degrees: visualAngle(node.fontSize, distance), distance }
    })
}

/** A text's place in a failure message: the control it labels (if any) and its size. */
function textOf(node: LayoutNode & { fontSize: number }): string {
  return `${node.object?.parent?.name ?? ''} ${node.fontSize.toFixed(3)} m`
}

/** The headset's camera: at the eye, looking straight ahead. */
function Eye() {
  const camera = useThree((state) => state.camera)
  useLayoutEffect(() => {
    camera.position.copy(EYE)
    camera.lookAt(EYE.x, EYE.y, EYE.z - 1)
    camera.updateMatrixWorld()
  }, [camera])
  return null
}

/** Runs frames so head-following panels and held papers reach their places, then waits for layout. */
async function settle(renderer: Rendered, frames = 60): Promise<void> {
  await act(async () => {
    await renderer.advanceFrames(frames, 1 / 20)
  })
  await settleLayout(renderer)
}

/** Texts smaller than the guidance, as "name size: degrees at distance", for a readable failure. */
function tooSmall(renderer: Rendered): string[] {
  return textAngles(renderer)
    .filter(({ degrees }) => degrees < MIN_DEGREES)
    .map(({ text, degrees, distance }) => `${text}: ${degrees.toFixed(2)}° at ${distance.toFixed(2)} m`)
}

function vrVisitor() {
  const test = createTestStore()
  test.store.setState({ mode: 'vr', entered: true })
  return test
}

describe('visual angle', () => {
  it('is about 1° for 17.5 mm at 1 m, and 1.5° for 26 mm', () => {
    expect(visualAngle(0.0175, 1)).toBeCloseTo(1, 2)
    expect(visualAngle(0.0262, 1)).toBeCloseTo(1.5, 2)
    expect(visualAngle(0.0262, 2)).toBeCloseTo(0.75, 2)
  })
})

describe(`legibility in VR at the normal text size: every text at ${MIN_DEGREES}° or more`, () => {
  it('in the lobby, with the settings menu open', async () => {
    const test = vrVisitor()
    test.store.getState().setMenuOpen(true)
    const { renderer } = await render3d(
      <>
        <Eye />
        <LobbySet />
        <SettingsMenu3D />
      </>,
      { test },
    )
    await settle(renderer)
    expect(textAngles(renderer).length).toBeGreaterThan(20)
    expect(tooSmall(renderer)).toEqual([])
  })

  it('in the bank, at every step, with the bill held up to read', async () => {
    const test = vrVisitor()
    const { renderer } = await render3d(
      <>
        <Eye />
        <ReadingViewProvider>
          {/* The bill held up where the bank's workplace puts it in VR. */}
          <WorkplaceProvider value={bankScene.workplace}>
            <BankSet />
          </WorkplaceProvider>
        </ReadingViewProvider>
        <StepPanel3D {...bankScene.workplace.stepPanel} />
      </>,
      { test },
    )
    const state = () => test.store.getState()
    await act(async () => {
      state().startTask('pay-bill')
      state().toggleHeld('bank.bill')
    })
    const small = new Set<string>()
    for (let step = 0; step < 11; step++) {
      await settle(renderer, 20)
      for (const text of tooSmall(renderer)) small.add(`step ${step + 1}: ${text}`)
      await act(async () => state().skipStep())
    }
    expect([...small]).toEqual([])
  })

  it('at home, on the phone, at every message and every question about it', async () => {
    const test = vrVisitor()
    const { renderer } = await render3d(
      <>
        <Eye />
        <HomeSet />
        <StepPanel3D {...homeScene.workplace.stepPanel} />
      </>,
      { test },
    )
    const state = () => test.store.getState()
    await act(async () => state().startTask('spot-the-scam'))
    const small = new Set<string>()
    let steps = 0
    while (state().run?.status === 'running' && steps < 40) {
      await settle(renderer, 20)
      for (const text of tooSmall(renderer)) small.add(`step ${steps + 1}: ${text}`)
      await act(async () => state().skipStep())
      steps++
    }
    expect(steps).toBeGreaterThan(6)
    expect([...small]).toEqual([])
  })
})
