import { expect } from 'vitest'
import type { Page } from 'playwright-core'
import { PRACTICE_BILL } from '../../../scenes/bank/bill'
import { appState, waitForState } from './app-page'
import type { InputDriver } from './drivers'
import { startFromLobby } from './lobby'

const WRONG_OCR = `${PRACTICE_BILL.ocr.slice(0, -1)}${(Number(PRACTICE_BILL.ocr.at(-1)) + 1) % 10}`

async function enterField(
  page: Page,
  driver: InputDriver,
  digits: string,
  nextStep: string | null,
): Promise<void> {
  await driver.typeDigits(page, digits)
  await driver.press(page, 'bank.keypad.ok')
  if (nextStep) await waitForState(page, { step: nextStep })
}

/** How a run through "Pay a bill" goes besides the right answers. */
export interface PayBillOptions {
  /** Type one wrong OCR digit first; it must show the friendly error and a hint. @default true */
  typo?: boolean
  /** Runs when each step has begun, e.g. to look at it or take a screenshot. */
  onStep?: (page: Page, step: string) => Promise<void>
}

type OnStep = NonNullable<PayBillOptions['onStep']>

/** Presses a control, waits for the step it leads to, and hands that step to `onStep`. */
function pressThenStep(page: Page, driver: InputDriver, onStep: OnStep) {
  return async (id: string, nextStep: string): Promise<void> => {
    await driver.press(page, id)
    await waitForState(page, { step: nextStep })
    await onStep(page, nextStep)
  }
}

/**
 * Starts "Pay a bill" from the lobby and goes as far as its first field: picks the bill up, logs in with the
 * e-ID and chooses to pay a bill, at `enter-bankgiro`. `onStep` runs as each step begins.
 */
export async function toBankgiro(
  page: Page,
  driver: InputDriver,
  onStep: OnStep = async () => undefined,
): Promise<void> {
  const pressThen = pressThenStep(page, driver, onStep)
  await startFromLobby(page, driver, 'pay-bill')
  await waitForState(page, { scene: 'bank', step: 'pick-up-bill' })
  await onStep(page, 'pick-up-bill')
  await pressThen('bank.bill', 'start-login')
  await pressThen('bank.login.eid', 'confirm-eid')
  await pressThen('bank.phone.confirm', 'choose-pay-bill')
  await pressThen('bank.menu.pay-bill', 'enter-bankgiro')
}

/**
 * Completes "Pay a bill" from the lobby with one kind of input, by default including one OCR typo that must
 * show the friendly error (and a hint) before the right number succeeds.
 */
export async function completePayBill(
  page: Page,
  driver: InputDriver,
  /** Runs while the OCR error is on show, e.g. to take a screenshot. */
  onTypoShown: (page: Page) => Promise<void> = async () => undefined,
  { typo = true, onStep = async () => undefined }: PayBillOptions = {},
): Promise<void> {
  const expectedMistakes = typo ? 1 : 0
  const pressThen = pressThenStep(page, driver, onStep)
  await toBankgiro(page, driver, onStep)
  await enterField(page, driver, PRACTICE_BILL.bankgiro.replace('-', ''), 'enter-ocr')
  await onStep(page, 'enter-ocr')

  if (typo) {
    await enterField(page, driver, WRONG_OCR, null)
    await waitForState(page, { step: 'enter-ocr', mistakes: 1 })
    const afterTypo = await appState(page)
    expect(afterTypo.feedback).toMatch(/OCR/)
    expect(afterTypo.hint).not.toBeNull()
    await onTypoShown(page)
    await driver.press(page, 'bank.keypad.clear')
  }
  await enterField(page, driver, PRACTICE_BILL.ocr, 'enter-amount')
  await onStep(page, 'enter-amount')

  await enterField(page, driver, PRACTICE_BILL.amount, 'choose-date')
  await onStep(page, 'choose-date')
  await pressThen('bank.date.due', 'review')
  await pressThen('bank.review.sign', 'sign-eid')
  await pressThen('bank.phone.sign', 'read-receipt')
  await driver.press(page, 'bank.receipt.done')
  await waitForState(page, { status: 'completed', mistakes: expectedMistakes })
}
