import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import {
  appState,
  targets,
  waitForState,
  waitForTarget,
  waitFrames,
  waitForStartChoices,
} from './support/app-page'
import { controllerDriver, keyboardDriver as keyboard, mouseDriver, tabTo } from './support/drivers'
import { startFromLobby } from './support/lobby'
import { completePayBill } from './support/pay-bill-flow'
import { SCREENSHOTS as ARTIFACTS, visitorSuite } from './support/suite'
import { controllerPressRetries, dispatchRemote, enterVr, pressUntil } from './support/xr'

const LRI = '\u2066'
const PDI = '\u2069'

const mouse = mouseDriver()
const { visitor } = visitorSuite()

async function spoken(page: Page) {
  return page.evaluate(() => window.__digidel?.spoken() ?? [])
}

describe('Everyone can use it', () => {
  it('"Pay a bill" is completed in Arabic in VR with the left controller alone, read aloud', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar&emulate=1')
    await enterVr(page)
    // Only the left controller is there: nothing may need the other hand.
    await dispatchRemote(page, 'set_connected', { device: 'controller-right', connected: false })
    await waitForTarget(page, 'lobby.task.pay-bill')
    const left = controllerDriver('bank.keypad', 'left')
    const retriesBefore = controllerPressRetries.count

    await completePayBill(page, left, undefined, {
      typo: false,
      onStep: async (atStep, step) => {
        if (step !== 'enter-bankgiro') return
        // Ask for hints until the one with the digits shows: it spells the bankgiro number out in Arabic text.
        for (const hints of [1, 2]) {
          await pressUntil(atStep, 'task.hint', async () => (await appState(atStep)).hintsShown >= hints, 3, {
            hand: 'left',
          })
        }
        const state = await appState(atStep)
        expect(state.hint).toContain(`${LRI}5 0 5 0 1 0 5 5${PDI}`)
        // Step up to the step panel and read it, the bill still in hand, and take the picture.
        const hint = (await targets(atStep)).find((target) => target.id === 'task.hint')
        if (!hint) throw new Error('no hint button')
        const [x, y, z] = hint.position
        await dispatchRemote(atStep, 'set_transform', {
          device: 'headset',
          position: { x: x + 0.27, y: y + 0.08, z: z + 0.4 },
        })
        await dispatchRemote(atStep, 'look_at', { device: 'headset', target: { x, y: y + 0.1, z } })
        await waitFrames(atStep, 12)
        await atStep.screenshot({ path: `${ARTIFACTS}/vr-ar-step-panel.png` })
        await dispatchRemote(atStep, 'set_transform', { device: 'headset', position: { x: 0, y: 1.6, z: 0 } })
        await dispatchRemote(atStep, 'look_at', { device: 'headset', target: { x: 0, y: 1.3, z: -1 } })
        await waitFrames(atStep, 2)
      },
    })
    await waitFrames(page, 3)
    await page.screenshot({ path: `${ARTIFACTS}/vr-ar-receipt.png` })
    expect(await appState(page)).toMatchObject({ status: 'completed', xrPresenting: true, locale: 'ar' })
    expect(controllerPressRetries.count - retriesBefore).toBeLessThanOrEqual(6)

    // Narration is on by default in VR: each step was read aloud in Arabic, by the offline voice.
    const lines = await spoken(page)
    const keys = lines.map((line) => line.key)
    expect(keys).toEqual(
      expect.arrayContaining(['bank.step.pick-up-bill', 'bank.step.enter-bankgiro', 'bank.task.completed']),
    )
    for (const line of lines) expect(line).toMatchObject({ locale: 'ar', lang: 'ar-SE-u-nu-latn' })
    expect(lines.some((line) => line.backend === 'espeak-clip')).toBe(true)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Pay a bill" is completed in easy-read Swedish on the screen with the keyboard', async () => {
    const { page, foreign, errors } = await visitor('&lang=sv-easy')
    await waitForStartChoices(page)
    await tabTo(page, '[data-testid="use-screen"]')
    await page.keyboard.press('Enter')
    await waitForState(page, { mode: 'desktop', locale: 'sv-easy' })
    await waitForTarget(page, 'lobby.task.pay-bill')
    await completePayBill(page, keyboard, async (atTypo) => {
      await waitFrames(atTypo, 3)
      await atTypo.screenshot({ path: `${ARTIFACTS}/desktop-sv-easy-ocr-error.png` })
    })
    expect(await page.getByTestId('step-text').textContent()).toBe(
      'Nu har du betalat räkningen. Kvittot visar att banken har fått betalningen. Spara kvittot.',
    )
    await page.screenshot({ path: `${ARTIFACTS}/desktop-sv-easy-receipt.png` })
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('the largest text size makes the step text larger, and it still fits its panel', async () => {
    const { page, foreign, errors } = await visitor('&lang=sv')
    await page.getByTestId('use-screen').click()
    await mouse.press(page, 'lobby.task.pay-bill')
    await mouse.press(page, 'bank.bill')
    await waitForState(page, { step: 'start-login' })
    const step = page.getByTestId('step-text')
    const fontSize = () => step.evaluate((element) => parseFloat(getComputedStyle(element).fontSize))
    const before = { size: await fontSize(), box: await step.boundingBox() }
    await page.screenshot({ path: `${ARTIFACTS}/desktop-text-normal.png` })

    await page.getByTestId('open-settings').click()
    await page.getByTestId('setting-textSize-largest').click()
    await page.getByTestId('settings-close').click()
    await waitFrames(page, 5)
    await page.screenshot({ path: `${ARTIFACTS}/desktop-text-largest.png` })

    const after = { size: await fontSize(), box: await step.boundingBox() }
    expect(after.size).toBeCloseTo(before.size * 1.5, 1)
    expect(after.box?.height ?? 0).toBeGreaterThan((before.box?.height ?? 0) * 1.3)
    // The HUD reflows: nothing sticks out sideways, and the step text lies inside the HUD.
    const fits = await page.evaluate(() => {
      const hud = document.querySelector('.hud')
      const text = document.querySelector('[data-testid="step-text"]')
      if (!hud || !text) return false
      const outer = hud.getBoundingClientRect()
      const inner = text.getBoundingClientRect()
      return hud.scrollWidth <= hud.clientWidth && inner.left >= outer.left && inner.right <= outer.right
    })
    expect(fits).toBe(true)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('narration starts on a step change, in the visitor’s language, and "repeat" reads the step again', async () => {
    const { page, foreign, errors } = await visitor('&lang=sv')
    const clips: number[] = []
    page.on('response', (response) => {
      if (response.url().includes('/narration/sv/')) clips.push(response.status())
    })
    await page.getByTestId('use-screen').click()
    // On a screen narration is off until the visitor turns it on.
    await mouse.press(page, 'lobby.settings')
    await page.getByTestId('setting-narration-on').click()
    await page.getByTestId('settings-close').click()
    await mouse.press(page, 'lobby.task.pay-bill')
    await waitForState(page, { step: 'pick-up-bill' })
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toMatchObject({ key: 'bank.step.pick-up-bill', locale: 'sv', lang: 'sv-SE', backend: 'espeak-clip' })

    await mouse.press(page, 'bank.bill')
    await waitForState(page, { step: 'start-login' })
    await expect
      .poll(async () => (await spoken(page)).at(-1))
      .toMatchObject({
        key: 'bank.step.start-login',
        text: 'Logga in i banken. Tryck på "Logga in med e-legitimation" på skärmen.',
        locale: 'sv',
      })
    const count = (await spoken(page)).length
    await page.getByTestId('repeat').click()
    await expect.poll(async () => (await spoken(page)).length).toBe(count + 1)
    expect((await spoken(page)).at(-1)?.key).toBe('bank.step.start-login')
    expect(clips.length).toBeGreaterThanOrEqual(2)
    expect(clips.every((status) => status === 200 || status === 206)).toBe(true)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('the scam task reads right to left in Arabic at the largest text size on a screen', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar')
    await page.getByTestId('use-screen').click()
    await startFromLobby(page, mouse, 'spot-the-scam')
    await waitForState(page, { task: 'spot-the-scam', step: 'parcel-verdict' })
    await waitForTarget(page, 'home.answer.scam')
    await waitFrames(page, 3)

    expect(await page.locator('.app').getAttribute('dir')).toBe('rtl')
    const onScreen = async (id: string) => {
      const target = (await targets(page)).find((candidate) => candidate.id === id)
      if (!target?.rect) throw new Error(`${id} is not on screen`)
      return target.rect
    }
    // At the normal size the phone's row mirrors: "Safe", first in reading order, is on the right.
    const [safe, scam] = [await onScreen('home.answer.safe'), await onScreen('home.answer.scam')]
    expect(safe[0]).toBeGreaterThan(scam[2] - 1)
    // At the largest size the two answers may each take a line; everything stays on screen.
    await page.getByTestId('open-settings').click()
    await page.getByTestId('setting-textSize-largest').click()
    await page.getByTestId('settings-close').click()
    await waitFrames(page, 5)
    // The sender's phone number keeps its order and its plus sign in front.
    const sender = (await targets(page)).find((candidate) => candidate.id === 'home.part.sender')
    expect(sender?.name).toContain(`${LRI}+46 70 000 14 29${PDI}`)
    const viewport = page.viewportSize()
    for (const id of ['home.part.sender', 'home.part.link', 'home.answer.safe', 'home.answer.scam']) {
      const [left, top, right, bottom] = await onScreen(id)
      expect([
        left >= 0,
        top >= 0,
        right <= (viewport?.width ?? 0),
        bottom <= (viewport?.height ?? 0),
      ]).toEqual([true, true, true, true])
    }
    await page.screenshot({ path: `${ARTIFACTS}/desktop-ar-scam-largest.png` })

    await mouse.press(page, 'home.answer.scam')
    await waitForState(page, { step: 'parcel-sign' })
    await mouse.press(page, 'home.part.link')
    await waitForState(page, { step: 'parcel-explain' })
    await waitFrames(page, 5)
    await page.screenshot({ path: `${ARTIFACTS}/desktop-ar-scam-explained.png` })
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('in VR, the confidence question and the scam phone read right to left in Arabic', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar&emulate=1')
    // Staff ask this station how sure visitors are, before and after each task.
    await page.evaluate(() => window.__digidel?.store.getState().setAskConfidence(true, 'staff'))
    await enterVr(page)
    await startFromLobby(page, controllerDriver('bank.keypad', 'left'), 'spot-the-scam')
    await waitForTarget(page, 'survey.confidence.1')
    const face = async (value: number) => {
      const target = (await targets(page)).find((candidate) => candidate.id === `survey.confidence.${value}`)
      if (!target) throw new Error(`no face ${value}`)
      return target.position
    }
    // Mirrored, as the visitor faces it (down -Z): "not sure at all" starts the row on the right.
    expect((await face(1))[0]).toBeGreaterThan((await face(5))[0])
    await waitFrames(page, 6)
    await page.screenshot({ path: `${ARTIFACTS}/vr-ar-survey.png` })
    await pressUntil(page, 'survey.skip', async () => (await appState(page)).step === 'parcel-verdict', 3, {
      hand: 'left',
    })
    // The home scene loads after the answer: wait for the phone's message to be placed.
    const phone = await waitForTarget(page, 'home.part.text')
    const [x, y, z] = phone.position
    await dispatchRemote(page, 'look_at', { device: 'headset', target: { x, y: y - 0.05, z } })
    await waitFrames(page, 8)
    await page.screenshot({ path: `${ARTIFACTS}/vr-ar-scam-phone.png` })
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
