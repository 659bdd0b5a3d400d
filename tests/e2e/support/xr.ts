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
 * Aims the right controller's ray at an interactable and pulls the trigger: press and release land
 * in consecutive XR frames, inside the pointer library's click threshold.
 */
export async function pressWithController(page: Page, id: string): Promise<void> {
  const target = await waitForTarget(page, id)
  await page.evaluate(async ([x, y, z]) => {
    const emulator = window.__digidel?.emulator() as { remote: RemoteLike } | undefined
    if (!emulator) throw new Error('no emulated headset')
    await emulator.remote.dispatch('look_at', { device: 'controller-right', target: { x, y, z } })
  }, target.position)
  await waitFrames(page, 4)
  await page.evaluate(async () => {
    const emulator = window.__digidel?.emulator() as { remote: RemoteLike } | undefined
    if (!emulator) throw new Error('no emulated headset')
    await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 1 })
    await emulator.remote.dispatch('set_select_value', { device: 'controller-right', value: 0 })
  })
  await waitFrames(page, 2)
}
