import type { Page } from 'playwright-core'
import { waitForState, waitForTarget, waitFrames } from './app-page'
import type { PressOptions } from './drivers'

interface RemoteLike {
  dispatch: (tool: string, params: object) => Promise<unknown>
}

/** Enters immersive VR on the emulated Quest 3 by pressing the app's own "Enter VR" button. */
export async function enterVr(page: Page): Promise<void> {
  await page.getByTestId('enter-vr').click()
  await waitForState(page, { xrPresenting: true, mode: 'vr' })
  await waitFrames(page, 3)
}

/** Sends one command to the emulated headset's remote control (IWER), e.g. `set_gamepad_state`; returns its answer. */
export async function dispatchRemote(page: Page, tool: string, params: object): Promise<unknown> {
  return page.evaluate(
    async ([name, args]) => {
      const emulator = window.__digidel?.emulator() as { remote: RemoteLike } | undefined
      if (!emulator) throw new Error('no emulated headset')
      return emulator.remote.dispatch(name, args)
    },
    [tool, params] as const,
  )
}

/** Which emulated controller presses: either alone must do every task. */
export type Hand = 'left' | 'right'

/** How a controller press is meant: which controller, and whether the control is pressed while disabled. */
export interface ControllerPressOptions extends PressOptions {
  /** @default 'right' */
  hand?: Hand
}

/** Rendered frames between aiming a controller and pulling its trigger (see {@link pullTriggerAt}). */
const AIM_FRAMES = 1

/** Presses that had to be repeated; tests assert this stays small. */
export const controllerPressRetries = { count: 0 }

/**
 * Aims a controller's ray (the right one unless told) at an interactable and pulls the trigger once, inside the
 * page so no round trip slows the emulated frames: aim, wait for the ray to find its target, press, release.
 *
 * Frames are what a VR journey waits on (a few a second on software GL), so it waits no more than it must. Each
 * remote command resolves once the XR frame that applied it has run. The aimed controller's pose reaches the
 * scene in that frame, but the pointer casts from where the controller was drawn last, so its ray meets the target
 * one frame later: one more frame before the press. Press and release must not share an XR frame, and they don't:
 * the release is sent once the press's frame has run, so it lands in the next one.
 */
export async function pullTriggerAt(
  page: Page,
  id: string,
  { disabled = false, hand = 'right' }: ControllerPressOptions = {},
): Promise<void> {
  await waitForTarget(page, id, { enabled: !disabled })
  await page.evaluate(
    async ([wanted, device, aimFrames]) => {
      const automation = window.__digidel
      const emulator = automation?.emulator() as { remote: RemoteLike } | undefined
      if (!automation || !emulator) throw new Error('no emulated headset')
      const afterFrames = async (count: number) => {
        const until = automation.frames() + count
        while (automation.frames() < until) await new Promise((resolve) => setTimeout(resolve, 4))
      }
      const target = automation.targets().find((candidate) => candidate.id === wanted)
      if (!target) throw new Error(`target ${wanted} vanished`)
      const [x, y, z] = target.trackedPosition
      await emulator.remote.dispatch('look_at', { device, target: { x, y, z } })
      await afterFrames(aimFrames)
      await emulator.remote.dispatch('set_select_value', { device, value: 1 })
      await emulator.remote.dispatch('set_select_value', { device, value: 0 })
    },
    [id, `controller-${hand}`, AIM_FRAMES] as const,
  )
}

/**
 * Pulls the trigger at a target until `took` says the press had its effect, as a visitor presses again
 * when nothing happens. Every repeat is counted in `controllerPressRetries`.
 */
export async function pressUntil(
  page: Page,
  id: string,
  took: () => Promise<boolean>,
  attempts = 3,
  options: ControllerPressOptions = {},
): Promise<void> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    if (attempt > 0) controllerPressRetries.count++
    await pullTriggerAt(page, id, options)
    for (let frame = 0; frame < 10; frame++) {
      if (await took()) return
      await waitFrames(page, 1)
    }
  }
  const shot = `test-results/failure-${Date.now()}.png`
  await page.screenshot({ path: shot }).catch(() => undefined)
  throw new Error(`pressing ${id} with the controller did not take, ${attempts} times (see ${shot})`)
}

/** Presses an interactable with a controller (the right one unless told) until something the visitor sees changes. */
export async function pressWithController(
  page: Page,
  id: string,
  options: ControllerPressOptions = {},
): Promise<void> {
  // Its panel laid out first: a layout still settling is no sign that the press took.
  await waitForTarget(page, id, { enabled: !options.disabled })
  const before = await visitorFacingState(page)
  await pressUntil(page, id, async () => (await visitorFacingState(page)) !== before, 3, options)
}

/**
 * Everything a press can change, as one comparable string: the app state, and which controls are in view and
 * enabled (a press may only change what a screen shows, such as the month of a calendar).
 */
async function visitorFacingState(page: Page): Promise<string> {
  return page.evaluate(() => {
    const state = window.__digidel?.store.getState()
    if (!state) return ''
    const controls = (window.__digidel?.targets() ?? [])
      .map((target) => `${target.id}:${target.enabled}`)
      .sort()
    return JSON.stringify([
      controls,
      state.scene,
      state.locale,
      state.posture,
      state.heldItem,
      state.entries,
      state.run?.stepIndex,
      state.run?.mistakes,
      state.run?.status,
      state.run?.waitingForStaff,
      state.menuOpen,
      state.recenterRequests,
      state.settings,
    ])
  })
}
