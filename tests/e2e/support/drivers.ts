import type { Page } from 'playwright-core'
import { targets, waitForTarget, waitFrames } from './app-page'
import { typeOnKeypad, type InputDriver } from './pay-bill-flow'
import { pressWithController, type Hand } from './xr'

/** Clicks an interactable where it is on the canvas. */
export const mouse: InputDriver = {
  press: async (page, id) => {
    const target = await waitForTarget(page, id)
    await waitFrames(page, 2)
    const [fresh] = (await targets(page)).filter((t) => t.id === id)
    const screen = fresh?.screen ?? target.screen
    if (!screen) throw new Error(`${id} is not on screen`)
    await page.mouse.click(screen[0], screen[1])
  },
  typeDigits: async (page, digits) => typeOnKeypad(mouse.press)(page, digits),
}

/** Presses Tab until the element matching `selector` has focus. */
export async function tabTo(page: Page, selector: string): Promise<void> {
  for (let tabs = 0; tabs < 80; tabs++) {
    await page.keyboard.press('Tab')
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return
  }
  throw new Error(`Tab never reached ${selector}`)
}

/** Tab to the control in the accessible mirror and press Enter; digits typed on the keyboard. */
export const keyboard: InputDriver = {
  press: async (page, id) => {
    await waitForTarget(page, id)
    await tabTo(page, `[data-interactable="${id}"]`)
    await page.keyboard.press('Enter')
  },
  typeDigits: async (page, digits) => page.keyboard.type(digits),
}

/** One emulated controller's ray and trigger, the keypad included. */
export function controller(hand: Hand = 'right'): InputDriver {
  const press = (page: Page, id: string) => pressWithController(page, id, hand)
  return { press, typeDigits: async (page, digits) => typeOnKeypad(press)(page, digits) }
}
