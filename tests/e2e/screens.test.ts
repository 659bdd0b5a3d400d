import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { waitForState, waitForTarget } from './support/app-page'
import { completePayBill } from './support/pay-bill-flow'
import { screenshot, visitorSuite } from './support/suite'
import { startFromLobby } from './support/lobby'
import { touch } from './support/touch'

const suite = visitorSuite()

/** A touch device of this size, on the screen mode, in the lobby. */
async function touchVisitor(
  name: string,
  viewport: { width: number; height: number },
): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const visit = await suite.touchVisitor(viewport, '&lang=en')
  await waitForTarget(visit.page, 'lobby.task.screen-basics')
  await screenshot(visit.page, `${name}-lobby`)
  return visit
}

describe('Every screen size', () => {
  for (const [name, viewport] of [
    ['tablet', { width: 1024, height: 768 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`completes "Pay a bill" with taps alone on a ${viewport.width}×${viewport.height} ${name}, every target in view`, async () => {
      const { page, foreign, errors } = await touchVisitor(name, viewport)
      await completePayBill(page, touch, (atTypo) => screenshot(atTypo, `${name}-bank-ocr-error`))
      await screenshot(page, `${name}-bank-receipt`)
      expect(foreign).toEqual([])
      expect(errors).toEqual([])
    })
  }

  it('shows the lobby and the bank on an upright 768×1024 tablet with the bill and keypad in view', async () => {
    const { page, errors } = await touchVisitor('portrait', { width: 768, height: 1024 })
    await startFromLobby(page, touch, 'pay-bill')
    await waitForState(page, { step: 'pick-up-bill' })
    await touch.press(page, 'bank.bill')
    await waitForState(page, { step: 'start-login' })
    await page.evaluate(() => {
      const app = window.__digidel?.store.getState()
      for (const id of ['bank.login.eid', 'bank.phone.confirm', 'bank.menu.pay-bill']) app?.activate(id)
    })
    await waitForState(page, { step: 'enter-bankgiro' })
    await touch.press(page, 'bank.keypad.5')
    await screenshot(page, 'portrait-bank-keypad')
    expect(errors).toEqual([])
  })
})
