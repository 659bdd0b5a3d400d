import type { Page } from 'playwright-core'
import { waitForTarget, waitFrames } from './app-page'

interface RemoteLike {
  dispatch: (tool: string, params: object) => Promise<unknown>
}

/**
 * Aims the right controller at an interactable and pulls the trigger once, without checking what changed:
 * in guided mode a finished step changes only `waitingForStaff`, which `pressWithController` does not watch.
 * The release waits for the next rendered frame, so press and release never share an XR frame.
 */
export async function pullTriggerAt(page: Page, id: string): Promise<void> {
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
  await waitFrames(page, 2)
}

/**
 * Pulls the trigger at a target until the headset's state says the press took, as a visitor presses again.
 * On a busy machine the emulated headset can drop to a few frames a second and miss a press.
 */
export async function pressUntil(
  page: Page,
  id: string,
  took: () => Promise<boolean>,
  attempts = 3,
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    await pullTriggerAt(page, id)
    for (let frame = 0; frame < 12; frame++) {
      if (await took()) return
      await waitFrames(page, 1)
    }
  }
  throw new Error(`pressing ${id} with the controller did not take, ${attempts} times`)
}
