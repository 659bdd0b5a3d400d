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
  // No control lies over a paper the step needs (a keypad over the bill on the desk): its text shows whole.
  for (const paper of needed.filter((candidate) => candidate.shown)) {
    expect(await coveredPoints(page, paper.id), `${paper.id} covered by a control`).toEqual([])
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

/**
 * The points of a paper's face (a 5 × 5 grid inside its margin) that something else covers, seen from the screen's
 * camera, each with what covers it: empty when its text shows whole.
 */
export async function coveredPoints(page: Page, id: string): Promise<string[]> {
  const covered = await page.evaluate((paper) => window.__digidel?.coveredPoints(paper) ?? null, id)
  if (covered === null) throw new Error(`${id} is not laid out`)
  return covered.map(({ at, by }) => `(${at.join(', ')}) under ${by}`)
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

/** An outline on the page in CSS pixels. */
interface Outline {
  left: number
  top: number
  right: number
  bottom: number
}

/** The reading strip (with the lines cut at its lower edge) and the heading nearest above the step's targets. */
async function stripAndHeading(page: Page): Promise<{
  view: Outline
  strip: (Outline & { cut: string[] }) | null
  heading: Outline | null
  targetsTop: number
}> {
  const view = await canvasBox(page)
  const strip = await page.evaluate(() => {
    const section = document.querySelector('[data-testid="reading-view"]')
    const content = section?.querySelector('.reading-page')
    if (!section || !(content instanceof HTMLElement)) return null
    const rect = section.getBoundingClientRect()
    // Where the strip's text stops showing: the bottom of its scrolling page (a label shows with its value).
    const shownTo = content.getBoundingClientRect().bottom
    const cut = [...content.querySelectorAll('p, h2, h3, li, dl > div')]
      .filter((line) => {
        const box = line.getBoundingClientRect()
        return box.top < shownTo - 1 && box.bottom > shownTo + 1
      })
      .map((line) => {
        const box = line.getBoundingClientRect()
        return `${line.textContent ?? ''} [${Math.round(box.top)}-${Math.round(box.bottom)}] across ${Math.round(shownTo)}`
      })
    return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom, cut }
  })
  return { view, strip, ...(await headingAboveTargets(page)) }
}

/** The page heading nearest above the step's targets (the question they answer), with the targets' top edge. */
async function headingAboveTargets(page: Page): Promise<{ heading: Outline | null; targetsTop: number }> {
  const pointedAt = (await targets(page)).filter((target) => target.highlighted && target.rect)
  const targetsTop = Math.min(...pointedAt.map((target) => target.rect?.[1] ?? Infinity))
  const headings = await page.evaluate(() => window.__digidel?.boxes('page-heading') ?? [])
  const above = headings.filter(([, , , bottom]) => bottom <= targetsTop + 1).sort((a, b) => b[3] - a[3])[0]
  const heading = above ? { left: above[0], top: above[1], right: above[2], bottom: above[3] } : null
  return { heading, targetsTop }
}

/**
 * Asserts what a visitor sees at the top of the view once the camera has come near for a finger: the heading just
 * above the step's targets lies wholly below the top band (Staff, Call staff), and the band is drawn over the view,
 * so no part of the page shows cut between its buttons.
 */
export async function expectHeadingBelowTopBand(page: Page): Promise<void> {
  const band = await page.evaluate(() => {
    const element = document.querySelector('[data-testid="top-band"]')
    if (!element) return null
    const rect = element.getBoundingClientRect()
    // Halfway between Staff and Call staff, where the page's header showed through before.
    const under = document.elementFromPoint((rect.left + rect.right) / 2, (rect.top + rect.bottom) / 2)
    return { bottom: rect.bottom, drawnOver: under === element }
  })
  expect(band, 'the top band shows').not.toBeNull()
  if (!band) return
  expect(band.drawnOver, 'the top band is drawn over the view').toBe(true)
  const { heading, targetsTop } = await headingAboveTargets(page)
  expect(heading, `a heading above the targets (top ${Math.round(targetsTop)})`).not.toBeNull()
  if (!heading) return
  expect(
    heading.top,
    `the heading [${Math.round(heading.top)}-${Math.round(heading.bottom)}] below the band (${Math.round(band.bottom)})`,
  ).toBeGreaterThanOrEqual(band.bottom - 1)
}

const inside = (box: Outline, view: Outline) =>
  box.left >= view.left - 1 &&
  box.top >= view.top - 1 &&
  box.right <= view.right + 1 &&
  box.bottom <= view.bottom + 1

const overlaps = (a: Outline, b: Outline) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

/**
 * Asserts what a visitor on an upright screen sees while the paper is held up to read: the reading strip and the
 * heading just above the step's targets ("What do you need to do?") lie wholly inside the 3D view and do not
 * overlap, and the strip ends below a whole line, none cut through. Waits (up to 60 frames) for a new step's page
 * to be laid out and framed first, as a visitor sees it a moment later.
 */
export async function expectStripClearOfHeading(page: Page): Promise<void> {
  let seen = await stripAndHeading(page)
  for (let tries = 0; tries < 20; tries++) {
    const { view, strip, heading } = seen
    if (strip && heading && inside(heading, view) && !overlaps(heading, strip)) break
    await waitFrames(page, 3)
    seen = await stripAndHeading(page)
  }
  const { view, strip, heading, targetsTop } = seen
  expect(strip, 'the reading strip shows').not.toBeNull()
  expect(heading, `a heading above the targets (top ${Math.round(targetsTop)})`).not.toBeNull()
  if (!strip || !heading) return
  const show = (box: Outline) => `[${[box.left, box.top, box.right, box.bottom].map(Math.round).join(', ')}]`
  expect(inside(strip, view), `the strip ${show(strip)} in view ${show(view)}`).toBe(true)
  expect(inside(heading, view), `the heading ${show(heading)} in view ${show(view)}`).toBe(true)
  expect(overlaps(heading, strip), `the heading ${show(heading)} under the strip ${show(strip)}`).toBe(false)
  expect(strip.cut, 'lines cut through at the strip’s lower edge').toEqual([])
}
