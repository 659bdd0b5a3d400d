import { targets, waitForTarget, waitFrames } from './app-page'
import { typeOnKeypad, type InputDriver } from './pay-bill-flow'
import { pressWithController } from './xr'

/** Presses with the mouse at the interactable's place on screen. */
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

/** Presses with the emulated headset's right controller: aim the ray, pull the trigger. */
export const controller: InputDriver = {
  press: pressWithController,
  typeDigits: async (page, digits) => typeOnKeypad(pressWithController)(page, digits),
}
