import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { TUTORIAL_IDS } from '../../scenes/tutorial/ids'
import {
  appState,
  openApp,
  targets,
  waitForState,
  waitForTarget,
  waitFrames,
  waitForStartChoices,
} from './support/app-page'
import {
  HEADSET_MIRROR_VIEWPORT,
  newContext,
  recordForeignRequests,
  recordPageErrors,
} from './support/browser'
import { mouseDriver } from './support/drivers'
import { SCREENSHOTS, visitorSuite } from './support/suite'
import { touch } from './support/touch'
import { dispatchRemote, enterVr, pressWithController } from './support/xr'

const ARTIFACTS = SCREENSHOTS
const mouse = mouseDriver()
const { origin: base, browser: suiteBrowser, contexts } = visitorSuite()

/** Where an interactable is drawn on the page now, in CSS pixels. */
async function onScreen(page: Page, id: string): Promise<[number, number]> {
  await waitForTarget(page, id)
  await waitFrames(page, 3)
  const target = (await targets(page)).find((candidate) => candidate.id === id)
  if (!target?.screen) throw new Error(`${id} is not on screen`)
  return target.screen
}

/** A straight line of points from one place to another, as a hand moves. */
function path(from: [number, number], to: [number, number], steps = 12): [number, number][] {
  return Array.from({ length: steps }, (_, index) => {
    const share = (index + 1) / steps
    return [from[0] + (to[0] - from[0]) * share, from[1] + (to[1] - from[1]) * share]
  })
}

/** Drags with the mouse: press on the book, move to the cart with the button held, let go. */
async function dragWithMouse(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  await page.mouse.move(...from)
  await page.mouse.down()
  for (const point of path(from, to)) await page.mouse.move(...point)
  await page.mouse.up()
}

/** Drags with one finger on a touch screen: touch, slide, lift. */
async function dragWithFinger(page: Page, from: [number, number], to: [number, number]): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const at = ([x, y]: [number, number]) => [{ x, y, id: 1 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from) })
  for (const point of path(from, to)) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(point) })
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

/** A visitor on a screen of this size, in the lobby, where the screen lesson is listed first. */
async function screenVisitor(
  viewport: { width: number; height: number },
  hasTouch: boolean,
): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await suiteBrowser().newContext({ viewport, deviceScaleFactor: 1, hasTouch })
  contexts.push(context)
  const page = await context.newPage()
  const foreign = recordForeignRequests(page, base())
  const errors = recordPageErrors(page)
  await openApp(page, base(), '&lang=en')
  await waitForStartChoices(page)
  await page.getByTestId('use-screen').click()
  await waitForState(page, { mode: 'desktop' })
  const listed = (await targets(page)).filter((target) => target.id.startsWith('lobby.task.'))
  expect(listed[0]?.id).toBe('lobby.task.screen-basics')
  expect(listed.map((target) => target.id)).not.toContain('lobby.task.vr-basics')
  return { page, foreign, errors }
}

describe('First steps on a screen', () => {
  it('teaches click, drag and the keyboard with the mouse and a physical keyboard on a desktop', async () => {
    const { page, foreign, errors } = await screenVisitor({ width: 1280, height: 800 }, false)
    await mouse.press(page, 'lobby.task.screen-basics')
    await waitForState(page, { task: 'screen-basics', step: 'press' })
    await mouse.press(page, TUTORIAL_IDS.press)

    await waitForState(page, { step: 'grab' })
    const cart = await onScreen(page, TUTORIAL_IDS.cart)
    // Let go beside the cart first: the book goes back to the table, and the step waits.
    await dragWithMouse(page, await onScreen(page, TUTORIAL_IDS.book), [cart[0], cart[1] - 260])
    await waitFrames(page, 5)
    expect((await appState(page)).step).toBe('grab')
    await dragWithMouse(page, await onScreen(page, TUTORIAL_IDS.book), cart)

    await waitForState(page, { step: 'type' })
    await waitFrames(page, 5)
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-screen-type.png` })
    await page.keyboard.type('hej')
    await page.keyboard.press('Enter')

    await waitForState(page, { step: 'help' })
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-screen-help.png` })
    await page.getByTestId('help-call').click()
    await waitForState(page, { status: 'completed' })
    // A rehearsal: nobody was called.
    expect(await page.getByTestId('help-call').textContent()).toBe('Call staff')
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('is done with a finger on a 1024×768 tablet: tap, drag and the on-screen keys', async () => {
    const { page, errors } = await screenVisitor({ width: 1024, height: 768 }, true)
    await touch.press(page, 'lobby.task.screen-basics')
    await touch.press(page, TUTORIAL_IDS.press)
    await waitForState(page, { step: 'grab' })
    await dragWithFinger(
      page,
      await onScreen(page, TUTORIAL_IDS.book),
      await onScreen(page, TUTORIAL_IDS.cart),
    )
    await waitForState(page, { step: 'type' })
    for (const key of ['h', 'e', 'j', 'ok']) await touch.press(page, `tutorial.keyboard.${key}`)
    await waitForState(page, { step: 'help' })
    await page.getByTestId('help-call').tap()
    await waitForState(page, { status: 'completed' })
    await waitFrames(page, 3)
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-tablet-done.png` })
    expect(errors).toEqual([])
  })
})

/** Sends one command to the emulated headset, then lets `frames` frames render so the app sees it. */
async function headset(page: Page, tool: string, params: object, frames = 2): Promise<void> {
  await dispatchRemote(page, tool, params)
  await waitFrames(page, frames)
}

/** Where an interactable is in the headset's tracking space, as the emulator takes it. */
async function tracked(page: Page, id: string): Promise<{ x: number; y: number; z: number }> {
  const target = await waitForTarget(page, id)
  const [x, y, z] = target.trackedPosition
  return { x, y, z }
}

/** Carries the book with the grip: the controller's hand goes to the book, squeezes, moves over the cart, lets go. */
async function carryWithGrip(page: Page): Promise<void> {
  const book = await tracked(page, TUTORIAL_IDS.book)
  const cart = await tracked(page, TUTORIAL_IDS.cart)
  const grip = (value: number) => ({ device: 'controller-right', buttons: [{ index: 1, value }] })
  const held = (await dispatchRemote(page, 'get_transform', { device: 'controller-right' })) as {
    position: { x: number; y: number; z: number }
  }
  await headset(page, 'set_transform', {
    device: 'controller-right',
    position: { ...book, y: book.y + 0.01 },
  })
  await headset(page, 'set_gamepad_state', grip(1))
  for (const share of [0.33, 0.66, 1]) {
    const at = {
      x: book.x + (cart.x - book.x) * share,
      y: book.y + 0.1,
      z: book.z + (cart.z - book.z) * share,
    }
    await headset(page, 'set_transform', { device: 'controller-right', position: at })
  }
  await headset(page, 'set_gamepad_state', grip(0))
  // The hand goes back to where it was held, in front of the chest.
  await headset(page, 'set_transform', { device: 'controller-right', position: held.position })
}

/** Carries the book with a pinch from afar: point the hand at the book, pinch, point at the cart, open the fingers. */
async function carryWithPinch(page: Page): Promise<void> {
  const book = await tracked(page, TUTORIAL_IDS.book)
  const cart = await tracked(page, TUTORIAL_IDS.cart)
  await headset(page, 'look_at', { device: 'hand-right', target: book })
  await headset(page, 'set_select_value', { device: 'hand-right', value: 1 })
  for (const share of [0.33, 0.66, 1]) {
    const at = { x: book.x + (cart.x - book.x) * share, y: cart.y, z: book.z + (cart.z - book.z) * share }
    await headset(page, 'look_at', { device: 'hand-right', target: at })
  }
  await headset(page, 'set_select_value', { device: 'hand-right', value: 0 })
}

describe('First steps in VR', () => {
  it('is offered on entering, and done with trigger, grip, snap turn, recenter and Help; the grab again with a hand pinch', async () => {
    const context = await newContext(suiteBrowser(), HEADSET_MIRROR_VIEWPORT)
    contexts.push(context)
    const page = await context.newPage()
    const errors = recordPageErrors(page)
    await openApp(page, base(), '&lang=en&emulate=1', { offerBasics: true })
    await enterVr(page)
    await waitForTarget(page, 'lobby.basics.start')
    await waitFrames(page, 3)
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-vr-offer.png` })
    await pressWithController(page, 'lobby.basics.start')
    await waitForState(page, { task: 'vr-basics', step: 'look' })

    // Look around: the lamp is off to the right; the head turns to it.
    await headset(page, 'look_at', { device: 'headset', target: await tracked(page, TUTORIAL_IDS.lamp) })
    await waitForState(page, { step: 'press' })
    await headset(page, 'look_at', { device: 'headset', target: await tracked(page, TUTORIAL_IDS.press) })
    await pressWithController(page, TUTORIAL_IDS.press)

    await waitForState(page, { step: 'grab' })
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-vr-grab.png` })
    await carryWithGrip(page)

    // Snap turn: a push of the thumbstick to the right, and back.
    await waitForState(page, { step: 'turn' })
    const stick = (value: number) => ({ device: 'controller-right', axes: [{ index: 0, value }] })
    await headset(page, 'set_gamepad_state', stick(1))
    await headset(page, 'set_gamepad_state', stick(0))

    await waitForState(page, { step: 'recenter' })
    await pressWithController(page, 'task.settings')
    await pressWithController(page, TUTORIAL_IDS.recenter)

    await waitForState(page, { step: 'help' })
    await pressWithController(page, TUTORIAL_IDS.help)
    await waitForState(page, { status: 'completed' })
    expect((await appState(page)).xrPresenting).toBe(true)
    await page.screenshot({ path: `${ARTIFACTS}/first-steps-vr-done.png` })

    // Again with hands: a pinch presses the button and carries the book.
    await pressWithController(page, 'task.restart')
    await waitForState(page, { step: 'look' })
    await headset(page, 'look_at', { device: 'headset', target: await tracked(page, TUTORIAL_IDS.lamp) })
    await waitForState(page, { step: 'press' })
    await headset(page, 'set_input_mode', { mode: 'hand' }, 4)
    await headset(page, 'look_at', { device: 'headset', target: await tracked(page, TUTORIAL_IDS.press) })
    await headset(page, 'look_at', { device: 'hand-right', target: await tracked(page, TUTORIAL_IDS.press) })
    await headset(page, 'set_select_value', { device: 'hand-right', value: 1 })
    await headset(page, 'set_select_value', { device: 'hand-right', value: 0 })
    await waitForState(page, { step: 'grab' })
    await carryWithPinch(page)
    await waitForState(page, { step: 'turn' })
    expect(errors).toEqual([])
  })
})
