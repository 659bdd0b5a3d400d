import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { PRACTICE_BILL } from '../../scenes/bank/bill'
import { PRACTICE_FAMILY } from '../../scenes/e-service/practice-family'
import AR from '../../src/i18n/locales/ar.json'
import {
  openApp,
  targets,
  waitForStartChoices,
  waitForState,
  waitForTarget,
  waitFrames,
} from './support/app-page'
import { recordForeignRequests, recordPageErrors } from './support/browser'
import { mouseDriver } from './support/drivers'
import { startFromLobby } from './support/lobby'
import { toBankgiro } from './support/pay-bill-flow'
import { screenshot, visitorSuite } from './support/suite'
import { coveredPoints, touch } from './support/touch'

const LRI = '\u2066'
const PDI = '\u2069'

const mouse = mouseDriver()
const { origin, browser, contexts, visitor } = visitorSuite()

/** A 390×844 phone, touch only, on the screen mode, in the lobby. */
async function phoneVisitor(query: string): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
  const context = await browser().newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 1,
    hasTouch: true,
    isMobile: true,
  })
  contexts.push(context)
  const page = await context.newPage()
  const foreign = recordForeignRequests(page, origin())
  const errors = recordPageErrors(page)
  await openApp(page, origin(), query)
  await waitForStartChoices(page)
  await page.getByTestId('use-screen').tap()
  await waitForState(page, { mode: 'desktop' })
  return { page, foreign, errors }
}

/** Chooses "Use on this screen" with the mouse and waits for the lobby. */
async function enterScreen(page: Page): Promise<void> {
  await waitForStartChoices(page)
  await page.getByTestId('use-screen').click()
  await waitForState(page, { mode: 'desktop' })
  await waitForTarget(page, 'lobby.task.pay-bill')
}

/** Waits for a paper to glide to its place (on the desk, or up under the reading view) and the view to frame it. */
async function waitForSettledInView(page: Page, id: string): Promise<void> {
  const rectOf = async () => (await targets(page)).find((target) => target.id === id)?.rect ?? []
  const canvas = await page.evaluate(
    () => document.querySelector('canvas')?.getBoundingClientRect().right ?? 0,
  )
  await expect
    .poll(
      async () => {
        const before = await rectOf()
        await waitFrames(page, 5)
        const after = await rectOf()
        const [left = -1, , right = Infinity] = after
        const still =
          after.length === 4 && after.every((value, index) => Math.abs(value - (before[index] ?? NaN)) < 0.5)
        return still && left >= 0 && right <= canvas
      },
      { timeout: 20_000 },
    )
    .toBe(true)
}

/** The reading view's values: each as shown, with its font size and drawn height in CSS pixels. */
async function readingValues(page: Page): Promise<{ text: string; fontPx: number; heightPx: number }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="reading-view"] dd')].map((dd) => ({
      text: (dd.textContent ?? '').replace(/[\u2066-\u2069]/g, ''),
      fontPx: parseFloat(getComputedStyle(dd).fontSize),
      heightPx: dd.getBoundingClientRect().height,
    })),
  )
}

/** The paper's text in the accessible mirror, label by label. */
async function mirroredPaper(page: Page, id: string): Promise<Record<string, string>> {
  await page.waitForSelector(`article[data-document="${id}"]`, { state: 'attached' })
  return page.evaluate((paperId) => {
    const article = document.querySelector(`article[data-document="${paperId}"]`)
    if (!article) throw new Error(`no ${paperId} in the mirror`)
    const entries: Record<string, string> = {}
    for (const row of article.querySelectorAll('dl > div')) {
      entries[row.querySelector('dt')?.textContent ?? ''] = row.querySelector('dd')?.textContent ?? ''
    }
    return entries
  }, id)
}

describe('Papers everyone can read', () => {
  it('on a 390×844 phone the bill opens full screen at a readable size, closes, and the keypad stays free', async () => {
    const { page, foreign, errors } = await phoneVisitor('&lang=en')
    const view = page.getByTestId('reading-view')
    // Picking it up still counts as activating it: the step is done, and the paper shows in the reading view.
    // It lies above the work: touch.press asserts nothing on the page covers the spot it taps as the visitor logs in.
    await toBankgiro(page, touch, async (_, step) => {
      if (step === 'start-login') await view.waitFor()
    })
    await screenshot(page, 'phone-bill-held')

    await page.locator('[data-testid="reading-view"] .document-sender').tap()
    expect(await view.getAttribute('role')).toBe('dialog')
    const box = await view.boundingBox()
    // It fills the 3D view below the top band of Help and Staff, whole width.
    expect(box?.height ?? 0).toBeGreaterThan(400)
    expect(box?.width ?? 0).toBeGreaterThan(350)
    const values = await readingValues(page)
    for (const number of [PRACTICE_BILL.bankgiro, PRACTICE_BILL.ocr, `${PRACTICE_BILL.amount},00 kr`]) {
      const value = values.find((candidate) => candidate.text === number)
      expect(value, `${number} in ${JSON.stringify(values)}`).toBeDefined()
      expect(value?.fontPx ?? 0).toBeGreaterThanOrEqual(16)
      expect(value?.heightPx ?? 0).toBeGreaterThanOrEqual(16)
    }
    await screenshot(page, 'phone-bill-reading')

    await page.getByTestId('reading-close').tap()
    expect(await view.getAttribute('role')).toBe('region')
    await touch.typeDigits(page, PRACTICE_BILL.bankgiro.replace('-', ''))
    await touch.press(page, 'bank.keypad.ok')
    await waitForState(page, { step: 'enter-ocr', mistakes: 0 })

    // Put down, it stays down, and a tap on the paper on the desk brings it back.
    await page.getByTestId('reading-put-down').tap()
    await waitForState(page, { step: 'enter-ocr' })
    await view.waitFor({ state: 'detached' })
    // It glides back to the desk, and the view frames it there beside the keypad.
    await waitForSettledInView(page, 'bank.bill')
    await screenshot(page, 'phone-bill-put-down')
    await touch.press(page, 'bank.bill')
    await view.waitFor()
    await waitForSettledInView(page, 'bank.bill')
    await touch.typeDigits(page, PRACTICE_BILL.ocr)
    await touch.press(page, 'bank.keypad.ok')
    await waitForState(page, { step: 'enter-amount', mistakes: 0 })

    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('in Arabic on a phone, the letter reads right to left with its numbers as printed', async () => {
    const { page, foreign, errors } = await phoneVisitor('&lang=ar')
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      'rtl',
    ])
    await startFromLobby(page, touch, 'apply-preschool')
    await waitForState(page, { scene: 'e-service', step: 'pick-up-letter' })
    await touch.press(page, 'eservice.letter')
    await waitForState(page, { step: 'open-e-services' })
    const view = page.getByTestId('reading-view')
    await page.locator('[data-testid="reading-view"] .document-sender').tap()
    expect(await view.getAttribute('role')).toBe('dialog')
    expect(await view.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl')
    const child = (await readingValues(page)).find(
      (value) => value.text === PRACTICE_FAMILY.child.personnummer,
    )
    expect(child?.fontPx ?? 0).toBeGreaterThanOrEqual(16)
    await screenshot(page, 'phone-ar-letter-reading')
    await page.getByTestId('reading-close').tap()
    await screenshot(page, 'phone-ar-letter-held')
    expect(foreign).toEqual([])
    expect(errors).toEqual([])
  })

  it('the DOM mirror holds the bill’s bankgiro, OCR and amount as text, in the visitor’s language', async () => {
    const { page, errors } = await visitor('&lang=en')
    await enterScreen(page)
    await startFromLobby(page, mouse, 'pay-bill')
    await waitForState(page, { scene: 'bank', step: 'pick-up-bill' })
    expect(await mirroredPaper(page, 'bank.bill')).toMatchObject({
      Bankgiro: PRACTICE_BILL.bankgiro,
      'OCR reference': PRACTICE_BILL.ocr,
      'Amount to pay': `${PRACTICE_BILL.amount},00 kr`,
    })
    await mouse.press(page, 'bank.bill')
    await waitForState(page, { step: 'start-login' })
    // On a wide screen the paper is held up in 3D beside the work, as before.
    await expect.poll(() => page.getByTestId('reading-view').count()).toBe(0)
    await screenshot(page, 'desktop-bill-held')
    expect(errors).toEqual([])
  })

  it('on a 1280×800 screen the bill put down on the desk shows whole beside the keypad: no control covers its text', async () => {
    const { page, errors } = await visitor('&lang=en')
    await enterScreen(page)
    await toBankgiro(page, mouse)
    // A second click puts the held bill back on the desk, where the view frames it with the keypad.
    await mouse.press(page, 'bank.bill')
    await waitForSettledInView(page, 'bank.bill')
    await screenshot(page, 'desktop-bill-put-down-bankgiro')
    expect(await coveredPoints(page, 'bank.bill')).toEqual([])
    expect(errors).toEqual([])
  })

  it('the page’s language, direction and title follow the visitor’s, and Call staff is named by its label', async () => {
    const { page, errors } = await visitor('&lang=ar')
    await enterScreen(page)
    const page_ = () =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        dir: document.documentElement.dir,
        title: document.title,
      }))
    const arabic = await page_()
    expect(arabic).toMatchObject({ lang: 'ar', dir: 'rtl' })
    expect(arabic.title).toMatch(/[\u0600-\u06ff]/)
    const help = page.getByTestId('help-call')
    const named = async () => ({
      label: await help.textContent(),
      name: await help.getAttribute('aria-label'),
    })
    const inArabic = await named()
    expect(inArabic.name?.startsWith(inArabic.label ?? '-')).toBe(true)

    expect(await page.locator('article[data-document]').count()).toBe(0)
    await startFromLobby(page, mouse, 'pay-bill')
    await waitForState(page, { scene: 'bank', step: 'pick-up-bill' })
    const bill = await mirroredPaper(page, 'bank.bill')
    expect(Object.values(bill)).toContain(`${LRI}${PRACTICE_BILL.bankgiro}${PDI}`)
    const direction = await page.evaluate(
      () =>
        getComputedStyle(document.querySelector('article[data-document="bank.bill"]') ?? document.body)
          .direction,
    )
    expect(direction).toBe('rtl')

    await page.getByRole('button', { name: AR['task.back-to-lobby'], exact: true }).click()
    await waitForTarget(page, 'lobby.language.en')
    await mouse.press(page, 'lobby.language.en')
    await expect
      .poll(page_)
      .toEqual({ lang: 'en', dir: 'ltr', title: 'Digidel VR – practise digital errands' })
    const inEnglish = await named()
    expect(inEnglish.label).toBe('Call staff')
    expect(inEnglish.name?.startsWith('Call staff')).toBe(true)
    expect(errors).toEqual([])
  })
})
