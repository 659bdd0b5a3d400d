import { describe, expect, it } from 'vitest'
import { PRACTICE_FAMILY } from '../../scenes/e-service/practice-family'
import { AUTHORED_TITLES, authoredErrandFile } from '../fixtures/authored-errand'
import { appState, waitForState, waitForTarget } from './support/app-page'
import { mouseDriver } from './support/drivers'
import { KEYBOARD, pressThen } from './support/e-service-flow'
import { startFromLobby } from './support/lobby'
import { staffToken } from './support/server'
import { screenshot, visitorSuite } from './support/suite'
import { serverEvents } from './support/visitor'

const { origin, visitor } = visitorSuite()
const ID = 'book-library-card'

describe('An errand published from the studio, end to end', () => {
  it("reaches an open station's lobby within 2 s of publishing, and runs there with the server holding its steps", async () => {
    const { page, foreign, errors } = await visitor('&lang=en')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')

    const token = await staffToken(origin())
    const publishedAt = Date.now()
    const answer = await fetch(`${origin()}/api/staff/errands/publish`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...authoredErrandFile(ID), note: 'first version' }),
    })
    expect(answer.status).toBe(201)
    await page.waitForFunction(
      (id) => window.__digidel?.store.getState().tasks.some((task) => task.id === id),
      ID,
      { timeout: 2000, polling: 20 },
    )
    const inLobbyMs = Date.now() - publishedAt
    console.log(`publish → in the open station's lobby: ${inLobbyMs} ms`)
    expect(inLobbyMs).toBeLessThan(2000)

    // The lobby lists it under its own title, from the texts it brought.
    const driver = mouseDriver(KEYBOARD)
    await startFromLobby(page, driver, ID).catch(async (error: unknown) => {
      await screenshot(page, 'authored-errand-lobby-failed')
      throw error
    })
    await waitForState(page, { task: ID, scene: 'e-service', step: 'start-booking' })
    await pressThen(page, driver, 'eservice.home.booking', 'choose-help')
    await driver.press(page, `eservice.help.${PRACTICE_FAMILY.help}`)
    await pressThen(page, driver, 'eservice.help.next', 'pick-day')
    await screenshot(page, 'desktop-authored-errand-pick-day')
    expect(await page.getByTestId('step-text').textContent()).toBeTruthy()

    const { sessionId } = await appState(page)
    const events = await serverEvents(origin(), sessionId, 'step_completed')
    await expect
      .poll(
        async () =>
          (await serverEvents(origin(), sessionId, 'step_completed'))
            .filter((event) => event.type === 'step_completed' && event.task === ID)
            .map((event) => event.step),
        { timeout: 20_000, interval: 500 },
      )
      .toEqual(['start-booking', 'choose-help'])
    expect(events.find((event) => event.type === 'task_started')?.task).toBe(ID)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('names the errand in the lobby by its own title', async () => {
    const { page } = await visitor('&lang=en')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await page.waitForFunction(
      (id) => window.__digidel?.store.getState().tasks.some((task) => task.id === id),
      ID,
    )
    const driver = mouseDriver(KEYBOARD)
    for (let scrolls = 0; scrolls < 12; scrolls++) {
      if (await page.locator(`[data-interactable="lobby.task.${ID}"]`).count()) break
      await driver.press(page, 'lobby.tasks.down')
    }
    await expect
      .poll(() => page.locator(`[data-interactable="lobby.task.${ID}"]`).textContent())
      .toContain(AUTHORED_TITLES.en)
    await screenshot(page, 'desktop-authored-errand-lobby')
  })
})
