import type { Page } from 'playwright-core'
import type { TaskDefinition } from '../../../src/tasks/schema'
import { errandTask } from '../../fixtures/tasks'
import { waitForState } from './app-page'
import type { InputDriver } from './drivers'
import { KEYBOARD, dateWindow, firstOpenDay, pressThen, type FlowOptions } from './e-service-flow'
import { expectedDigits } from './health-flow'
import { startFromLobby } from './lobby'

export const MAILBOX_TASK: TaskDefinition = errandTask('digital-mailbox')

/** From the lobby to the tax agency's letter, open at its "What do you need to do?" check. */
export async function openTaxLetter(
  page: Page,
  driver: InputDriver,
  { onMoment = async () => undefined }: FlowOptions = {},
): Promise<void> {
  await startFromLobby(page, driver, MAILBOX_TASK.id)
  await waitForState(page, { scene: 'e-service', step: 'start' })
  await pressThen(page, driver, 'eservice.home.mailbox', 'log-in')
  await pressThen(page, driver, 'mailbox.login.eid', 'confirm-eid')
  await pressThen(page, driver, 'eservice.phone.confirm', 'open-inbox')
  await pressThen(page, driver, 'mailbox.open-inbox', 'open-letter')
  await onMoment(page, 'inbox')
  await pressThen(page, driver, 'mailbox.inbox.tax', 'amount')
  await onMoment(page, 'letter')
}

/**
 * From the letter's check to logging out: the amount typed and the due date picked in the calendar (a day that
 * depends on the visit), back to the inbox, the fake "mailbox is full" message reported (not opened), the letter
 * opened again and marked as handled. Moments: `calendar`, `report`, `handled`, `logged-out`.
 */
export async function finishMailbox(
  page: Page,
  driver: InputDriver,
  { onMoment = async () => undefined }: FlowOptions = {},
): Promise<void> {
  await driver.typeDigits(page, expectedDigits(MAILBOX_TASK, 'amount'))
  await pressThen(page, driver, `${KEYBOARD}.ok`, 'due-date')
  await onMoment(page, 'calendar')
  const due = firstOpenDay(await dateWindow(page, MAILBOX_TASK, 'due-date'))
  await pressThen(page, driver, `mailbox.tax-due.day.${due}`, 'back')
  await pressThen(page, driver, 'mailbox.letter.back', 'report')
  await onMoment(page, 'report')
  await pressThen(page, driver, 'mailbox.inbox.full.report', 'open-again')
  await pressThen(page, driver, 'mailbox.inbox.tax', 'handled')
  await pressThen(page, driver, 'mailbox.letter.handled', 'log-out')
  await onMoment(page, 'handled')
  await driver.press(page, 'mailbox.log-out')
  await waitForState(page, { status: 'completed', mistakes: 0 })
  await onMoment(page, 'logged-out')
}

/** Completes "Your digital mailbox" from the lobby with one kind of input, without a mistake. */
export async function completeMailbox(
  page: Page,
  driver: InputDriver,
  options: FlowOptions = {},
): Promise<void> {
  await openTaxLetter(page, driver, options)
  await finishMailbox(page, driver, options)
}
