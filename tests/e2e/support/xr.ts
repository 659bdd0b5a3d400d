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

/**
 * Aims the right controller's ray at an interactable and pulls the trigger. The release waits for
 * the next rendered frame after the press (both in one page call), so the two never land in the same
 * XR frame and stay inside the pointer library's 300 ms click threshold.
 */
export async function pressWithController(page: Page, id: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const before = await visitorFacingState(page)
    await aimAndPull(page, id)
    // A visitor whose press did not take presses again; so does the test, and it counts the misses.
    for (let frame = 0; frame < 12; frame++) {
      if ((await visitorFacingState(page)) !== before) return
      await waitFrames(page, 1)
    }
    controllerPressRetries.count++
  }
  throw new Error(`pressing ${id} with the controller changed nothing, three times`)
}

/** Presses that had to be repeated; tests assert this stays small. */
export const controllerPressRetries = { count: 0 }

/** Everything a press can change, as one comparable string. */
async function visitorFacingState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const state = window.__digidel?.store.getState()
    if (!state) return ''
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
  })
}

async function aimAndPull(page: Page, id: string): Promise<void> {
  const target = await waitForTarget(page, id)
  await page.evaluate(async ([x, y, z]) => {
    const emulator = window.__digidel?.emulator() as { remote: RemoteLike } | undefined
    if (!emulator) throw new Error('no emulated headset')
    await emulator.remote.dispatch('look_at', { device: 'controller-right', target: { x, y, z } })
  }, target.position)
  await waitFrames(page, 3)
  await page.evaluate(async () => {
    const emulator = window.__digidel?.emulator() as { remote: RemoteLike } | undefined
    if (!emulator) throw new Error('no emulated headset')
    await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 1 })
    const pressedAt = window.__digidel?.frames() ?? 0
    while ((window.__digidel?.frames() ?? 0) <= pressedAt)
      await new Promise((resolve) => setTimeout(resolve, 5))
    await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 0 })
  })
}
