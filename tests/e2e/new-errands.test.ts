import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { errandOf } from '../../src/errands/errand-registry'
import { resolvePracticeRef } from '../../src/errands/practice-data'
import { appState, waitForState, waitForTarget } from './support/app-page'
import { controllerDriver, mouseDriver } from './support/drivers'
import { KEYBOARD } from './support/e-service-flow'
import { HEALTH_TASK, completeHealthCentre } from './support/health-flow'
import { MAILBOX_TASK, completeMailbox, finishMailbox, openTaxLetter } from './support/mailbox-flow'
import { screenshot, visitorSuite } from './support/suite'
import { expectHeadingBelowTopBand, expectStripClearOfHeading, touchDriver } from './support/touch'
import { expectEveryStepOnServer } from './support/visitor'
import { controllerPressRetries, enterVr } from './support/xr'

const { origin, visitor, touchVisitor } = visitorSuite()
/** A finger: every tap checks that what the step needs is in view and that the control is 44 px or more. */
const eserviceTouch = touchDriver(KEYBOARD)
const PHONE = { width: 390, height: 844 }
const TABLET = { width: 1024, height: 768 }

/** Frames a screenshot waits for text to appear: about a second on a screen, a few seconds in VR. */
const SETTLE_FRAMES = 30

/**
 * A flow's `onMoment` that saves a screenshot `<prefix>-<moment>` at each of these moments, once a new page's
 * text has had time to appear (an Arabic calendar caught after 3 frames still lacked half its day numbers).
 */
function shotsAt(prefix: string, moments: readonly string[]): (page: Page, moment: string) => Promise<void> {
  return async (page, moment) => {
    if (moments.includes(moment)) await screenshot(page, `${prefix}-${moment}`, SETTLE_FRAMES)
  }
}

/** Runs a journey and prints how long it took, for the report. */
async function timed(what: string, journey: () => Promise<void>): Promise<void> {
  const started = Date.now()
  await journey()
  console.log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

/** The mistakes the server holds for the visit, by code. */
function mistakeCodes(events: Awaited<ReturnType<typeof expectEveryStepOnServer>>): (string | undefined)[] {
  return events.filter((event) => event.type === 'mistake').map((event) => event.payload.code)
}

describe('The two errands written as packages, end to end', () => {
  // Its first step picks up the appointment card (`eservice.health-card`), which the e-service scene draws once
  // the documents branch has merged; before that, this test stops at that step.
  it('"Book a time at the health centre" is completed in VR with the controller, through a taken time', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('health centre, VR', () =>
      completeHealthCentre(page, controllerDriver(KEYBOARD), {
        mistakes: true,
        onMoment: shotsAt('vr-health', ['reason', 'time-taken', 'review', 'booked', 'moved']),
      }),
    )
    expect(await appState(page)).toMatchObject({ xrPresenting: true, mode: 'vr', status: 'completed' })
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual(['taken'])
    expect(events.filter((event) => event.type === 'hint_shown')).toHaveLength(1)
    // About 40 presses: a few repeated presses are tolerated on a loaded CPU; a broken ray is not.
    expect(controllerPressRetries.count).toBeLessThanOrEqual(8)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Your digital mailbox" shows its inbox and the tax letter in VR', async () => {
    controllerPressRetries.count = 0
    const { page, foreign, errors } = await visitor('&lang=en&emulate=1')
    await enterVr(page)
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('mailbox to the letter, VR', () =>
      openTaxLetter(page, controllerDriver(KEYBOARD), {
        onMoment: shotsAt('vr-mailbox', ['inbox', 'letter']),
      }),
    )
    expect(await appState(page)).toMatchObject({
      xrPresenting: true,
      mode: 'vr',
      step: 'amount',
      mistakes: 0,
    })
    expect(controllerPressRetries.count).toBeLessThanOrEqual(3)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Your digital mailbox" is completed in Arabic on a 1280×800 screen with the mouse', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('mailbox, Arabic desktop', () =>
      completeMailbox(page, mouseDriver(KEYBOARD), {
        onMoment: shotsAt('ar-desktop-mailbox', ['inbox', 'letter', 'calendar', 'report', 'logged-out']),
      }),
    )
    await expectEveryStepOnServer(origin(), page, MAILBOX_TASK)
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  // Waits for the appointment card, as the VR journey does.
  it('"Book a time at the health centre" is completed in Arabic on a 1280×800 screen with the mouse', async () => {
    const { page, foreign, errors } = await visitor('&lang=ar')
    await page.getByTestId('use-screen').click()
    await waitForTarget(page, 'lobby.task.pay-bill')
    await timed('health centre, Arabic desktop', () =>
      completeHealthCentre(page, mouseDriver(KEYBOARD), {
        mistakes: true,
        onMoment: shotsAt('ar-desktop-health', ['reason', 'time-taken', 'review', 'booked', 'moved']),
      }),
    )
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual(['taken'])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Your digital mailbox" is completed by taps alone on a 390×844 phone, the letter read in the reading view', async () => {
    const { page, foreign, errors } = await touchVisitor(PHONE, '&lang=en')
    await waitForTarget(page, 'lobby.task.screen-basics')
    await timed('mailbox to the letter, phone', () =>
      openTaxLetter(page, eserviceTouch, { onMoment: shotsAt('phone-mailbox', ['inbox', 'letter']) }),
    )
    // The step needs the letter: it comes up to read above the page; a tap opens it over the whole view.
    const view = page.getByTestId('reading-view')
    await view.waitFor({ timeout: 10_000 })
    await page.locator('[data-testid="reading-view"] .document-sender').tap()
    expect(await view.getAttribute('role')).toBe('dialog')
    const practice = errandOf(MAILBOX_TASK.id)?.practice
    if (!practice) throw new Error('no practice data for the mailbox')
    const text = ((await view.textContent()) ?? '').replace(/[\s\u2066-\u2069]/g, '')
    expect(text).toContain(resolvePracticeRef({ $practice: 'tax-ocr' }, practice).replace(/\s/g, ''))
    // A screen reader meets the letter once: in the reading view, not in the mirror as well.
    expect(await page.locator('article[data-document]').count()).toBe(1)
    await screenshot(page, 'phone-mailbox-reading', SETTLE_FRAMES)
    await page.getByTestId('reading-close').tap()
    expect(await view.getAttribute('role')).toBe('region')
    // Held up above the page, the letter covers neither the question asked nor its own last line.
    await expectStripClearOfHeading(page)
    // Put back on the desk, the letter lies by the keys, which stay large enough to tap while both are in view.
    await page.getByTestId('reading-put-down').tap()
    await view.waitFor({ state: 'detached' })
    await waitForState(page, { step: 'amount' })
    await screenshot(page, 'phone-mailbox-put-down', SETTLE_FRAMES)
    const shots = shotsAt('phone-mailbox', ['calendar', 'report', 'logged-out'])
    await timed('mailbox from the letter, phone', () =>
      finishMailbox(page, eserviceTouch, {
        onMoment: async (at, moment) => {
          // The next step that needs the letter holds it up again, over the calendar's page.
          if (moment === 'calendar') await expectStripClearOfHeading(at)
          await shots(at, moment)
        },
      }),
    )
    expect(await page.getByTestId('step-text').textContent()).toMatch(/reported the scam/)
    const events = await expectEveryStepOnServer(origin(), page, MAILBOX_TASK)
    expect(mistakeCodes(events)).toEqual([])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Book a time at the health centre" is completed by taps alone on a 390×844 phone, the card put down by the keys', async () => {
    const { page, foreign, errors } = await touchVisitor(PHONE, '&lang=en')
    await waitForTarget(page, 'lobby.task.screen-basics')
    await timed('health centre, phone', () =>
      completeHealthCentre(page, eserviceTouch, {
        onMoment: async (at, moment) => {
          if (moment !== 'mobile') return
          // Put back on the desk below the page, the card stays in view with the keys, each key still 44 px or
          // more and the card under none of them (the touch driver asserts both at every key it taps).
          await at.getByTestId('reading-put-down').tap()
          await at.getByTestId('reading-view').waitFor({ state: 'detached' })
          await screenshot(at, 'phone-health-card-put-down', SETTLE_FRAMES)
          // The camera came near for a finger, with no strip above: the question sits below Staff and Call staff.
          await expectHeadingBelowTopBand(at)
        },
      }),
    )
    // The card at the end is a dialog of its own: the step's sheet steps aside, and Send and Not now are in reach
    // at the foot of the screen without scrolling, however many steps the card lists.
    const send = page.getByTestId('survey-send')
    await send.waitFor()
    await screenshot(page, 'phone-health-feedback-card')
    expect(await page.locator('.hud').isVisible()).toBe(false)
    for (const button of [send, page.locator('.survey-skip')]) {
      const box = await button.boundingBox()
      expect(box, 'the button shows').not.toBeNull()
      if (!box) continue
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height)
      const reached = await button.evaluate((element) => {
        const rect = element.getBoundingClientRect()
        return document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) === element
      })
      expect(reached, 'nothing lies over the button').toBe(true)
    }
    expect(await page.getByTestId('survey').evaluate((overlay) => overlay.scrollTop)).toBe(0)
    await send.tap()
    await page.getByTestId('survey').waitFor({ state: 'detached' })
    await expect.poll(() => page.locator('.hud').isVisible()).toBe(true)
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual([])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('"Book a time at the health centre" is completed by taps alone on a 1024×768 tablet', async () => {
    const { page, foreign, errors } = await touchVisitor(TABLET, '&lang=en')
    await waitForTarget(page, 'lobby.task.screen-basics')
    await timed('health centre, tablet', () =>
      completeHealthCentre(page, eserviceTouch, {
        onMoment: shotsAt('tablet-health', ['reason', 'times', 'review', 'moved']),
      }),
    )
    const events = await expectEveryStepOnServer(origin(), page, HEALTH_TASK)
    expect(mistakeCodes(events)).toEqual([])
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })
})
