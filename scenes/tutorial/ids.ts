import { COMFORT_IDS } from '../../src/xr/comfort'

/**
 * Everything the first-steps lessons point at. The turn and the recenter are not things in the room: the
 * headset's comfort controls report them under these ids when they happen.
 */
export const TUTORIAL_IDS = {
  lamp: 'tutorial.lamp',
  press: 'tutorial.press',
  book: 'tutorial.book',
  cart: 'tutorial.cart',
  snapTurn: COMFORT_IDS.snapTurn,
  recentered: COMFORT_IDS.recenter,
  recenter: 'settings.recenter',
  menu: 'task.settings',
  help: 'help.call',
  keyboard: 'tutorial.keyboard',
} as const
