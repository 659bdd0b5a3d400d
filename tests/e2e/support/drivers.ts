import type { Page } from 'playwright-core'
import { targets, waitForState, waitForTarget, waitFrames, waitForStartChoices } from './app-page'
import { pressWithController, type Hand } from './xr'

/** How a press is meant. */
export interface PressOptions {
  /** The control is shown disabled (a day that cannot be picked) and is pressed all the same. @default false */
  disabled?: boolean
}

/** How one kind of input presses an interactable and types a number. */
export interface InputDriver {
  press: (page: Page, id: string, options?: PressOptions) => Promise<void>
  typeDigits: (page: Page, digits: string) => Promise<void>
}

/** Types digits on a 3D keypad (`<keypad>.<digit>`) with a driver's press. */
export function typeOnKeypad(press: InputDriver['press'], keypad = 'bank.keypad'): InputDriver['typeDigits'] {
  return async (page, digits) => {
    for (const digit of digits) await press(page, `${keypad}.${digit}`)
  }
}

/** Clicks an interactable's middle with the mouse, where it is on screen once the camera has settled. */
async function click(page: Page, id: string, { disabled = false }: PressOptions = {}): Promise<void> {
  const target = await waitForTarget(page, id, { enabled: !disabled })
  await waitFrames(page, 2)
  const [fresh] = (await targets(page)).filter((t) => t.id === id)
  const screen = fresh?.screen ?? target.screen
  if (!screen) throw new Error(`${id} is not on screen`)
  await page.mouse.click(screen[0], screen[1])
}

/** The mouse: clicks, and digits clicked on the keypad. */
export function mouseDriver(keypad = 'bank.keypad'): InputDriver {
  return { press: click, typeDigits: typeOnKeypad(click, keypad) }
}

/** Presses Tab until the element matching `selector` has focus. */
export async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let tabs = 0; tabs < limit; tabs++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Chooses "Use on this screen" with Tab and Enter, and waits for the lobby. */
export async function enterScreenWithKeyboard(page: Page): Promise<void> {
  await waitForStartChoices(page)
  await tabTo(page, '[data-testid="use-screen"]')
  await page.keyboard.press('Enter')
  await waitForState(page, { mode: 'desktop' })
  await waitForTarget(page, 'lobby.task.pay-bill')
}

/** The keyboard alone: Tab to a control and Enter; digits typed on the keys. */
export const keyboardDriver: InputDriver = {
  press: async (page, id, { disabled = false } = {}) => {
    await waitForTarget(page, id, { enabled: !disabled })
    await tabTo(page, `[data-interactable="${id}"]`)
    await page.keyboard.press('Enter')
  },
  typeDigits: async (page, digits) => page.keyboard.type(digits),
}

/** One emulated controller (the right one unless told): ray and trigger, digits pressed on the keypad. */
export function controllerDriver(keypad = 'bank.keypad', hand: Hand = 'right'): InputDriver {
  const press: InputDriver['press'] = (page, id, options) =>
    pressWithController(page, id, { ...options, hand })
  return { press, typeDigits: typeOnKeypad(press, keypad) }
}
