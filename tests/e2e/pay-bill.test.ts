import { describe, expect, it } from 'vitest'
import { appState, waitForState, waitForTarget, waitFrames } from './support/app-page'
import { controller, keyboard, mouse, tabTo } from './support/drivers'
import { completePayBill } from './support/pay-bill-flow'
import { staffToken } from './support/server'
import { ARTIFACTS, e2eSession } from './support/session'
import { controllerPressRetries, enterVr } from './support/xr'

const { origin, visitor } = e2eSession()

describe('Pay a bill, end to end', () => {
  it('is completed on desktop with the mouse, including an OCR typo, and reaches the API', async () => {
    const { page, foreign, errors } = await visitor('&lang=en')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await waitFrames(page, 5)
    await page.screenshot({ path: `${ARTIFACTS}/desktop-lobby.png` })

    await completePayBill(page, mouse, (atTypo) =>
      atTypo.screenshot({ path: `${ARTIFACTS}/desktop-bank-ocr-error.png` }).then(() => undefined),
    )
    await waitFrames(page, 3)
    await page.screenshot({ path: `${ARTIFACTS}/desktop-bank-receipt.png` })
    expect(await page.getByTestId('step-text').textContent()).toMatch(/You paid the bill/)

    const { sessionId } = await appState(page)
    const token = await staffToken(origin())
    const auth = { headers: { authorization: `Bearer ${token}` } }
    await expect
      .poll(
        async () => {
          const response = await fetch(`${origin()}/api/sessions/${sessionId}/events`, auth)
          if (!response.ok) return []
          const body = (await response.json()) as { events: { type: string; step: string | null }[] }
          return body.events.map((event) => event.type)
        },
        { timeout: 20_000, interval: 500 },
      )
      .toContain('task_completed')
    const events = (await (await fetch(`${origin()}/api/sessions/${sessionId}/events`, auth)).json()) as {
      events: { type: string; step: string | null; payload: { code?: string } }[]
    }
    expect(events.events.filter((event) => event.type === 'step_completed')).toHaveLength(11)
    expect(events.events.find((event) => event.type === 'mistake')?.payload.code).toBe('check-digit')
    const stats = (await (await fetch(`${origin()}/api/stats`, auth)).json()) as {
      tasks: { task: string; completed: number; steps: unknown[] }[]
    }
    const payBill = stats.tasks.find((task) => task.task === 'pay-bill')
    expect(payBill?.completed).toBeGreaterThanOrEqual(1)
    expect(payBill?.steps.length).toBe(11)

    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('is completed with the keyboard alone', async () => {
    const { page, foreign, errors } = await visitor('&lang=sv')
    await expect.poll(() => page.getByTestId('use-screen').isEnabled()).toBe(true)
    await tabTo(page, '[data-testid="use-screen"]')
    await page.keyboard.press('Enter')
    await waitForState(page, { mode: 'desktop' })
    await waitForTarget(page, 'lobby.task.pay-bill')
    await completePayBill(page, keyboard)
    expect(await page.getByTestId('step-text').textContent()).toMatch(/Du har betalat räkningen/)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('is completed in VR on the emulated headset with controller ray and trigger', async () => {
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await waitFrames(page, 4)
    await page.screenshot({ path: `${ARTIFACTS}/vr-lobby.png` })
    await completePayBill(page, controller(), (atTypo) =>
      atTypo.screenshot({ path: `${ARTIFACTS}/vr-bank-ocr-error.png` }).then(() => undefined),
    )
    await waitFrames(page, 3)
    await page.screenshot({ path: `${ARTIFACTS}/vr-bank-receipt.png` })
    const state = await appState(page)
    expect(state).toMatchObject({ xrPresenting: true, mode: 'vr', status: 'completed' })
    // About 45 presses: a few repeated presses are tolerated on a loaded CPU; a broken ray is not.
    expect(controllerPressRetries.count).toBeLessThanOrEqual(8)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
