import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { waitForTarget, waitFrames, targets } from './app-page'
import { typeOnKeypad, type InputDriver } from './drivers'

/** The smallest tap target a touch screen should offer, in CSS pixels. */
export const MIN_TAP_PX = 44

/** The 3D view's box on the page: targets must lie inside it, not under the step panel or off the edge. */
async function canvasBox(page: Page): Promise<{ left: number; top: number; right: number; bottom: number }> {
  return page.evaluate(() => {
    const rect = document.querySelector('canvas')?.getBoundingClientRect()
    if (!rect) throw new Error('no canvas')
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom }
  })
}

/**
 * Asserts that everything the step points at, and the reading material it needs, is wholly inside the 3D view,
 * and that `pressing` is large enough to tap.
 */
export async function expectStepInView(page: Page, pressing: string): Promise<void> {
  const view = await canvasBox(page)
  const needed = (await targets(page)).filter((target) => target.highlighted || target.shown)
  for (const target of needed) {
    const [left, top, right, bottom] = target.rect ?? [NaN, NaN, NaN, NaN]
    const where = `${target.id} at [${target.rect?.map(Math.round).join(', ')}] in view [${Object.values(view).map(Math.round).join(', ')}]`
    expect(left, where).toBeGreaterThanOrEqual(view.left - 1)
    expect(top, where).toBeGreaterThanOrEqual(view.top - 1)
    expect(right, where).toBeLessThanOrEqual(view.right + 1)
    expect(bottom, where).toBeLessThanOrEqual(view.bottom + 1)
  }
  const target = (await targets(page)).find((candidate) => candidate.id === pressing)
  const [left = 0, top = 0, right = 0, bottom = 0] = target?.rect ?? []
  // Nothing on the page (a button, a dialog) lies over the spot a finger taps.
  const [x = NaN, y = NaN] = target?.screen ?? []
  const under = await page.evaluate(({ px, py }) => document.elementFromPoint(px, py)?.tagName ?? 'nothing', {
    px: x,
    py: y,
  })
  expect(under, `${pressing} at [${Math.round(x)}, ${Math.round(y)}] is covered`).toBe('CANVAS')
  expect(Math.min(right - left, bottom - top), `${pressing} is too small to tap`).toBeGreaterThanOrEqual(
    MIN_TAP_PX,
  )
}

/** Taps an interactable's middle with a finger, after checking the step's targets are in view and big enough. */
const tap: InputDriver['press'] = async (page, id) => {
  await waitForTarget(page, id)
  // The camera frames a new step once its panels are laid out.
  await waitFrames(page, 3)
  await expectStepInView(page, id)
  const target = (await targets(page)).find((candidate) => candidate.id === id)
  if (!target?.screen) throw new Error(`${id} is not on screen`)
  await page.touchscreen.tap(target.screen[0], target.screen[1])
}

/** A finger: taps, and digits tapped on the 3D keypad `keypad` (the bank's unless told). */
export function touchDriver(keypad = 'bank.keypad'): InputDriver {
  return { press: tap, typeDigits: typeOnKeypad(tap, keypad) }
}

/** A finger on the bank's keypad. */
export const touch: InputDriver = touchDriver()
