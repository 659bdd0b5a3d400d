import { mouse, typeOnKeypad, type InputDriver } from './pay-bill-flow'
import { pressWithController } from './xr'

export { mouse }

/** Presses with the emulated headset's right controller: aim the ray, pull the trigger. */
export const controller: InputDriver = {
  press: pressWithController,
  typeDigits: async (page, digits) => typeOnKeypad(pressWithController)(page, digits),
}
