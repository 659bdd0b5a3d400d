import type { Page } from 'playwright-core'
import { waitForState, waitForTarget, waitFrames } from './app-page'

interface RemoteLike {
  dispatch: (tool: string, params: object) => Promise<unknown>
}

/** Enters immersive VR on the emulated Quest 3 by pressing the app's own "Enter VR" button. */
export async function enterVr(page: Page): Promise<void> {
  await page.getByTestId('enter-vr').click()
  await waitForState(page, { xrPresenting: true, mode: 'vr' })
  await waitFrames(page, 3)
}

/** Presses that had to be repeated; tests assert this stays small. */
export const controllerPressRetries = { count: 0 }

/**
 * Aims the right controller's ray at an interactable and pulls the trigger, all inside the page so no
 * round trip slows the emulated frames: aim, wait two rendered frames for the ray to find its target,
 * press, wait one frame (press and release must not share an XR frame), release. A press that changes
 * nothing the visitor can see is repeated, as a visitor would; the misses are counted.
 */
export async function pressWithController(page: Page, id: string): Promise<void> {
  await waitForTarget(page, id)
  for (let attempt = 0; attempt < 3; attempt++) {
    const changed = await page.evaluate(async (wanted) => {
      const automation = window.__digidel
      const emulator = automation?.emulator() as { remote: RemoteLike } | undefined
      if (!automation || !emulator) throw new Error('no emulated headset')
      const afterFrames = async (count: number) => {
        const until = automation.frames() + count
        while (automation.frames() < until) await new Promise((resolve) => setTimeout(resolve, 4))
      }
      const visible = () => {
        const state = automation.store.getState()
        return JSON.stringify([
          state.scene,
          state.locale,
          state.posture,
          state.heldItem,
          state.entries,
          state.run?.stepIndex,
          state.run?.mistakes,
          state.run?.status,
        ])
      }
      const target = automation.targets().find((candidate) => candidate.id === wanted)
      if (!target) throw new Error(`target ${wanted} vanished`)
      const [x, y, z] = target.position
      const before = visible()
      await emulator.remote.dispatch('look_at', { device: 'controller-right', target: { x, y, z } })
      await afterFrames(2)
      await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 1 })
      await afterFrames(1)
      await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 0 })
      for (let frame = 0; frame < 10; frame++) {
        if (visible() !== before) return true
        await afterFrames(1)
      }
      return visible() !== before
    }, id)
    if (changed) return
    controllerPressRetries.count++
  }
  const shot = `test-results/failure-${Date.now()}.png`
  await page.screenshot({ path: shot }).catch(() => undefined)
  throw new Error(`pressing ${id} with the controller changed nothing, three times (see ${shot})`)
}
